package org.icans.management;

import static org.icans.management.testing.Situations.TECLISTAMAB;
import static org.icans.management.testing.Situations.TISA_CEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icans.management.action.Action;
import org.icans.management.action.Medication;
import org.icans.management.action.Purpose;
import org.icans.management.action.Strength;
import org.icans.management.action.Topic;
import org.icans.management.action.Workup;
import org.icans.management.action.WorkupTest;
import org.icans.management.dosing.Drug;
import org.icans.model.InvalidValueException;
import org.icans.model.evidence.Evidence;
import org.junit.jupiter.api.Test;

/** The unsafe outputs the safety issue (18) found, each as it must read now. */
class SafetyRegressionTest {

  private static Situation.Builder adult(int icans, int crs, double kg) {
    return Situation.builder().icansGrade(icans).crsGrade(crs).ageYears(40).weightKg(kg);
  }

  private static List<Medication> meds(String policy, Situation s, Drug drug) {
    return ManagementPolicies.require(policy).plan(s).medications().stream().filter(m -> m.drug() == drug).toList();
  }

  @Test
  void cartoxTocilizumabAt250KgIsCappedAndSiltuximabSaysItHasNoCeilingNorInterval() {
    Situation s = adult(1, 1, 250).build();
    Medication toci = meds("cartox-2018", s, Drug.TOCILIZUMAB).get(0);
    assertEquals(800, toci.dose().orElseThrow().highMg(), 1e-9);
    Medication silt = meds("cartox-2018", s, Drug.SILTUXIMAB).get(0);
    assertEquals(2750, silt.dose().orElseThrow().highMg(), 1e-9);
    assertTrue(silt.describe().contains("no ceiling stated by this source"), silt::describe);
    assertTrue(silt.describe().contains("interval not stated by this source"), silt::describe);
    assertEquals(800, meds("cartox-2018", s.withWeightKg(100.5), Drug.TOCILIZUMAB).get(0).dose().orElseThrow().highMg(),
        1e-9);
    // The comparison shows the same capped dose.
    String all = ManagementPolicies.compareAll(s).toText();
    assertFalse(all.contains("2000 mg, capped") && !all.contains("capped at 800 mg"), all);
    assertFalse(all.contains("tocilizumab 2000 mg"), all);
  }

  @Test
  void perKgDosesWithoutAStatedCapSaySo() {
    Situation s = adult(3, 0, 250).build();
    for (Medication m : meds("asco-2021", s, Drug.METHYLPREDNISOLONE)) {
      assertEquals(250, m.dose().orElseThrow().highMg(), 1e-9);
      assertTrue(m.describe().contains("no ceiling stated by this source"), m::describe);
    }
  }

  @Test
  void aChildGetsNoAdultFixedCorticosteroidAndThePlanSaysItIsIncomplete() {
    Situation child = Situation.builder().icansGrade(4).crsGrade(0).ageYears(6).weightKg(20).product(TISA_CEL).build();
    Plan plan = ManagementPolicies.require("cevering-2026").plan(child);
    Medication mp = plan.medications().stream().filter(m -> m.drug() == Drug.METHYLPREDNISOLONE).findFirst()
        .orElseThrow();
    assertTrue(mp.dose().isEmpty(), mp::describe);
    assertTrue(mp.describe().contains("adult regimen"), mp::describe);
    assertTrue(plan.gaps().stream().anyMatch(g -> g.topic() == Topic.CORTICOSTEROIDS), plan::toText);
    assertTrue(plan.toText().contains("INCOMPLETE"), plan::toText);
  }

  @Test
  void anAdolescentOf60KgGetsNoAdultAnakinraDose() {
    Situation teen = Situation.builder().icansGrade(4).crsGrade(0).ageYears(16).weightKg(60).product(TISA_CEL).build();
    meds("cevering-2026", teen, Drug.ANAKINRA).forEach(m -> assertTrue(m.dose().isEmpty(), m::describe));
  }

  @Test
  void theSourcesSuggestStaysASuggestion() {
    Medication dex = meds("cevering-2026", adult(2, 0, 70).build(), Drug.DEXAMETHASONE).get(0);
    assertEquals(Strength.SUGGESTED, dex.strength());
    assertTrue(ManagementPolicies.require("cevering-2026").plan(adult(2, 0, 70).build()).toText()
        .contains("suggested: dexamethasone"));
  }

  @Test
  void adultOnlyPoliciesRefuseAChildAndNameThePoliciesThatDo() {
    Situation child = Situation.builder().icansGrade(3).crsGrade(0).ageYears(8).weightKg(25).build();
    Plan plan = ManagementPolicies.require("asco-2021").plan(child);
    assertFalse(plan.inScope());
    assertTrue(plan.actions().isEmpty());
    assertTrue(plan.outOfScopeReason().orElseThrow().contains("Policies that address this patient: cevering-2026"),
        plan.outOfScopeReason()::toString);
    assertTrue(plan.toText().contains("cevering-2026"), plan::toText);
  }

