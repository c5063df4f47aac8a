package org.icans.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.management.action.Action;
import org.icans.management.action.Medication;
import org.icans.management.action.Topic;
import org.icans.management.dosing.Ceiling;
import org.icans.management.dosing.Dose;
import org.icans.management.dosing.DoseCeilings;
import org.icans.management.dosing.DoseRule;
import org.icans.management.dosing.Drug;
import org.icans.management.testing.ManagementArbitraries;
import org.icans.management.testing.Json;
import org.icans.model.evidence.Evidence;

/**
 * Invariants over every policy and the whole input space (weights 1-250 kg, ages 0-100, ICANS and
 * CRS grades 0-4, every finding the grade allows, products of every scope).
 */
class ManagementPolicyProperties {

  private static final List<ManagementPolicy> POLICIES = ManagementPolicies.all();
  private static final List<DoseRule> RULES = allRules();

  private static List<DoseRule> allRules() {
    List<DoseRule> rules = new ArrayList<>();
    for (ManagementPolicy p : POLICIES) {
      rules.addAll(((TablePolicy) p).doseRules());
    }
    return rules;
  }

  @Provide
  Arbitrary<Situation> situations() {
    return ManagementArbitraries.situations();
  }

  @Provide
  Arbitrary<Situation> gradeTwoSituations() {
    return ManagementArbitraries.situationsAtGrade(2);
  }

  @Provide
  Arbitrary<DoseRule> perKgRules() {
    return Arbitraries.of(RULES.stream().filter(DoseRule::needsWeight).toList()).withoutEdgeCases();
  }

  @Provide
  Arbitrary<Double> weights() {
    return ManagementArbitraries.weights();
  }

  // ------------------------------------------------------------------------------------- doses

  @Property
  void noComputedDoseExceedsItsCap(@ForAll("situations") Situation s) {
    for (ManagementPolicy p : POLICIES) {
      for (Medication m : p.plan(s).medications()) {
        if (m.dose().isEmpty()) {
          continue;
        }
        Dose d = m.dose().get();
        DoseRule r = d.rule();
        assertTrue(d.lowMg() > 0 && d.lowMg() <= d.highMg(), m::describe);
        assertFalse(d.exceedsCap(), m::describe);
        r.capMg().ifPresent(cap -> assertTrue(d.highMg() <= cap + 1e-9, m::describe));
        if (r.maxMgPerKgPerDay().isPresent() && d.maxMgPer24h().isPresent()) {
          assertTrue(d.maxMgPer24h().getAsDouble() <= r.maxMgPerKgPerDay().getAsDouble() * s.weightKg().getAsDouble()
              + 1e-9, m::describe);
        }
      }
    }
  }

  @Property
  void perKgDosesGrowWithWeightUpToTheCap(@ForAll("perKgRules") DoseRule rule, @ForAll("weights") double w1,
      @ForAll("weights") double w2) {
    Assume.that(rule.appliesToWeight(w1) && rule.appliesToWeight(w2));
    double lighter = Math.min(w1, w2);
    double heavier = Math.max(w1, w2);
    Dose a = rule.doseFor(lighter);
    Dose b = rule.doseFor(heavier);
    assertTrue(a.highMg() <= b.highMg() + 1e-9, () -> rule + ": " + a + " at " + lighter + " kg, " + b + " at " + heavier);
    assertTrue(a.lowMg() <= b.lowMg() + 1e-9, rule::toString);
    if (rule.perKg()) {
      double expected = rule.amountHigh() * heavier;
      double cap = Dose.stated(rule, OptionalDouble.of(heavier), 1, 1).capMg().orElse(Double.POSITIVE_INFINITY);
      for (Ceiling c : DoseCeilings.of(rule.drug(), false)) {
        if (c.basis() == rule.basis()) {
          cap = Math.min(cap, c.mg());
        }
      }
      assertEquals(Math.min(expected, cap), b.highMg(), 1e-9, rule::toString);
    }
  }

