package org.icans.management;

import static org.icans.management.testing.Situations.AXI_CEL;
import static org.icans.management.testing.Situations.BREXU_CEL;
import static org.icans.management.testing.Situations.CILTA_CEL;
import static org.icans.management.testing.Situations.GLOFITAMAB;
import static org.icans.management.testing.Situations.TECLISTAMAB;
import static org.icans.management.testing.Situations.TISA_CEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icans.management.action.Action;
import org.icans.management.action.Medication;
import org.icans.management.dosing.Drug;
import org.icans.management.testing.Digest;
import org.icans.management.testing.Situations;
import org.junit.jupiter.api.Test;

/**
 * The conditions that select rows beyond grade and CRS: product footnotes, hours without
 * improvement, seizures, EEG, edema, weight bands, scope, and the review flag.
 */
class PolicyConditionsTest {

  private static List<String> tokens(String policy, Situation s) {
    return Digest.of(ManagementPolicies.require(policy).plan(s));
  }

  @Test
  void ascoFootnoteOffersEarlierAndHigherCorticosteroidsForAxiCelAndBrexuCelOnly() {
    // A2.4 footnotes [V]: earlier steroids from G1 and high-dose at G3 "may be an option" for axi-cel and brexu-cel.
    for (var product : List.of(AXI_CEL, BREXU_CEL)) {
      assertTrue(tokens("asco-2021", Situations.adult(product, 1, 0)).contains("med:corticosteroid?"));
      assertTrue(tokens("asco-2021", Situations.adult(product, 3, 0)).contains("med:corticosteroid?"));
    }
    assertFalse(tokens("asco-2021", Situations.adult(TISA_CEL, 1, 0)).contains("med:corticosteroid?"));
    assertFalse(tokens("asco-2021", Situations.adult(TISA_CEL, 3, 0)).contains("med:corticosteroid?"));
  }

  @Test
  void ascoAlternativesForPersistentIcansAppearOnlyWithoutImprovement() {
    Situation improving = Situations.adult(TISA_CEL, 3, 0);
    Situation persistent = improving.toBuilder().hoursWithoutImprovement(12).build();
    assertFalse(tokens("asco-2021", improving).stream().anyMatch(t -> t.startsWith("med:anakinra")));
    List<String> t = tokens("asco-2021", persistent);
    for (String want : List.of("med:anakinra?", "med:siltuximab?", "med:ruxolitinib?", "med:cyclophosphamide?",
        "med:anti_thymocyte_globulin?", "med:hydrocortisone:50mg?", "med:methotrexate:12mg?")) {
      assertTrue(t.contains(want), want + " in " + t);
    }
  }

  @Test
  void drOracleRefractoryAdviceStartsAt24HoursWithoutImprovement() {
    // Seed 000: "For patients not showing improvement within 24 hours: repeat neuroimaging, CSF ..., consider anakinra ..."
    Situation s = Situations.adult(TISA_CEL, 3, 0);
    List<String> at23 = tokens("droracle-2026", s.toBuilder().hoursWithoutImprovement(23.9).build());
    List<String> at24 = tokens("droracle-2026", s.toBuilder().hoursWithoutImprovement(24).build());
    assertFalse(at23.contains("workup:neuroimaging"));
    assertTrue(at24.containsAll(List.of("workup:neuroimaging", "workup:lumbar_puncture", "med:anakinra?",
        "med:lenzilumab?", "med:defibrotide?")), at24::toString);
  }

  @Test
  void cartoxNonconvulsiveStatusAlgorithm() {
    // A2.1 [V]: lorazepam 0.5 mg IV q5 min up to 2 mg; levetiracetam 500 mg IV bolus; if persistent ICU + phenobarbital
    // 60 mg load; maintenance lorazepam 0.5 mg q8h x3, levetiracetam 1,000 mg q12h, phenobarbital 30 mg q12h.
    Situation s = Situations.adult(TISA_CEL, 3, 0).toBuilder()
        .seizure(SeizureStatus.NONCONVULSIVE_STATUS_EPILEPTICUS).build();
    Plan plan = ManagementPolicies.require("cartox-2018").plan(s);
    List<String> t = Digest.of(plan);
    assertTrue(t.containsAll(List.of("med:lorazepam:0.5mg:q5min", "med:levetiracetam:500mg", "care:intensive_care_unit",
        "med:phenobarbital:60mg", "med:lorazepam:0.5mg:q8h", "med:levetiracetam:1000mg:q12h",
        "med:phenobarbital:30mg:q12h")), t::toString);
    Medication lorazepam = plan.medications().stream()
        .filter(m -> m.drug() == Drug.LORAZEPAM && m.rule().orElseThrow().maxTotalMg().isPresent()).findFirst().orElseThrow();
    assertEquals(2.0, lorazepam.dose().orElseThrow().maxMgPer24h().getAsDouble(), 1e-9, "up to 2 mg total");
  }

