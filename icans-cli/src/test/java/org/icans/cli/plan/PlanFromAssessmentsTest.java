package org.icans.cli.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan and compare with the situation read from an assessment file: what was observed, never re-typed. */
class PlanFromAssessmentsTest {
  private static final String HEADER = "patient_id,day,age_years,ice_score,consciousness,seizure,motor,icp,"
      + "temperature_c,hypotension,oxygen\n";

  @TempDir
  Path dir;

  private String file(String rows) throws IOException {
    Path f = dir.resolve("days.csv");
    Files.writeString(f, HEADER + rows);
    return f.toString();
  }

  private static Run.Result plan(String... args) {
    return Run.run(PlanCommand.NAME, args);
  }

  @Test
  void theWorstDayIsPlannedAndADomainNotAssessedStaysNotAssessed() throws IOException {
    String f = file("P1,1,58,10,alert,none,none,none,38.6,none,none\n"
        + "P1,4,58,3,alert,,none,none,37.0,none,none\n"
        + "P1,5,58,6,alert,none,none,none,37.0,none,none\n"
        + "P2,4,30,0,unarousable,none,none,none,37.0,none,none\n");
    Run.Result r = plan("--policy", "asco-2021", "--assessments", f, "--patient", "P1", "--weight", "82kg").assertOk();
    assertTrue(r.out().startsWith("Assessment: P1 day 4: ICANS grade 2"), r.out());
    assertTrue(r.out().contains("(the worst of 3 assessments in " + f + ")"), r.out());
    assertTrue(r.out().contains("Situation: ICANS grade 2 (lower bound: a domain not assessed), CRS grade 0; adult, "
        + "58 y, 82 kg"), r.out());
    assertTrue(r.out().contains("seizures: not assessed"), r.out());
    Run.Result day5 = plan("--policy", "asco-2021", "--assessments", f, "--patient", "P1", "--day", "5",
        "--weight", "82kg").assertOk();
    assertTrue(day5.out().contains("seizures: none"), day5.out());
    assertTrue(day5.out().contains("(day asked for, "), day5.out());
    Run.Result compare = Run.run(CompareCommand.NAME, "--all", "--assessments", f, "--patient", "P2",
        "--weight", "70kg").assertOk();
    assertTrue(compare.out().startsWith("Assessment: P2 day 4: ICANS grade 4"), compare.out());
  }

  @Test
  void refusals() throws IOException {
    String f = file("P1,1,58,10,alert,none,none,none,38.6,none,none\n");
    plan("--policy", "asco-2021", "--assessments", f, "--patient", "P9", "--weight", "82kg")
        .assertUsageError("plan", "--patient: 'P9' is not allowed; allowed: a patient_id of");
    plan("--policy", "asco-2021", "--assessments", f, "--patient", "P1", "--day", "3", "--weight", "82kg")
        .assertUsageError("plan", "--day: '3' is not allowed; allowed: a day on which P1 has a graded assessment");
    plan("--policy", "asco-2021", "--assessments", f, "--patient", "P1", "--icans-grade", "2", "--weight", "82kg")
        .assertUsageError("plan", "--icans-grade is not allowed with --assessments");
    plan("--policy", "asco-2021", "--assessments", f, "--weight", "82kg")
        .assertUsageError("plan", "missing --patient");
    plan("--policy", "asco-2021", "--icans-grade", "2", "--crs-grade", "0", "--age", "60", "--weight", "82kg",
        "--patient", "P1").assertUsageError("plan", "--patient is given only with --assessments FILE");
    plan("--policy", "asco-2021", "--assessments", dir.resolve("none.csv").toString(), "--patient", "P1",
        "--weight", "82kg").assertUsageError("plan", "--assessments", "an assessment file that exists");
  }

  @Test
  void aFileWithABadRowIsRefusedAfterEveryBadRowIsReported() throws IOException {
    String f = file("P1,1,58,10,alert,none,none,none,38.6,none,none\n"
        + "P1,2,58,11,alert,none,none,none,38.6,none,none\n");
    Run.Result r = plan("--policy", "asco-2021", "--assessments", f, "--patient", "P1", "--weight", "82kg");
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("line 3, column ice_score"), r.err());
    assertTrue(r.err().indexOf("line 3, column ice_score") < r.err().indexOf("icans plan: --assessments: "), r.err());
    assertTrue(r.err().contains("has 1 bad row (reported above)"), r.err());
  }
}
