package org.icans.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import org.icans.cli.Main;
import org.icans.cli.assessment.AssessmentRow;
import org.icans.cli.assessment.Header;
import org.icans.cli.assessment.RowParser;
import org.icans.cli.csv.CsvReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The command line's {@code grade} path end to end (read, check, grade, write CSV) on an
 * in-memory CSV of one million rows, beside reading and checking the same rows without grading
 * or writing, so that the cost of grading and output over parsing is a ratio from one run. One
 * operation is one row; the scores are rows per second. The rows are the synthetic cohort of
 * {@code examples/cohort.csv}, repeated.
 *
 * <p>{@code grade} runs the tool's pipeline (a reader, a grader and the writing thread); the
 * parse-only baseline runs on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class CliGradeBenchmark {
  static final int ROWS = 1_000_000;

  private byte[] csv;

  @Setup
  public void setUp() throws IOException {
    byte[] cohort;
    try (InputStream in = CliGradeBenchmark.class.getResourceAsStream("cohort.csv")) {
      cohort = in.readAllBytes();
    }
    int headerEnd = indexOf(cohort, (byte) '\n') + 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream(ROWS * 80);
    out.write(cohort, 0, headerEnd);
    int rows = 0;
    int at = headerEnd;
    while (rows < ROWS) {
      int end = indexOf(cohort, at, (byte) '\n') + 1;
      if (end <= at) {
        at = headerEnd;
        continue;
      }
      out.write(cohort, at, end - at);
      at = end;
      rows++;
    }
    csv = out.toByteArray();
  }

  /** {@code icans grade -}: every row read, checked, graded and written as CSV (to nowhere). */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public int grade() {
    int status = Main.run(new String[] {"grade", "-"}, new ByteArrayInputStream(csv),
        new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()));
    if (status != 0) {
      throw new IllegalStateException("grade exited " + status);
    }
    return status;
  }

  /** The same rows read and checked into the tool's row form, without grading or output. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long parseOnly() throws Exception {
    CsvReader reader = new CsvReader(new ByteArrayInputStream(csv));
    RowParser parser = new RowParser(Header.read(reader));
    AssessmentRow row = new AssessmentRow();
    long errors = 0;
    while (reader.next()) {
      errors += parser.parse(reader, row).size();
    }
    if (errors != 0) {
      throw new IllegalStateException(errors + " rows did not parse");
    }
    return errors;
  }

  private static int indexOf(byte[] bytes, byte b) {
    return indexOf(bytes, 0, b);
  }

  private static int indexOf(byte[] bytes, int from, byte b) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