  @Test
  void ceveringLevetiracetamOnlyWithEpileptiformEeg() {
    // Seed 002: levetiracetam 750 mg twice daily may be considered with epileptiform or ictal-interictal EEG features.
    Situation s = Situations.adult(TISA_CEL, 2, 0);
    assertFalse(tokens("cevering-2026", s).stream().anyMatch(t -> t.startsWith("med:levetiracetam")));
    List<String> t = tokens("cevering-2026", s.toBuilder().eeg(EegStatus.EPILEPTIFORM_OR_PERIODIC).build());
    assertTrue(t.contains("med:levetiracetam:750mg:q12h?"), t::toString);
    assertTrue(t.contains("workup:continuous_eeg"), t::toString);
  }

  @Test
  void ceveringTocilizumabByWeightBand() {
    // Seed 002: 12 mg/kg below 30 kg, 8 mg/kg from 30 kg, not to exceed 800 mg. The dose falls at 30 kg, as written.
    Situation child = Situation.builder().icansGrade(2).crsGrade(2).ageYears(6).weightKg(20).product(TISA_CEL).build();
    assertTrue(tokens("cevering-2026", child).contains("med:tocilizumab:240mg:q24-48h?"));
    assertTrue(tokens("cevering-2026", child.withWeightKg(29.9)).contains("med:tocilizumab:358.8mg:q24-48h?"));
    assertTrue(tokens("cevering-2026", child.withWeightKg(30)).contains("med:tocilizumab:240mg:q24-48h?"));
    assertTrue(tokens("cevering-2026", child.withWeightKg(120)).contains("med:tocilizumab:800mg:q24-48h?"));
  }

  @Test
  void withoutWeightEachBandIsListedWithItsConditionAndNoDose() {
    Situation s = Situation.builder().icansGrade(2).crsGrade(1).ageYears(40).product(TISA_CEL).build();
    Plan plan = ManagementPolicies.require("cevering-2026").plan(s);
    List<Medication> toci = plan.medications().stream().filter(m -> m.drug() == Drug.TOCILIZUMAB).toList();
    assertEquals(2, toci.size());
    toci.forEach(m -> {
      assertTrue(m.dose().isEmpty());
      assertTrue(m.basis().condition().orElseThrow().contains("weight"), m.basis().condition()::toString);
      assertTrue(m.describe().contains("weight needed"), m::describe);
    });
  }

  @Test
  void anakinraCeilingOf12MgPerKgPerDayLowersTheFixedDoseForSmallPatients() {
    // Seed 002: up to 12 mg/kg/day; 100 mg twice daily. An adult of 15 kg: 180 mg/day, 90 mg a dose.
    Situation s = Situation.builder().icansGrade(4).crsGrade(0).ageYears(40).weightKg(15).product(TISA_CEL).build();
    Medication start = ManagementPolicies.require("cevering-2026").plan(s).medications().stream()
        .filter(m -> m.drug() == Drug.ANAKINRA && m.rule().orElseThrow().amountLow() == 100).findFirst().orElseThrow();
    assertEquals(90, start.dose().orElseThrow().highMg(), 1e-9);
    assertEquals(180, start.dose().orElseThrow().maxMgPer24h().getAsDouble(), 1e-9);
    assertTrue(start.dose().orElseThrow().capApplied());
  }

  @Test
  void aChildGetsNoDoseFromTheAdultAnakinraRegimen() {
    // Issue 18: 29.9 kg child had 119.6 mg per dose; seed 002 gives only an adult regimen.
    Situation s = Situation.builder().icansGrade(4).crsGrade(0).ageYears(8).weightKg(29.9).product(TISA_CEL).build();
    List<Medication> anakinra = ManagementPolicies.require("cevering-2026").plan(s).medications().stream()
        .filter(m -> m.drug() == Drug.ANAKINRA).toList();
    assertEquals(2, anakinra.size());
    anakinra.forEach(m -> {
      assertTrue(m.dose().isEmpty(), m::describe);
      assertTrue(m.noDoseReason().orElseThrow().startsWith("adult regimen"), m::describe);
    });
  }

