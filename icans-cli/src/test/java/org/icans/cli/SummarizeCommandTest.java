package org.icans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code icans summarize}, end to end in-process: one record per patient with the course of each syndrome. */
class SummarizeCommandTest {
  static final String OUTPUT_HEADER = "patient_id,max_icans_grade,icans_onset_day,icans_peak_day,max_crs_grade,"
      + "crs_onset_day,icans_resolution_day,icans_duration_days,icans_episodes,crs_peak_day,crs_resolution_day,"
      + "crs_duration_days,crs_episodes,icans_onset_vs_crs,assessments,last_day";

  // Four patients, rows interleaved and one out of day order.
  static final String COHORT = "patient_id,day,age_years,ice_score,temperature_c,fever_masked,hypotension\n"
      + "P1,0,50,10,37.0,,none\n"
      + "P2,0,30,10,,,\n"
      + "P1,1,50,10,38.5,,none\n"
      + "P1,2,50,10,39.0,,fluids\n"
      + "P1,2.5,50,8,,,\n"
      + "P2,1,30,10,,,\n"
      + "P1,3,50,8,37.0,true,none\n"
      + "P1,4,50,2,37.0,true,none\n"
      + "P1,5,50,2,37.0,true,none\n"
      + "P3,3,60,5,37.0,,\n"
      + "P1,5.5,50,9,,,\n"
      + "P1,9,50,8,,,\n"
      + "P1,7,50,10,,,\n"
      + "P4,1,40,8,,,\n"
      + "P3,4,60,10,36.8,,\n"
      + "P4,2,40,10,38.1,,\n"
      + "P4,3,40,10,37.2,,\n";

  @Test
  void everyColumnOfEveryPatientInOrderOfFirstAppearance() {
    Cli.Result r = Cli.summarize(COHORT);
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of(OUTPUT_HEADER,
        // ICANS from 2.5 (within CRS 1-3) to a peak of 3 on day 4, resolved on 7, back on 9 (ongoing).
        "P1,3,2.5,4,2,1,,,2,2,3,2,1,during_crs,10,9",
        // Never graded for CRS: no CRS field at all.
        "P2,0,,,,,,,0,,,,0,no_icans,2,1",
        "P3,2,3,3,0,,4,1,1,,,,0,without_crs,2,4",
        "P4,1,1,1,1,2,2,1,1,2,3,1,1,before_crs,3,3"), r.lines());
  }

  @Test
  void badRowsAreReportedAndLeftOutOfTheSummary() {
    Cli.Result r = Cli.summarize(COHORT + "P4,4,40,11,,,\nP5,1,40,10,,,\n");
    assertEquals(2, r.exit());
    assertEquals(List.of("standard input, line 19, column ice_score: value \"11\" is not allowed; allowed: an integer "
        + "from 0 to 10", "icans: standard input: 1 of 19 rows not graded because of the errors above; every other row "
        + "was graded"), r.errLines());
    assertEquals("P4,1,1,1,1,2,2,1,1,2,3,1,1,before_crs,3,3", r.lines().get(4));
    assertEquals("P5,0,,,,,,,0,,,,0,no_icans,1,1", r.lines().get(5));
  }

  @Test
  void daysPrintAsPlainNumbers() {
    Cli.Result r = Cli.summarize("patient_id,day,age_years,ice_score\nP,5.20,50,8\nP,7.5,50,10\nP,-0.0,50,10\n"
        + "P,12.000,50,10\n");
    assertEquals(0, r.exit(), r.err());
    // Onset 5.2, resolved 7.5 after 2.3 days (not 2.3000000000000003), last day 12 (not 12.0).
    assertEquals("P,1,5.2,5.2,,,7.5,2.3,1,,,,0,without_crs,4,12", r.lines().get(1));
  }

  @Test
  void patientIdsAreQuotedWhenNeeded() {
    Cli.Result r = Cli.summarize("patient_id,day,age_years\n\"Doe, \"\"J\"\"\",1,50\n");
    assertEquals("\"Doe, \"\"J\"\"\",,,,,,,,0,,,,0,no_icans,1,1", r.lines().get(1));
  }

  @Test
  void jsonLines() {
    Cli.Result r = Cli.summarize(COHORT, "--format", "jsonl");
    assertEquals(0, r.exit(), r.err());
    assertEquals(4, r.lines().size());
    assertEquals("{\"patient_id\":\"P1\",\"max_icans_grade\":3,\"icans_onset_day\":2.5,\"icans_peak_day\":4,"
        + "\"max_crs_grade\":2,\"crs_onset_day\":1,\"icans_resolution_day\":null,\"icans_duration_days\":null,"
        + "\"icans_episodes\":2,\"crs_peak_day\":2,\"crs_resolution_day\":3,\"crs_duration_days\":2,\"crs_episodes\":1,"
        + "\"icans_onset_vs_crs\":\"during_crs\",\"assessments\":10,\"last_day\":9}", r.lines().get(0));
    assertEquals("{\"patient_id\":\"P2\",\"max_icans_grade\":0,\"icans_onset_day\":null,\"icans_peak_day\":null,"
        + "\"max_crs_grade\":null,\"crs_onset_day\":null,\"icans_resolution_day\":null,\"icans_duration_days\":null,"
        + "\"icans_episodes\":0,\"crs_peak_day\":null,\"crs_resolution_day\":null,\"crs_duration_days\":null,"
        + "\"crs_episodes\":0,\"icans_onset_vs_crs\":\"no_icans\",\"assessments\":2,\"last_day\":1}", r.lines().get(1));
  }

  @Test
  void daysWithMoreDigitsThanADoubleTellsApartAreRefusedNotMerged() {
    // Issue 14: 1.0000000000000001 and 1.0000000000000002 are the same double; the patient's two
    // assessments would have collapsed into one day. Fifteen significant digits are kept apart.
    Cli.Result r = Cli.summarize("patient_id,day,age_years,ice_score\n"
        + "P,1.0000000000000001,50,10\n"
        + "P,1.0000000000000002,50,2\n"
        + "P,000123456789.012345000,50,2\n");
    assertEquals(2, r.exit(), r.err());
    assertEquals(List.of("standard input, line 2, column day: value \"1.0000000000000001\" is not allowed; allowed: "
        + "a day of at most 15 significant digits, like 5 or 5.25 (more could not be told apart from a nearby day)",
        "standard input, line 3, column day: value \"1.0000000000000002\" is not allowed; allowed: "
        + "a day of at most 15 significant digits, like 5 or 5.25 (more could not be told apart from a nearby day)",
        "icans: standard input: 2 of 3 rows not graded because of the errors above; every other row was graded"),
        r.errLines());
    assertEquals("P,3,123456789.012345,123456789.012345,,,,,1,,,,0,without_crs,1,123456789.012345", r.lines().get(1));
  }
}
