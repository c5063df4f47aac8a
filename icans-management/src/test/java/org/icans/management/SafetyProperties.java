package org.icans.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.management.action.Action;
import org.icans.management.action.Medication;
import org.icans.management.dosing.Ceiling;
import org.icans.management.dosing.Dose;
import org.icans.management.dosing.DoseBasis;
import org.icans.management.dosing.DoseCeilings;
import org.icans.management.testing.ManagementArbitraries;

/**
 * The safety layer's invariants over every built-in policy x grade x weight (0.5-300 kg) x age x
 * product x finding: no dose above a verified ceiling; no child's dose above a paediatric ceiling
 * or the adult maximum of its regimen, and none from an adult-only regimen; every dose shows its
 * ceiling or says it has none; one regimen of a drug per purpose at a time; every line a plan
 * prints names its source.
 */
class SafetyProperties {
  private static final double EPS = 1e-9;

  @Provide
  Arbitrary<Situation> situations() {
    return ManagementArbitraries.situations();
  }

  private static List<Plan> plans(Situation s) {
    return ManagementPolicies.all().stream().map(p -> p.plan(s)).toList();
  }

  @Property(tries = 400)
  void noDoseExceedsAVerifiedCeiling(@ForAll("situations") Situation s) {
    boolean child = s.ageGroup() == AgeGroup.CHILD;
    for (Plan plan : plans(s)) {
      for (Medication m : plan.medications()) {
        if (m.dose().isEmpty()) {
          continue;
        }
        Dose d = m.dose().get();
        for (Ceiling c : DoseCeilings.of(m.drug(), child)) {
          if (c.basis() == d.rule().basis()) {
            assertTrue(d.highMg() <= c.mg() + EPS, () -> plan.policy().id() + ": " + m.describe());
          }
          if (c.basis() == DoseBasis.PER_DAY && d.maxMgPer24h().isPresent()) {
            assertTrue(d.maxMgPer24h().getAsDouble() <= c.mg() + EPS, m::describe);
          }
        }
        d.rule().capMg().ifPresent(cap -> assertTrue(d.highMg() <= cap + EPS, m::describe));
      }
    }
  }

  @Property(tries = 400)
  void aChildNeverGetsAnAdultRegimenNorMoreThanItsAdultMaximum(@ForAll("situations") Situation s) {
    if (s.ageGroup() != AgeGroup.CHILD) {
      return;
    }
    for (Plan plan : plans(s)) {
      for (Medication m : plan.medications()) {
        if (m.dose().isEmpty()) {
          continue;
        }
        Dose d = m.dose().get();
        assertTrue(d.rule().forAllAges(), () -> "adult regimen dosed for a child: " + m.describe());
        // The adult maximum: the most the same regimen gives an adult of any plausible weight in its band.
        double adultMax = 0;
        for (double w = Dose.MIN_WEIGHT_KG; w <= Dose.MAX_WEIGHT_KG; w += 0.25) {
          if (d.rule().appliesToWeight(w)) {
            adultMax = Math.max(adultMax, d.rule().doseFor(w).highMg());
          }
        }
        // ... and what an adult of the child's own weight would get.
        double sameWeight = d.rule().doseFor(s.weightKg().getAsDouble()).highMg();
        double max = Math.max(adultMax, sameWeight);
        assertTrue(d.highMg() <= max + EPS, m::describe);
        assertTrue(d.highMg() <= sameWeight + EPS, m::describe);
        assertTrue(d.ceilings().stream().anyMatch(c -> c.basis() == d.rule().basis()), m::describe);
      }
    }
  }

  @Property(tries = 400)
  void everyDoseShowsItsCeilingOrSaysItHasNone(@ForAll("situations") Situation s) {
    for (Plan plan : plans(s)) {
      for (Medication m : plan.medications()) {
        if (m.dose().isPresent()) {
          Dose d = m.dose().get();
          assertTrue(m.describe().contains(d.ceilingText()), m::describe);
          assertEquals(d.ceilings().isEmpty(), d.ceilingText().equals("no ceiling stated by this source"));
        } else if (m.rule().isPresent()) {
          assertTrue(m.describe().contains("no dose: " + m.noDoseReason().orElseThrow()), m::describe);
        }
      }
    }
  }

  @Property(tries = 400)
  void oneRegimenOfADrugForOnePurposeAtATime(@ForAll("situations") Situation s) {
    for (Plan plan : plans(s)) {
      List<Medication> now = plan.medications().stream()
          .filter(m -> m.isNow() && m.rule().isPresent() && repeated(m)).toList();
      for (int i = 0; i < now.size(); i++) {
        for (int j = i + 1; j < now.size(); j++) {
          Medication a = now.get(i);
          Medication b = now.get(j);
          boolean alternatives = a.basis().alternativeGroup().isPresent()
              && a.basis().alternativeGroup().equals(b.basis().alternativeGroup());
          boolean sameRegimenByWeightBand = a.rule().get().asWritten().equals(b.rule().get().asWritten());
          assertFalse(a.drug() == b.drug() && !alternatives && !sameRegimenByWeightBand,
              () -> plan.policy().id() + " holds two regimens of " + a.drug().code() + ":\n" + plan.toText());
        }
      }
    }
  }

  private static boolean repeated(Medication m) {
    return m.rule().get().interval().isPresent() && m.rule().get().maxTotalDoses().orElse(2) > 1;
  }

  @Property(tries = 200)
  void everyLineAPlanPrintsHasASource(@ForAll("situations") Situation s) {
    for (Plan plan : plans(s)) {
      String whole = plan.toText() + plan.toJson();
      for (String internal : new String[] {"reference/", "seed 00", "management-risk.md", "grading.md", ".txt"}) {
        assertFalse(whole.contains(internal), () -> plan.policy().id() + " cites a file that does not ship: "
            + internal + "\n" + whole);
      }
      String[] lines = plan.toText().split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.startsWith("  - [not")) {
          assertTrue(lines[i + 1].contains("recorded in: "), line);
        } else if (line.startsWith("  - [")) {
          int j = i + 1;
          while (j < lines.length && lines[j].startsWith("      ")) {
            j++;
          }
          boolean sourced = false;
          for (int k = i + 1; k < j; k++) {
            sourced |= lines[k].startsWith("      source [");
          }
          assertTrue(sourced, () -> plan.policy().id() + ": no source for " + line + "\n" + plan.toText());
        } else if (line.startsWith("INCOMPLETE")) {
          assertTrue(line.contains("SAFE-GAP"), line);
        }
      }
    }
  }

  @Property(tries = 200)
  void aPlanAboveGrade1WithoutACorticosteroidForThisPatientIsNeverComplete(@ForAll("situations") Situation s) {
    for (Plan plan : plans(s)) {
      boolean steroidNow = plan.actions().stream().filter(Action::isNow)
          .anyMatch(a -> a instanceof Medication && ((Medication) a).isCorticosteroid()
              && (((Medication) a).dose().isPresent() || ((Medication) a).rule().isEmpty()));
      if (plan.inScope() && s.icansGrade() >= 2 && !steroidNow && s.weightKg().isPresent()) {
        assertFalse(plan.isComplete(), () -> plan.toText());
      }
    }
  }
}