  @Test
  void ceveringDexamethasoneIsKeptAsWrittenAndFlaggedForReview() {
    Plan plan = ManagementPolicies.require("cevering-2026").plan(Situations.adult(TISA_CEL, 2, 0));
    Medication dex = plan.medications().stream().filter(m -> m.drug() == Drug.DEXAMETHASONE).findFirst().orElseThrow();
    assertTrue(dex.requiresReview());
    assertEquals(70, dex.dose().orElseThrow().highMg(), 1e-9);
    assertEquals(280, dex.dose().orElseThrow().maxMgPer24h().getAsDouble(), 1e-9, "about 280 mg a day at 70 kg");
    assertTrue(dex.basis().reviewNote().orElseThrow().contains("280 mg"));
    assertTrue(plan.requiresReview());
    assertTrue(plan.toText().contains("REVIEW"));
    assertTrue(ManagementPolicies.require("cevering-2026").requiresReview());
  }

  @Test
  void onlyCeveringRequiresReview() {
    for (ManagementPolicy p : ManagementPolicies.all()) {
      assertEquals(p.id().equals("cevering-2026"), p.requiresReview(), p.id());
    }
  }

  @Test
  void outOfScopePlansSaySoAndHoldNoAction() {
    Situation child = Situation.builder().icansGrade(3).crsGrade(0).ageYears(8).weightKg(25).product(TISA_CEL).build();
    Plan asco = ManagementPolicies.require("asco-2021").plan(child);
    assertFalse(asco.inScope());
    assertTrue(asco.actions().isEmpty());
    assertTrue(asco.notes().get(0).startsWith("Out of scope"), asco.notes()::toString);
    assertTrue(ManagementPolicies.require("cevering-2026").plan(child).inScope(), "seed 002 gives paediatric doses");

    assertFalse(ManagementPolicies.require("teclistamab-label").plan(Situations.adult(AXI_CEL, 2, 0)).inScope());
    assertFalse(ManagementPolicies.require("crombie-2024").plan(Situations.adult(TECLISTAMAB, 2, 0)).inScope());
    assertFalse(ManagementPolicies.require("asco-2021").plan(Situations.adult(GLOFITAMAB, 2, 0)).inScope());
    assertTrue(ManagementPolicies.require("pharmacy-pearls").plan(Situations.adult(GLOFITAMAB, 2, 0)).inScope());
    assertTrue(ManagementPolicies.require("asco-2021").plan(Situations.adult(CILTA_CEL, 2, 0)).inScope());
  }

  @Test
  void aSituationWithoutProductIsPlannedWithTheAssumptionStated() {
    Plan plan = ManagementPolicies.require("teclistamab-label").plan(Situation.of(2, 0, 60, 70));
    assertTrue(plan.inScope());
    assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("No product given")), plan.notes()::toString);
  }

  @Test
  void pharmacyPearlsProphylaxisIsForCarTPatients() {
    // Seed 001: "Always start seizure prophylaxis in CAR T patients (levetiracetam)".
    assertTrue(tokens("pharmacy-pearls", Situations.adult(TISA_CEL, 0, 0)).contains("med:levetiracetam"));
    assertFalse(tokens("pharmacy-pearls", Situations.adult(GLOFITAMAB, 0, 0)).contains("med:levetiracetam"));
  }

  @Test
  void concurrentCrsAndGradeZeroAreNoted() {
    Plan plan = ManagementPolicies.require("asco-2021").plan(Situations.adult(TISA_CEL, 0, 2));
    assertTrue(plan.notes().stream().anyMatch(n -> n.contains("ICANS grade 0")));
    assertTrue(plan.notes().stream().anyMatch(n -> n.contains("Concurrent CRS grade 2")));
    assertFalse(plan.medications().stream().anyMatch(m -> m.drug() == Drug.TOCILIZUMAB),
        "the CRS itself is out of this plan's scope");
  }

  @Test
  void alternativesShareAGroup() {
    Plan plan = ManagementPolicies.require("asco-2021").plan(Situations.adult(TISA_CEL, 3, 0));
    List<Action> steroids = plan.medications().stream().filter(Medication::isCorticosteroid)
        .map(Action.class::cast).toList();
    assertEquals(2, steroids.size());
    assertEquals(steroids.get(0).basis().alternativeGroup(), steroids.get(1).basis().alternativeGroup());
    assertTrue(plan.toText().contains("either: dexamethasone"));
    assertTrue(plan.toText().contains("or: methylprednisolone"));
  }
}
