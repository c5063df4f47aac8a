package org.icans.management;

import static org.icans.management.testing.Situations.TISA_CEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icans.management.action.Action;
import org.icans.management.action.Basis;
import org.icans.management.action.Medication;
import org.icans.management.action.Purpose;
import org.icans.management.dosing.Dose;
import org.icans.management.dosing.DoseRule;
import org.icans.management.dosing.Drug;
import org.icans.management.dosing.Route;
import org.icans.management.testing.Json;
import org.icans.management.testing.Situations;
import org.icans.model.evidence.Citation;
import org.icans.model.evidence.Evidence;
import org.icans.model.patient.TherapyModality;
import org.junit.jupiter.api.Test;

/** The plan audit on hand-written plans (each rule fires) and on built-in plans (named sources). */
class PlanAuditTest {

  private static final Citation LOCAL = Citation.of("LOCAL", "A local protocol, for the test", "page 1", Evidence.UNVERIFIED);

  /** A hand-written protocol, to audit plans written elsewhere. */
  private static final class Local implements ManagementPolicy {
    private final List<Action> actions;

    Local(Action... actions) {
      this.actions = List.of(actions);
    }

    @Override public String id() { return "local"; }
    @Override public String title() { return "Local protocol"; }
    @Override public Citation citation() { return LOCAL; }
    @Override public Optional<String> date() { return Optional.empty(); }
    @Override public PolicyScope scope() {
      return PolicyScope.of(java.util.EnumSet.allOf(TherapyModality.class), java.util.EnumSet.allOf(AgeGroup.class));
    }
    @Override public String description() { return "test"; }
    @Override public boolean requiresReview() { return false; }
    @Override public Plan plan(Situation s) { return Plan.of(this, s, actions, List.of(), List.of()); }
  }

  private static Medication med(DoseRule rule, Optional<Dose> dose, Purpose purpose) {
    return new Medication(rule.drug(), Optional.of(rule), dose, purpose, Basis.of(LOCAL));
  }

  private static final DoseRule TOCI = DoseRule.builder(Drug.TOCILIZUMAB, "tocilizumab 8 mg/kg IV")
      .mgPerKg(8).route(Route.IV).build();

  @Test
  void tocilizumabForIsolatedIcansIsAViolation() {
    Situation s = Situations.adult(TISA_CEL, 2, 0);
    AuditReport r = PlanAudit.audit(new Local(med(TOCI, TOCI.doseFor(s.weightKg()), Purpose.TREATMENT)).plan(s));
    assertEquals(List.of(AuditRule.TOCILIZUMAB_WITHOUT_CRS), r.violations().stream().map(AuditFinding::rule).toList());
    assertEquals("LOCAL", r.violations().get(0).namedSource().orElseThrow().key());
    assertTrue(PlanAudit.audit(new Local(med(TOCI, TOCI.doseFor(OptionalDouble.of(70)), Purpose.TREATMENT))
        .plan(Situations.adult(TISA_CEL, 2, 1))).isClean());
  }

  @Test
  void aDoseAboveItsOwnCapOrAbove800MgOfTocilizumabIsAViolation() {
    Situation s = Situations.adult(TISA_CEL, 2, 1).withWeightKg(120);
    DoseRule capped = DoseRule.builder(Drug.TOCILIZUMAB, "8 mg/kg max 800").mgPerKg(8).capMg(800).build();
    Medication stated = med(capped, Optional.of(Dose.stated(capped, OptionalDouble.of(120), 960, 960)), Purpose.TREATMENT);
    AuditReport r = PlanAudit.audit(new Local(stated).plan(s));
    assertEquals(2, r.findings(AuditRule.DOSE_ABOVE_CAP).size(), r::toText);
    // No cap stated, 8 mg/kg x 120 kg = 960 mg written by hand: flagged against the cross-source cap.
    AuditReport uncapped = PlanAudit.audit(new Local(med(TOCI,
        Optional.of(Dose.stated(TOCI, OptionalDouble.of(120), 960, 960)), Purpose.TREATMENT)).plan(s));
    assertEquals(1, uncapped.violations().size());
    assertTrue(uncapped.violations().get(0).message().contains("states no cap"), uncapped::toText);
  }

  @Test
  void corticosteroidPremedicationBeforeCarTIsAViolationButNotForABispecific() {
    DoseRule dex = DoseRule.builder(Drug.DEXAMETHASONE, "dexamethasone 10 mg before infusion").mg(10).build();
    Local local = new Local(med(dex, dex.doseFor(OptionalDouble.empty()), Purpose.PREMEDICATION));
    assertEquals(AuditRule.CORTICOSTEROID_PREMEDICATION,
        PlanAudit.audit(local.plan(Situations.adult(TISA_CEL, 0, 0))).violations().get(0).rule());
    assertTrue(PlanAudit.audit(local.plan(Situations.adult(Situations.TECLISTAMAB, 0, 0))).isClean(),
        "seed 000 speaks of CAR T-cell infusions only");
  }