  @Property
  void perKgDosesInPlansGrowWithWeight(@ForAll("situations") Situation s, @ForAll("weights") double more) {
    Assume.that(s.weightKg().getAsDouble() + more <= Dose.MAX_WEIGHT_KG);
    Situation heavier = s.withWeightKg(s.weightKg().getAsDouble() + more);
    for (ManagementPolicy p : POLICIES) {
      List<Medication> light = p.plan(s).medications();
      List<Medication> heavy = p.plan(heavier).medications();
      for (Medication m : light) {
        for (Medication n : heavy) {
          if (m.dose().isPresent() && n.dose().isPresent() && m.rule().equals(n.rule())) {
            assertTrue(m.dose().get().highMg() <= n.dose().get().highMg() + 1e-9, m::describe);
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------------------- tocilizumab

  @Property
  void noPolicyRecommendsTocilizumabWithoutCrs(@ForAll("situations") Situation s) {
    Situation noCrs = s.withCrsGrade(0);
    for (ManagementPolicy p : POLICIES) {
      assertFalse(p.plan(noCrs).medications().stream().anyMatch(m -> m.drug() == Drug.TOCILIZUMAB), p.id());
    }
  }

  // ---------------------------------------------------------------------------- corticosteroids

  /**
   * A policy that gives corticosteroids at grade 2 also gives them at grades 3 and 4, or states
   * that its source's advice there could not be verified: ASCO 2021 grade 4, Crombie 2024 grades
   * 3-4 and the teclistamab label grade 4 could not be read, and nothing is carried over from a
   * lower grade. A plain "not stated" would not do: it would mean the source stops steroids.
   */
  @Property
  void corticosteroidsAtGradeTwoAlsoAtGradesThreeAndFour(@ForAll("gradeTwoSituations") Situation s2) {
    for (ManagementPolicy p : POLICIES) {
      if (!p.plan(s2).hasCorticosteroid()) {
        continue;
      }
      for (int g = 3; g <= 4; g++) {
        Plan plan = p.plan(s2.withIcansGrade(g));
        assertTrue(plan.hasCorticosteroid() || plan.silences(Topic.CORTICOSTEROIDS).stream()
                .anyMatch(x -> x.reason() == Silence.Reason.NOT_VERIFIED),
            () -> p.id() + " grade " + plan.situation().icansGrade() + "\n" + plan.toText());
      }
    }
  }

  // -------------------------------------------------------------------------------------- audit

  @Property
  void theAuditFindsNothingWrongExceptWhereThePolicysOwnSourceDisagrees(@ForAll("situations") Situation s) {
    for (ManagementPolicy p : POLICIES) {
      AuditReport r = PlanAudit.audit(p.plan(s));
      for (AuditFinding f : r.findings()) {
        if (f.severity() == Severity.VIOLATION || f.namedSource().isPresent()) {
          assertTrue(f.namedSource().isPresent(), f::message);
          assertEquals(p.citation().key(), f.namedSource().get().key(), () -> p.id() + ": " + f.message());
        }
      }
    }
  }

  // ---------------------------------------------------------------------------- sources, scope

  @Property
  void everyActionCitesItsPolicysOwnSourceAndItsEvidence(@ForAll("situations") Situation s) {
    for (ManagementPolicy p : POLICIES) {
      for (Action a : p.plan(s).actions()) {
        assertEquals(p.citation().key(), a.source().key(), () -> p.id() + ": " + a.describe());
        assertEquals(p.citation().evidence(), a.evidence(), a::describe);
        assertTrue(a.evidence() != Evidence.UNVERIFIED, a::describe);
      }
    }
  }

  @Property
  void outsideItsScopeAPolicyGivesNoAction(@ForAll("situations") Situation s) {
    for (ManagementPolicy p : POLICIES) {
      Plan plan = p.plan(s);
      assertEquals(p.scope().covers(s), plan.inScope());
      if (!plan.inScope()) {
        assertTrue(plan.actions().isEmpty() && plan.silences().isEmpty(), p.id());
        assertFalse(plan.notes().isEmpty(), p.id());
      }
    }
  }

  @Property
  void theDefaultIsAVerifiedInScopePolicyThatNeedsNoReview(@ForAll("situations") Situation s) {
    ManagementPolicies.defaultFor(s).ifPresent(p -> {
      assertFalse(p.requiresReview(), p.id());
      assertEquals(Evidence.VERIFIED, p.citation().evidence(), p.id());
      assertTrue(p.scope().covers(s), p.id());
      assertFalse(p.plan(s).requiresReview(), p.id());
    });
  }

  /** Where the encoded source says nothing on a core subject, the plan says so. */
  @Property
  void everyInScopePlanCoversTheCoreSubjectsWithAnActionOrASilence(@ForAll("situations") Situation s) {
    List<Topic> core = new ArrayList<>(List.of(Topic.SEIZURES));
    if (s.icansGrade() >= 1) {
      core.addAll(List.of(Topic.CORTICOSTEROIDS, Topic.LEVEL_OF_CARE, Topic.MONITORING));
      if (s.hasConcurrentCrs()) {
        core.add(Topic.ANTI_CYTOKINE);
      }
    }
    for (ManagementPolicy p : POLICIES) {
      Plan plan = p.plan(s);
      if (plan.inScope()) {
        for (Topic t : core) {
          assertTrue(!plan.actions(t).isEmpty() || !plan.silences(t).isEmpty(), () -> p.id() + " " + t);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------- rendering

  @Property(tries = 100)
  void plansRenderAsTextAndValidJson(@ForAll("situations") Situation s) {
    for (ManagementPolicy p : POLICIES) {
      Plan plan = p.plan(s);
      assertTrue(plan.toText().contains(p.id()));
      assertEquals(plan.actions().size(), Json.parse(plan.toJson()).get("actions").size());
      assertEquals(plan.toJson(), p.plan(s).toJson(), "a plan is a pure function of the situation");
    }
    Json.parse(ManagementPolicies.compareAll(s).toJson());
    Json.parse(PlanAudit.audit(POLICIES.get(0).plan(s)).toJson());
  }
}