  @Test
  void lumbarPunctureWithRaisedIcpCarriesItsPrecautionsAndTheGrade4PlanIsLoudlyIncomplete() {
    Situation s = adult(4, 0, 70).edema(CerebralEdema.DIFFUSE_OR_RAISED_ICP).build();
    Plan plan = ManagementPolicies.require("asco-2021").plan(s);
    Workup lp = plan.actions().stream().filter(a -> a instanceof Workup).map(a -> (Workup) a)
        .filter(w -> w.test() == WorkupTest.LUMBAR_PUNCTURE).findFirst().orElseThrow();
    assertEquals(3, lp.basis().precautions().size());
    assertTrue(lp.basis().precautions().stream().anyMatch(p -> p.text().contains("raised intracranial pressure")));
    assertTrue(lp.basis().precautions().stream().anyMatch(p -> p.text().contains("coagulation")));
    assertFalse(plan.isComplete());
    Gap steroids = plan.gaps().stream().filter(g -> g.topic() == Topic.CORTICOSTEROIDS).findFirst().orElseThrow();
    assertTrue(steroids.statedBy().containsAll(List.of("droracle-2026", "cevering-2026")), steroids::describe);
    assertTrue(plan.gaps().stream().anyMatch(g -> g.topic() == Topic.LEVEL_OF_CARE));
    String text = plan.toText();
    assertTrue(text.indexOf("INCOMPLETE") < text.indexOf("Corticosteroids\n"), text);
  }

  @Test
  void anakinraForRefractoryIcansNeedsRefractoryByTheSourcesOwnWords() {
    Situation notOnSteroids = adult(1, 0, 70).product(TISA_CEL).hoursWithoutImprovement(24).build();
    assertTrue(meds("cevering-2026", notOnSteroids, Drug.ANAKINRA).isEmpty());
    Situation refractory = notOnSteroids.toBuilder().daysOfCorticosteroid(2).build();
    List<Medication> anakinra = meds("cevering-2026", refractory, Drug.ANAKINRA);
    assertEquals(2, anakinra.size());
    anakinra.forEach(m -> {
      assertEquals(Evidence.PROJECT_CHOICE, m.basis().applicability());
      assertEquals(Evidence.SECONDARY, m.evidence());
    });
    assertTrue(ManagementPolicies.require("cevering-2026").plan(refractory).toText().contains("[P] read as:"));
  }

  @Test
  void cartoxStatusEpilepticusHoldsOneLevetiracetamRegimenAtATime() {
    Situation s = adult(3, 0, 70).seizure(SeizureStatus.NONCONVULSIVE_STATUS_EPILEPTICUS).build();
    Plan plan = ManagementPolicies.require("cartox-2018").plan(s);
    List<Medication> lev = plan.medications().stream().filter(m -> m.drug() == Drug.LEVETIRACETAM).toList();
    assertTrue(lev.stream().noneMatch(m -> m.purpose() == Purpose.PROPHYLAXIS), plan::toText);
    assertEquals(1, lev.stream().filter(Action::isNow).count(), plan::toText);
    assertTrue(plan.notes().stream().anyMatch(n -> n.contains("SAFE-ONE-REGIMEN")), plan::toText);
    assertTrue(plan.toText().contains("LATER (maintenance after non-convulsive status epilepticus)"), plan::toText);
  }

  @Test
  void teclistamabAdmissionAfterTheNextDoseReadsAsFuture() {
    Plan plan = ManagementPolicies.require("teclistamab-label").plan(
        Situation.builder().icansGrade(2).crsGrade(0).ageYears(60).weightKg(70).product(TECLISTAMAB).build());
    Action admission = plan.actions(Topic.LEVEL_OF_CARE).get(0);
    assertFalse(admission.isNow());
    assertTrue(plan.toText().contains("LATER (after the next teclistamab dose): hospital admission"), plan::toText);
    assertTrue(plan.silences(Topic.LEVEL_OF_CARE).stream().anyMatch(x -> x.text().contains("for now")), plan::toText);
  }

  @Test
  void pharmacyPearlsAtGrade1SaysNothingOfCorticosteroidsForTheNeurotoxicity() {
    String text = ManagementPolicies.require("pharmacy-pearls").plan(adult(1, 1, 70).build()).toText();
    assertFalse(text.contains("for the neurotoxicity"), text);
    assertTrue(ManagementPolicies.require("pharmacy-pearls").plan(adult(2, 1, 70).build()).toText()
        .contains("with corticosteroids for the neurotoxicity"));
  }

  @Test
  void cartoxMriIsWithOrWithoutContrast() {
    String text = ManagementPolicies.require("cartox-2018").plan(adult(1, 0, 70).build()).toText();
    assertTrue(text.contains("MRI brain: with or without contrast"), text);
  }

  @Test
  void implausibleWeightsAreRefusedNamingTheRule() {
    for (double kg : new double[] {0.1, 0.49, 300.5, 1000}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> adult(2, 0, kg).build());
      assertTrue(e.getMessage().contains("SAFE-WEIGHT"), e::getMessage);
      assertEquals("situation.weightKg", e.field());
    }
    adult(2, 0, 0.5).build();
    adult(2, 0, 300).build();
  }
}