  @Test
  void tenDaysOfCorticosteroidsIsAnAdvisory() {
    Situation s = Situations.adult(TISA_CEL, 3, 0).toBuilder().daysOfCorticosteroid(10).build();
    AuditReport asco = PlanAudit.audit(ManagementPolicies.require("asco-2021").plan(s));
    assertTrue(asco.isClean());
    assertEquals(1, asco.advisories().size());
    AuditFinding f = asco.advisories().get(0);
    assertEquals(AuditRule.PROLONGED_CORTICOSTEROIDS, f.rule());
    assertTrue(f.message().contains("plan continues corticosteroids"), f::message);
    assertTrue(f.namedSource().isEmpty(), "ASCO does not disagree");
    assertTrue(PlanAudit.audit(ManagementPolicies.require("asco-2021")
        .plan(s.toBuilder().daysOfCorticosteroid(9).build())).findings().isEmpty());
  }

  @Test
  void drOracleDisagreesWithTheSteroidDurationRuleAndIsNamed() {
    Situation s = Situations.adult(TISA_CEL, 3, 0).toBuilder().daysOfCorticosteroid(12).build();
    AuditFinding f = PlanAudit.audit(ManagementPolicies.require("droracle-2026").plan(s)).advisories().get(0);
    assertEquals(ManagementSources.DRORACLE26.key(), f.namedSource().orElseThrow().key());
    assertTrue(f.message().contains("do not influence treatment outcomes"), f::message);
  }

  @Test
  void ceveringDexamethasoneNeedsReviewAndTheFindingNamesSeed002() {
    AuditReport r = PlanAudit.audit(ManagementPolicies.require("cevering-2026").plan(Situations.adult(TISA_CEL, 2, 0)));
    assertFalse(r.isClean());
    AuditFinding f = r.violations().get(0);
    assertEquals(AuditRule.REVIEW_REQUIRED, f.rule());
    assertEquals(ManagementSources.CEVERING26.key(), f.namedSource().orElseThrow().key());
  }

  @Test
  void cartoxTocilizumabStatesNoCapAndIsCappedAt800MgInThePlanItself() {
    // Issue 18: at 250 kg the plan printed 2000 mg; the cap was known only to --audit.
    Situation s = Situations.adult(TISA_CEL, 1, 1).withWeightKg(250);
    Plan plan = ManagementPolicies.require("cartox-2018").plan(s);
    Medication toci = plan.medications().stream().filter(m -> m.drug() == Drug.TOCILIZUMAB).findFirst().orElseThrow();
    assertEquals(800, toci.dose().orElseThrow().highMg(), 1e-9);
    assertTrue(toci.describe().contains("8 mg/kg x 250 kg = 2000 mg, capped at 800 mg"), toci::describe);
    assertTrue(toci.describe().contains("ceiling 800 mg per dose from ASCO21"), toci::describe);
    assertTrue(toci.describe().contains("not stated by this source"), toci::describe);
    assertTrue(PlanAudit.audit(plan).isClean(), () -> PlanAudit.audit(plan).toText());
  }

  @Test
  void aHandWrittenAdultAnakinraDoseForAChildIsTwoViolations() {
    // An institution's plan giving a child of 30 kg the adult 200 mg dose: adult regimen, above 100 mg a dose.
    DoseRule adult = DoseRule.builder(Drug.ANAKINRA, "anakinra 200 mg every 8 h").mg(200).everyHours(8).build();
    Situation child = Situation.builder().icansGrade(4).crsGrade(0).ageYears(9).weightKg(30).product(TISA_CEL).build();
    Medication m = med(adult, Optional.of(Dose.stated(adult, OptionalDouble.of(30), 200, 200)), Purpose.TREATMENT);
    AuditReport r = PlanAudit.audit(new Local(m).plan(child));
    assertEquals(1, r.findings(AuditRule.ADULT_REGIMEN_FOR_CHILD).size(), r::toText);
    assertEquals(1, r.findings(AuditRule.DOSE_ABOVE_CAP).size(), r::toText);
    assertTrue(r.findings(AuditRule.DOSE_ABOVE_CAP).get(0).message().contains("100 mg per dose"), r::toText);
    DoseRule peds = DoseRule.builder(Drug.ANAKINRA, "anakinra 2 mg/kg").mgPerKg(2).everyHours(6).forAllAges().build();
    Medication ok = med(peds, Optional.of(Dose.stated(peds, OptionalDouble.of(30), 60, 60)), Purpose.TREATMENT);
    assertTrue(PlanAudit.audit(new Local(ok).plan(child)).violations().isEmpty());
  }

  @Test
  void verifiedPoliciesAreCleanForTheSample() {
    for (String id : List.of("asco-2021", "droracle-2026")) {
      assertTrue(PlanAudit.audit(ManagementPolicies.require(id).plan(Situations.sample())).findings().isEmpty(), id);
    }
  }

  @Test
  void reportRendersAsTextAndJson() {
    Situation s = Situations.adult(TISA_CEL, 2, 0).toBuilder().daysOfCorticosteroid(11).build();
    AuditReport r = PlanAudit.audit(ManagementPolicies.require("cevering-2026").plan(s));
    assertTrue(r.toText().contains("VIOLATION [review_required]"), r::toText);
    assertTrue(r.toText().contains("ADVISORY [prolonged_corticosteroids]"), r::toText);
    com.fasterxml.jackson.databind.JsonNode json = Json.parse(r.toJson());
    assertFalse(json.get("clean").asBoolean(true));
    assertEquals("review_required", json.at("/findings/0/rule").asText());
    assertEquals("SEED002-CEVERING", json.at("/findings/0/namedSource/key").asText());
  }
}
