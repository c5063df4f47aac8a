package org.icans.cli.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icans.cli.Cli;
import org.junit.jupiter.api.Test;

/** The files of {@code examples/}: reproducible, graded cleanly, and showing what they claim to show. */
class ExamplesTest {
  @Test
  void theCohortIsExactlyWhatTheGeneratorWrites() throws IOException {
    StringWriter generated = new StringWriter();
    CohortGenerator.write(36, generated);
    assertEquals(generated.toString(), Files.readString(Cli.EXAMPLES.resolve("cohort.csv"), StandardCharsets.UTF_8),
        "regenerate with: java icans-cli/src/test/java/org/icans/cli/examples/CohortGenerator.java 36 "
            + "> examples/cohort.csv");
  }

  @Test
  void theCohortGradesWithoutAnyFault() {
    Cli.Result r = Cli.run("grade", Cli.EXAMPLES.resolve("cohort.csv").toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertTrue(r.lines().size() > 900 && r.lines().size() < 2000, "modest size: " + r.lines().size());
  }

  @Test
  void theCohortShowsTheCasesTheReadmeClaims() throws IOException {
    String cohort = Files.readString(Cli.EXAMPLES.resolve("cohort.csv"));
    Cli.Result graded = Cli.run("grade", Cli.EXAMPLES.resolve("cohort.csv").toString());
    Cli.Result summary = Cli.run("summarize", Cli.EXAMPLES.resolve("cohort.csv").toString());
    assertTrue(graded.out().contains(",capd,"), "a child graded with the CAPD");
    assertTrue(cohort.contains(",34,true,"), "an adult with developmental delay");
    assertTrue(cohort.contains(",consciousness,"), "a finding attributed to sedation");
    assertTrue(cohort.contains(",true,fluids,") || cohort.contains(",true,none,"), "fever masked after tocilizumab");
    assertTrue(cohort.contains("focal_edema") && cohort.contains("rapidly_resolving"), "severe findings");
    List<String> patients = summary.lines().subList(1, summary.lines().size());
    assertEquals(36, patients.size());
    Map<String, Integer> timing = new HashMap<>();
    List<Double> onsets = new ArrayList<>();
    for (String p : patients) {
      String[] f = p.split(",", -1);
      timing.merge(f[13], 1, Integer::sum);
      if (!f[2].isEmpty()) {
        onsets.add(Double.parseDouble(f[2]));
      }
    }
    assertTrue(timing.get("no_icans") >= 10, "patients who never get ICANS: " + timing);
    assertTrue(timing.containsKey("during_crs") && timing.containsKey("after_crs_resolved"), timing.toString());
    assertTrue(onsets.stream().allMatch(d -> d >= 3 && d <= 10), "ICANS onset on days 3-10: " + onsets);
    assertTrue(patients.stream().filter(p -> p.split(",")[1].matches("[34]")).count() >= 4, "severe cases");
  }

  @Test
  void badRowsAreEachReportedWithTheirLine() {
    Cli.Result r = Cli.run("grade", Cli.EXAMPLES.resolve("bad-rows.csv").toString());
    assertEquals(2, r.exit());
    assertEquals(List.of("B01", "B15"), r.lines().stream().skip(1).map(l -> l.split(",")[0]).toList());
    String f = Cli.EXAMPLES.resolve("bad-rows.csv") + ", line ";
    assertEquals(List.of(
        f + "3, column seizure: value \"mild\" is not allowed; allowed: one of none, rapidly_resolving, "
            + "prolonged_or_repetitive",
        f + "4, column ice_score: value \"12\" is not allowed; allowed: an integer from 0 to 10",
        f + "5, column ice_commands: value \"\" is not allowed; allowed: an integer from 0 to 1, required because "
            + "ice_orientation, ice_naming, ice_writing, ice_attention are given: all five ICE tasks or none",
        f + "6, column ice_score: value \"9\" is not allowed; allowed: the sum of the five ICE tasks, 8, or empty",
        f + "7, column capd_items: value \"2;1;0;1;3;0;1\" is not allowed; allowed: eight integers from 0 to 4 "
            + "separated by ; (like 1;1;0;2;0;0;1;0); found 7 items",
        f + "8, column capd_score: value \"12\" is not allowed; allowed: the total of capd_items, 16 (items 1-4 "
            + "reverse-scored), or empty",
        f + "9, column oxygen_lpm: value \"\" is not allowed; allowed: a decimal number greater than 0, like 2 or 6.5, "
            + "required with oxygen nasal_cannula: the flow decides low flow (<= 6) from high flow (> 6)",
        f + "10, column motor: value \"none;tremor\" is not allowed; allowed: none, or one or more of tremor, "
            + "myoclonus, hemiparesis, paraparesis separated by ; (none with a finding contradicts itself)",
        f + "11, column temperature_c: value \"38,5\" is not allowed; allowed: a decimal number from 25 to 45, like "
            + "38.5",
        f + "12, column day: value \"1e3\" is not allowed; allowed: a decimal number -30 or more, like 5 or 5.5",
        f + "13, column age_years: value \"\" is not allowed; allowed: a decimal number from 0 to 120; required",
        f + "14, column consciousness: value \"Awakens_to_voice\" is not allowed; allowed: one of alert, "
            + "awakens_spontaneously, awakens_to_voice, awakens_to_touch, unarousable",
        f + "16: a row of 22 fields is not allowed; allowed: 23 fields, as in the header",
        f + "17, column oxygen_lpm: value \"2\" is not allowed; allowed: empty when oxygen is none",
        f + "19, column patient_id: value \"B\\\"16\" is not allowed; allowed: a field quoted as RFC 4180 requires (a "
            + "quote inside a field that does not start with a quote)",
        "icans: " + Cli.EXAMPLES.resolve("bad-rows.csv") + ": 15 of 17 rows not graded because of the errors above; "
            + "every other row was graded"), r.errLines());
  }
}
