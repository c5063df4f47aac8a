package org.icans.management;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.icans.management.action.Action;
import org.icans.management.action.LevelOfCare;
import org.icans.management.action.Medication;
import org.icans.management.action.Purpose;
import org.icans.management.action.SupportiveCare;
import org.icans.management.action.Topic;
import org.icans.management.dosing.DoseRule;

/**
 * The gaps of a plan (project safety rule SAFE-GAP): what its situation calls for and the plan
 * does not state now. What a situation calls for follows the sources that state it for every
 * patient: corticosteroids from ICANS grade 2 (ASCO 2021 grades 2-3; seed 000 "for grade 2 or
 * more, corticosteroids are generally used"), a level of care from grade 3 (ICU: ASCO 2021 grade
 * 3, seeds 000-002), treatment of a recorded seizure (a seizure makes ICANS grade 3 or more,
 * ASTCT 2019), and measures for recorded cerebral edema or raised intracranial pressure.
 */
final class Gaps {
  private Gaps() {}

  private record Element(Topic topic, String what, Predicate<Situation> calledFor, Predicate<Action> states) {}

  private static final List<Element> ELEMENTS = List.of(
      new Element(Topic.CORTICOSTEROIDS, "no corticosteroid that applies to this patient now, although ICANS "
          + "grade 2 or more calls for one", s -> s.icansGrade() >= 2, Gaps::corticosteroidForThisPatient),
      new Element(Topic.LEVEL_OF_CARE, "no level of care for now, although ICANS grade 3 or more calls for one",
          s -> s.icansGrade() >= 3, a -> a instanceof LevelOfCare),
      new Element(Topic.SEIZURES, "no treatment for the recorded seizure", s -> s.seizure().isIcansSeizure(),
          Gaps::seizureTreatment),
      new Element(Topic.INTRACRANIAL_PRESSURE, "no measure for the recorded cerebral edema or raised intracranial "
          + "pressure", s -> s.edema().isIcansFinding(), a -> a.topic() == Topic.INTRACRANIAL_PRESSURE));

  static List<Gap> of(Plan plan) {
    if (!plan.inScope()) {
      return List.of();
    }
    Situation s = plan.situation();
    List<Gap> gaps = new ArrayList<>();
    for (Element e : ELEMENTS) {
      if (!e.calledFor().test(s) || states(plan, e)) {
        continue;
      }
      List<String> others = new ArrayList<>();
      for (ManagementPolicy p : ManagementPolicies.covering(s)) {
        if (!p.id().equals(plan.policy().id()) && states(p.plan(s), e)) {
          others.add(p.id());
        }
      }
      gaps.add(new Gap(e.topic(), "INCOMPLETE: this plan gives " + e.what() + " (project safety rule SAFE-GAP [P]).",
          others));
    }
    return gaps;
  }

  private static boolean states(Plan plan, Element e) {
    return plan.actions().stream().anyMatch(a -> a.isNow() && e.states().test(a));
  }

  /** A corticosteroid the plan gives this patient: with a dose, or with no dose only for want of a weight. */
  private static boolean corticosteroidForThisPatient(Action a) {
    if (!(a instanceof Medication) || !((Medication) a).isCorticosteroid()) {
      return false;
    }
    Medication m = (Medication) a;
    return m.rule().isEmpty() || m.dose().isPresent() || m.noDoseReason().orElse("").equals(DoseRule.WEIGHT_NEEDED);
  }

  private static boolean seizureTreatment(Action a) {
    if (a instanceof Medication) {
      Medication m = (Medication) a;
      return m.topic() == Topic.SEIZURES && m.purpose() == Purpose.TREATMENT;
    }
    return a instanceof SupportiveCare && a.topic() == Topic.SEIZURES;
  }
}
