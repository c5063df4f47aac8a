package org.icans.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.icans.cli.Cli;
import org.icans.cli.assessment.RowError;
import org.junit.jupiter.api.Test;

/** The error report: JSON Lines without a buffer per line, and a long header's faults capped (issue 14, finding 4). */
class ErrorReportTest {
  /**
   * The bytes this thread has allocated so far (HotSpot's ThreadMXBean, read reflectively: the
   * tool's module does not read java.management).
   */
  private static long allocatedBytes() throws ReflectiveOperationException {
    Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
    Method m = Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class);
    return (Long) m.invoke(bean, Thread.currentThread().getId());
  }

  @Test
  void jsonLinesReuseOneBufferForEveryFault() throws Exception {
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    ErrorReport report = ErrorReport.jsonLines(discard, "cohort.csv");
    RowError fault = new RowError(12, "seizure", "mild", "one of none, rapidly_resolving, prolonged_or_repetitive");
    report.error(fault);
    long before = allocatedBytes();
    for (int i = 0; i < 10_000; i++) {
      report.error(fault);
    }
    long perFault = (allocatedBytes() - before) / 10_000;
    // A fresh 64 KiB buffer per line made this 65,000 and more; a line is about 130 bytes.
    assertTrue(perFault < 2_000, perFault + " bytes allocated per fault");
  }

  @Test
  void aHeaderOfManyUnknownColumnsShowsTheFirstFaultsAndCountsTheRest() {
    StringBuilder header = new StringBuilder("patient_id,day,age_years");
    for (int i = 0; i < 5_000; i++) {
      header.append(",x").append(i);
    }
    Cli.Result r = Cli.grade(header + "\nP1,1,40\n");
    assertEquals(1, r.exit());
    List<String> lines = r.errLines();
    assertEquals(ErrorReport.MAX_HEADER_FAULTS + 2, lines.size(), r.err().substring(0, 2000));
    assertEquals("standard input, line 1: " + (5_000 - ErrorReport.MAX_HEADER_FAULTS)
        + " more faults of the header, not shown", lines.get(ErrorReport.MAX_HEADER_FAULTS));
    assertEquals("icans: standard input: the header is unusable, so no row was read", lines.get(lines.size() - 1));

    Cli.Result json = Cli.grade(header + "\nP1,1,40\n", "--format", "jsonl");
    List<String> jsonLines = json.errLines();
    assertEquals(ErrorReport.MAX_HEADER_FAULTS + 2, jsonLines.size());
    assertEquals("{\"source\":\"standard input\",\"line\":1,\"header_faults_not_shown\":"
        + (5_000 - ErrorReport.MAX_HEADER_FAULTS) + "}", jsonLines.get(ErrorReport.MAX_HEADER_FAULTS));
  }

  @Test
  void aHeaderWithFewFaultsShowsThemAll() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ErrorReport report = ErrorReport.text(new PrintStream(bytes, true, StandardCharsets.UTF_8), "f.csv");
    List<RowError> faults = new ArrayList<>();
    for (int i = 0; i < ErrorReport.MAX_HEADER_FAULTS; i++) {
      faults.add(new RowError(1, "column " + i, "x" + i, "a name"));
    }
    report.headerFaults(faults);
    assertEquals(ErrorReport.MAX_HEADER_FAULTS, bytes.toString(StandardCharsets.UTF_8).lines().count());
  }
}
