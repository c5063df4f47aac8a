package org.icans.management;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.icans.management.action.Action;
import org.icans.management.action.Medication;
import org.icans.management.action.Precaution;
import org.icans.management.action.Purpose;
import org.icans.management.action.Workup;
import org.icans.management.action.WorkupTest;
import org.icans.management.dosing.Drug;

/**
 * What the project's safety rules add to or take from the actions a policy's table selects, before
 * they become a plan (docs/clinical-commands.md, "Safety rules"): precautions before a lumbar
 * puncture (SAFE-LP), and one regimen per drug, a treatment regimen replacing a prophylaxis regimen
 * of the same drug (SAFE-ONE-REGIMEN). Dose ceilings and children (SAFE-CEILING, SAFE-CHILD) are
 * applied where doses are computed ({@code org.icans.management.dosing}); the gaps at the top of a
 * plan (SAFE-GAP) where the plan is read. Stateless.
 */
final class SafetyLayer {
  private SafetyLayer() {}

  /** Seed 002 says it: many patients cannot safely undergo lumbar puncture because of coagulopathy. */
  static final Precaution LP_COAGULATION = new Precaution(
      "check coagulation and the platelet count first: many patients cannot safely undergo lumbar puncture "
          + "because of coagulopathy",
      ManagementSources.CEVERING26.at("Workup: Lumbar Puncture"));

  /** No reference source states it; a project safety rule. */
  static final Precaution LP_IMAGING_FIRST = new Precaution(
      "image the brain first (CT or MRI) to exclude cerebral edema or a mass before any lumbar puncture",
      ManagementSources.SAFE_LP);

  /** No reference source states it; a project safety rule. */
  static final Precaution LP_WITH_EDEMA = new Precaution(
      "cerebral edema or raised intracranial pressure is recorded: a lumbar puncture risks herniation; "
          + "do not perform it unless the treating team has reviewed the imaging and judged it safe",
      ManagementSources.SAFE_LP);

  private static final Set<CerebralEdema> EDEMA =
      EnumSet.of(CerebralEdema.FOCAL, CerebralEdema.DIFFUSE_OR_RAISED_ICP);

  /** The actions after the safety rules; {@code notes} receives what was left out and why. */
  static List<Action> apply(Situation s, List<Action> actions, List<String> notes) {
    List<Action> out = new ArrayList<>(actions.size());
    for (Action a : actions) {
      if (replacedByTreatment(a, actions)) {
        notes.add("Left out: " + a.describe() + ". A treatment regimen of the same drug in this plan replaces "
            + "prophylaxis (project safety rule SAFE-ONE-REGIMEN [P]).");
        continue;
      }
      out.add(withPrecautions(s, a));
    }
    return out;
  }

  private static Action withPrecautions(Situation s, Action a) {
    if (!(a instanceof Workup) || ((Workup) a).test() != WorkupTest.LUMBAR_PUNCTURE) {
      return a;
    }
    Workup w = (Workup) a;
    var basis = w.basis().withPrecaution(LP_IMAGING_FIRST).withPrecaution(LP_COAGULATION);
    if (EDEMA.contains(s.edema())) {
      basis = basis.withPrecaution(LP_WITH_EDEMA);
    }
    return new Workup(w.test(), w.detail(), basis);
  }

  /** A prophylaxis regimen of a drug the same plan also gives, with a dose rule, as treatment. */
  private static boolean replacedByTreatment(Action a, List<Action> all) {
    if (!(a instanceof Medication)) {
      return false;
    }
    Medication m = (Medication) a;
    if (m.purpose() != Purpose.PROPHYLAXIS || m.rule().isEmpty() || m.drug() == Drug.ANTISEIZURE_MEDICATION) {
      return false;
    }
    for (Action other : all) {
      if (other instanceof Medication) {
        Medication t = (Medication) other;
        if (t.drug() == m.drug() && t.purpose() == Purpose.TREATMENT && t.rule().isPresent()) {
          return true;
        }
      }
    }
    return false;
  }
}
