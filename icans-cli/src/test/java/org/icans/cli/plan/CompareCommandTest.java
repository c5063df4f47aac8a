package org.icans.cli.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icans.management.ManagementPolicies;
import org.junit.jupiter.api.Test;

class CompareCommandTest {
  private static final String[] SITUATION = {"--icans-grade", "2", "--crs-grade", "0", "--age", "60", "--weight",
      "70kg"};

  static Run.Result compare(String... args) {
    return Run.run(CompareCommand.NAME, args);
  }

  @Test
  void aComparisonListsEveryRequestedPolicy() {
    Run.Result r = compare(PlanCommandTest.with(SITUATION, "--policies", "asco-2021,crombie-2024,pharmacy-pearls"))
        .assertOk();
    assertTrue(r.out().startsWith("Comparison of 3 policies\n"), r.out());
    for (String id : List.of("asco-2021", "crombie-2024", "pharmacy-pearls")) {
      assertTrue(r.out().contains("\n  " + id + ": "), id);
    }
    assertTrue(!r.out().contains("\n  cartox-2018: "), r.out());
    assertTrue(r.out().contains("== Corticosteroids"), r.out());
  }

  @Test
  void allComparesEveryBuiltInPolicy() {
    Run.Result r = compare(PlanCommandTest.with(SITUATION, "--all")).assertOk();
    assertTrue(r.out().startsWith("Comparison of " + ManagementPolicies.ids().size() + " policies\n"), r.out());
    for (String id : ManagementPolicies.ids()) {
      assertTrue(r.out().contains("\n  " + id + ": "), id);
    }
  }

  @Test
  void jsonIsOneObjectWithEveryRequestedPolicy() {
    Run.Result r = compare(PlanCommandTest.with(SITUATION, "--policies", "asco-2021, cartox-2018", "--format",
        "json")).assertOk();
    Run.assertJsonObject(r.out());
    assertTrue(r.out().contains("\"asco-2021\"") && r.out().contains("\"cartox-2018\""), r.out());
  }

  @Test
  void theSituationOptionsAreThoseOfPlan() {
    Run.Result r = compare("--policies", "asco-2021,cevering-2026", "--icans-grade", "3", "--crs-grade", "0",
        "--age", "12", "--weight", "40kg", "--product", "Kymriah", "--seizure", "seizure_resolved").assertOk();
    assertTrue(r.out().contains("child, 12 y, 40 kg; product tisagenlecleucel (CAR T cells, CD19)"), r.out());
  }

  @Test
  void aWeightInPoundsIsShownConvertedBeforeTheComparison() {
    Run.Result r = compare("--policies", "asco-2021,cartox-2018", "--icans-grade", "3", "--crs-grade", "0",
        "--age", "60", "--weight", "154lb").assertOk();
    assertTrue(r.out().startsWith("Weight: 154 lb (69.85 kg)\n\nComparison of 2 policies\n"), r.out());
    assertTrue(r.out().contains("adult, 60 y, 69.85 kg;"), r.out());
    Run.Result json = compare("--policies", "asco-2021,cartox-2018", "--icans-grade", "3", "--crs-grade", "0",
        "--age", "60", "--weight", "154", "--weight-unit", "lb", "--format", "json").assertOk();
    Run.assertJsonObject(json.out());
    assertTrue(!json.out().contains("Weight:"), json.out());
    assertTrue(compare(PlanCommandTest.with(SITUATION, "--all")).assertOk().out().startsWith("Comparison of "));
  }

  @Test
  void developmentalDelayReachesTheSituation() {
    Run.Result r = compare(PlanCommandTest.with(SITUATION, "--all", "--developmental-delay")).assertOk();
    assertTrue(r.out().contains("adult, 60 y, 70 kg, developmental delay;"), r.out());
  }

  @Test
  void usageErrorsNameTheOption() {
    compare(SITUATION).assertUsageError("compare", "missing --policies", "--all", "asco-2021");
    compare(PlanCommandTest.with(SITUATION, "--all", "--policies", "asco-2021,cartox-2018"))
        .assertUsageError("compare", "either --policies or --all, not both");
    compare(PlanCommandTest.with(SITUATION, "--policies", "asco-2021"))
        .assertUsageError("compare", "--policies: '[asco-2021]' is not allowed; allowed: two or more policies");
    compare(PlanCommandTest.with(SITUATION, "--policies", "asco-2021,asco-2021"))
        .assertUsageError("compare", "--policies: 'asco-2021 (twice)' is not allowed; allowed: distinct policies");
    compare(PlanCommandTest.with(SITUATION, "--policies", "asco-2021,ebmt-2022"))
        .assertUsageError("compare", "--policies: 'ebmt-2022' is not allowed; allowed: one of asco-2021");
    compare(PlanCommandTest.with(SITUATION, "--policies", "asco-2021,,cartox-2018"))
        .assertUsageError("compare", "--policies: 'asco-2021,,cartox-2018' is not allowed", "without an empty word");
    compare(PlanCommandTest.with(SITUATION, "--all", "--policy", "asco-2021"))
        .assertUsageError("compare", "unknown option '--policy'");
    compare("--all", "--icans-grade", "x", "--crs-grade", "0", "--age", "60", "--weight", "70kg")
        .assertUsageError("compare", "--icans-grade: 'x' is not allowed");
    compare("--all", "--icans-grade", "2", "--crs-grade", "0", "--age", "60", "--weight", "70")
        .assertUsageError("compare", "--weight: '70' is not allowed; allowed: a weight with its unit");
    compare("--all", "--icans-grade", "2", "--crs-grade", "0", "--age", "60", "--weight", "700lb")
        .assertUsageError("compare", "--weight: '700lb' (317.51 kg) is not allowed; allowed: 0.5-300 kg");
    compare(PlanCommandTest.with(SITUATION, "--all", "--developmental-delay=yes"))
        .assertUsageError("compare", "--developmental-delay takes no value");
    compare(PlanCommandTest.with(SITUATION, "--all", "--format", "jsonl"))
        .assertUsageError("compare", "--format: 'jsonl' is not allowed; allowed: one of text, json");
  }

  @Test
  void help() {
    Run.Result r = compare("--help").assertOk();
    assertTrue(r.out().startsWith("Usage: icans compare [-hV] [--policies=ID,ID,...] [--all]"), r.out());
    assertTrue(r.out().contains("--icans-grade=N") && r.out().contains("--format=text|json"), r.out());
  }
}
