package org.icans.cli.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The command lines of the safety issue (18) that printed unsafe numbers, as they read now. */
class SafetyOutputTest {

  @Test
  void cartoxAt250KgPrintsTocilizumabCappedAt800MgAndSaysSiltuximabHasNoCeiling() {
    Run.Result r = Run.run(PlanCommand.NAME, "--policy", "cartox-2018", "--icans-grade", "1", "--crs-grade", "1",
        "--age", "40", "--weight", "250kg").assertOk();
    assertTrue(r.out().contains("tocilizumab 800 mg (8 mg/kg x 250 kg = 2000 mg, capped at 800 mg)"), r.out());
    assertTrue(r.out().contains("not stated by this source (applied by project safety rule SAFE-CEILING)"), r.out());
    assertTrue(r.out().contains("siltuximab 2750 mg (11 mg/kg x 250 kg); no ceiling stated by this source"), r.out());
    Run.Result all = Run.run(CompareCommand.NAME, "--all", "--icans-grade", "1", "--crs-grade", "1", "--age", "40",
        "--weight", "250kg").assertOk();
    assertFalse(all.out().contains("tocilizumab 2000 mg"), all.out());
  }

  @Test
  void anAdultsOnlyPolicyRefusesAChildNamingThePolicyThatAddressesChildren() {
    Run.run(PlanCommand.NAME, "--policy", "asco-2021", "--icans-grade", "3", "--crs-grade", "0", "--age", "8",
        "--weight", "25kg").assertUsageError("plan", "asco-2021 does not address this patient", "child",
        "Policies that address this patient: cevering-2026");
  }

  @Test
  void aGrade4PlanWithoutCorticosteroidsSaysSoAtTheTop() {
    Run.Result r = Run.run(PlanCommand.NAME, "--policy", "asco-2021", "--icans-grade", "4", "--crs-grade", "0",
        "--age", "60", "--weight", "70kg", "--edema", "diffuse_or_raised_icp").assertOk();
    assertTrue(r.out().indexOf("INCOMPLETE: this plan gives no corticosteroid") < r.out().indexOf("Corticosteroids\n"),
        r.out());
    assertTrue(r.out().contains("lumbar puncture risks herniation"), r.out());
  }

  @Test
  void aChildGetsNoAdultAnakinraDose() {
    Run.Result r = Run.run(PlanCommand.NAME, "--policy", "cevering-2026", "--icans-grade", "4", "--crs-grade", "0",
        "--age", "8", "--weight", "29.9kg").assertOk();
    assertFalse(r.out().contains("119.6 mg"), r.out());
    assertTrue(r.out().contains("anakinra (no dose: adult regimen"), r.out());
    assertFalse(r.out().contains("1000 mg per day (1000"), r.out());
  }
}
