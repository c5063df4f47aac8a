package org.icans.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.icans.cli.Main;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The error report of {@code icans grade} on a file whose 100,000 rows are all bad, as text and as
 * JSON Lines: the two should cost about the same per row (issue 14: the JSON Lines report used to
 * make a 64 KiB buffer per line and ran 13 times slower). One operation is one reported row; the
 * scores are rows per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class ErrorReportBenchmark {
  static final int ROWS = 100_000;

  /** The output format, which is also the format of the error report. */
  @Param({"csv", "jsonl"})
  public String format;

  private byte[] csv;

  @Setup
  public void setUp() {
    StringBuilder s = new StringBuilder("patient_id,day,age_years,ice_score,seizure\n");
    for (int i = 0; i < ROWS; i++) {
      // Two faults a row: an ICE total above 10 and a seizure word the contract does not know.
      s.append('P').append(i).append(",1,40,12,mild\n");
    }
    csv = s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code icans grade --format F -}: every row reported on standard error (to nowhere). */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public int report() {
    int status = Main.run(new String[] {"grade", "--format", format, "-"}, new ByteArrayInputStream(csv),
        new PrintStream(OutputStream.nullOutputStream()), new PrintStream(OutputStream.nullOutputStream()));
    if (status != 2) {
      throw new IllegalStateException("grade exited " + status);
    }
    return status;
  }
}
