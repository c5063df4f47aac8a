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
    // What the command held, or, when even that message found no memory, the line prepared at the
    // start naming the command alone.
    assertTrue(line.startsWith("icans: out of memory: " + command + ": ")
        || line.startsWith("icans: out of memory: " + command + " needed more"), line);
    assertTrue(line.contains("needed more than the Java heap of " + heapMib + " MiB (-Xmx" + heapMib + "m)"), line);
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
  }

  /** A risk input file of {@code patients} patients with 100 rows each, each patient's rows together. */
  private Path riskFile(int patients) throws IOException {
    return riskFile(patients, 99);
  }

  /** A risk input file of {@code patients} patients with a product row and {@code labs} lab rows each. */
  private Path riskFile(int patients, int labRows) throws IOException {
    Path file = dir.resolve("labs.csv");
    String[] labs = {"ldh,310,U/L", "creatinine,97,umol/L", "platelets,95,10*9/L", "crp,18,mg/L"};
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("patient_id,day,hours_after_infusion,analyte,value,unit\n");
      for (int p = 0; p < patients; p++) {
        w.write("P" + p + ",,,product,axicabtagene ciloleucel,\n");
        for (int k = 0; k < labRows; k++) {
          w.write("P" + p + "," + (k % 20 - 5) + ",," + labs[k % labs.length] + "\n");
        }
      }
    }
    return file;
  }

  @Test
  void riskReadsAFileOnePatientAtATimeInASmallHeap() throws Exception {
    // 40,000 rows: held all at once they need more than 8 MiB; streamed, one patient's 100 rows.
    ChildJvm.Result r = ChildJvm.run(8, TIMEOUT_SECONDS, dir, "risk", "--format", "json", riskFile(400).toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(400, r.out().lines().count());
  }

  @Test
  void riskReadsStandardInputOnePatientAtATimeInASmallHeap() throws Exception {
    // The same 40,000 rows on standard input, which cannot be read twice: copied to a temporary
    // file and read like one, so memory holds one patient's rows, not every patient's (issue 14).
    ChildJvm.Result r = ChildJvm.run(8, TIMEOUT_SECONDS, dir, riskFile(400), "risk", "--format", "json", "-");
    assertEquals(0, r.exit(), r.err());
    assertEquals(400, r.out().lines().count());
    assertEquals("", r.err());
  }

  @Test
  void onePatientTooBigForTheHeapEndsRiskWithOneLine() throws Exception {
    // One patient's 40,000 rows are held until its last row: they do not fit in 8 MiB.
    ChildJvm.Result r = ChildJvm.run(8, TIMEOUT_SECONDS, dir, riskFile(1, 40_000), "risk", "-");
    assertOneLineNamingTheHeap(r, "risk", 8);
    assertEquals("", r.out());
  }
}
