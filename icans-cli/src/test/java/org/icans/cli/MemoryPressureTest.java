package org.icans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heap too small for the work: every command ends with status 1 and one line naming the heap and
 * what needed it, every thread stopped, never a stack trace and never a hang (issue 14, findings 1
 * and 3). Each case runs the tool in a child JVM with a small {@code -Xmx} and a timeout.
 */
class MemoryPressureTest {
  private static final long TIMEOUT_SECONDS = 60;

  @TempDir
  Path dir;

  /** The header of the assessment file, and one row's leading fields. */
  private static final String HEADER = "patient_id,day,age_years,ice_score,temperature_c\n";

  private static void assertOneLineNamingTheHeap(ChildJvm.Result r, String command, int heapMib) {
    assertEquals(1, r.exit(), r.err());
    List<String> lines = r.errLines();
    assertEquals(1, lines.size(), r.err());
    String line = lines.get(0);
    assertTrue(line.startsWith("icans: out of memory: " + command + ": "), line);
    assertTrue(line.contains("(-Xmx" + heapMib + "m)"), line);
  }

  @Test
  void aRecordTooBigForTheHeapEndsGradeWithOneLineNotAHang() throws Exception {
    // 6 MB on one line: within the reader's 8 MiB limit, beyond what an 8 MiB heap can hold. The
    // reading thread runs out, not the main thread, which used to wait for it forever.
    Path file = dir.resolve("long.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write("P1,1,50,10,");
      w.write("9".repeat(6_000_000));
      w.write('\n');
    }
    ChildJvm.Result r = ChildJvm.run(8, TIMEOUT_SECONDS, dir, "grade", file.toString());
    assertOneLineNamingTheHeap(r, "grade", 8);
    assertTrue(r.err().contains("read buffer"), r.err());
  }

  @Test
  void aSmallFileIsGradedInASmallHeap() throws Exception {
    // The work buffers are made as needed: the 1,050-row cohort needs far less than 8 MiB.
    ChildJvm.Result r = ChildJvm.run(8, TIMEOUT_SECONDS, dir, "grade", Cli.EXAMPLES.resolve("cohort.csv").toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(1051, r.out().lines().count());
    assertEquals("", r.err());
  }

  @Test
  void tooManyPatientsForTheHeapEndSummarizeWithOneLine() throws Exception {
    // summarize keeps every patient's days until the end: 150,000 patients do not fit in 16 MiB.
    Path file = dir.resolve("patients.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      for (int i = 0; i < 150_000; i++) {
        w.write("P" + i + ",1,50,10,37.0\n");
      }
    }
    ChildJvm.Result r = ChildJvm.run(16, TIMEOUT_SECONDS, dir, "summarize", file.toString());
    assertOneLineNamingTheHeap(r, "summarize", 16);
    assertTrue(r.err().contains("patients, kept until the end of the file"), r.err());
  }
}
