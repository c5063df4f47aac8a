package org.icans.cli.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.icans.cli.csv.CsvReader;
import org.junit.jupiter.api.Test;

/** Rows come out of the three stages in input order, faults in their place, failures after the rows before them. */
class GradingPipelineTest {
  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void gradedRowsAndFaultsKeepTheirOrderAcrossBatches() throws IOException, HeaderException {
    StringBuilder s = new StringBuilder("patient_id,day,age_years,ice_score\n");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      boolean bad = i % 7 == 3;
      s.append('P').append(i).append(',').append(i % 30).append(",40,").append(bad ? "x" : i % 11).append('\n');
      expected.add(bad ? "fault " + (i + 2) : "P" + i + " " + (i + 2) + " " + (i % 30));
    }
    AssessmentFile file = AssessmentFile.open(text(s.toString()));
    List<String> got = new ArrayList<>();
    file.forEachRow((row, icans, crs) -> got.add(row.patientId() + " " + row.line() + " "
        + new String(row.buffer(), row.dayStart(), row.dayEnd() - row.dayStart(), StandardCharsets.UTF_8)),
        faults -> got.add("fault " + faults.get(0).line()));
    assertEquals(expected, got);
    assertEquals(30_000, file.rows());
    assertEquals(30_000 / 7 + 1, file.rowsWithErrors());
  }

  @Test
  void aReadFailureArrivesAfterTheRowsReadBeforeIt() throws IOException, HeaderException {
    InputStream failing = new SequenceInputStream(text("patient_id,day,age_years\nP1,1,40\nP2,1,40\n"),
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("device gone");
          }
        });
    AssessmentFile file = AssessmentFile.open(failing);
    List<String> got = new ArrayList<>();
    IOException e = assertThrows(IOException.class,
        () -> file.forEachRow((row, icans, crs) -> got.add(row.patientId()), faults -> got.add("fault")));
    assertEquals("device gone", e.getMessage());
    assertEquals(List.of("P1", "P2"), got);
  }

  @Test
  void aSinkFailureStopsTheOtherThreads() throws IOException, HeaderException {
    StringBuilder s = new StringBuilder("patient_id,day,age_years\n");
    for (int i = 0; i < 100_000; i++) {
      s.append("P,1,40\n");
    }
    AssessmentFile file = AssessmentFile.open(text(s.toString()));
    IOException e = assertThrows(IOException.class, () -> file.forEachRow((row, icans, crs) -> {
      throw new IOException("disk full");
    }, faults -> { }));
    assertEquals("disk full", e.getMessage());
    assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.isAlive()
        && (t.getName().equals("icans-csv-reader") || t.getName().equals("icans-grader"))), "threads stopped");
  }

  @Test
  void everyHandOverCompletesWhateverTheThreadsTiming() {
    // Batches of two rows cycle the four slots many times per file; a stage that looked at a batch
    // after handing it on would sometimes see the next file's end and stop early: a hang.
    String csv = "patient_id,day,age_years,ice_score\n" + "P,1,40,9\n".repeat(11);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (int run = 0; run < 2000; run++) {
        CsvReader reader = new CsvReader(text(csv));
        Header header = Header.read(reader);
        int[] rows = new int[1];
        try (GradingPipeline pipeline = new GradingPipeline(reader, header, 2)) {
          pipeline.deliver((row, icans, crs) -> rows[0]++, faults -> { });
        }
        assertEquals(11, rows[0]);
      }
    });
  }

  @Test
  void aStageThatDiesBeforeItsFirstBatchEndsTheWaitWithItsFailure() {
    // The grading stage fails while starting (no header to parse by), outside the handling of its
    // batches: the caller gets the failure instead of waiting forever for graded rows.
    CsvReader csv = new CsvReader(text("P1,1,40\n"));
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try (GradingPipeline pipeline = new GradingPipeline(csv, null)) {
        assertThrows(NullPointerException.class, () -> pipeline.deliver((row, icans, crs) -> { }, faults -> { }));
      }
    });
  }
}
