package org.icans.guidance;

import static org.icans.guidance.GuidanceSources.ESSAY_EEG_MRI;
import static org.icans.guidance.GuidanceSources.REVIEW_CONCLUSION;
import static org.icans.guidance.GuidanceSources.REVIEW_EEG;
import static org.icans.guidance.GuidanceSources.REVIEW_IMAGING;
import static org.icans.guidance.GuidanceSources.REVIEW_LP;
import static org.icans.guidance.GuidanceSources.REVIEW_STATUS;
import static org.icans.guidance.GuidanceSources.REVIEW_WORKUP;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.icans.model.Coded;
import org.icans.model.InvalidValueException;
import org.icans.model.internal.check.Nulls;

/**
 * The differential of a neurological change after immune effector cell therapy: what to rule out
 * before attributing it to ICANS, for a clinician. ICANS is a diagnosis of exclusion (seed 004);
 * the items and the work-up come from seed 002 ("Workup and Differentials", "Neuroimaging",
 * "EEG", "Lumbar Puncture"), the ASTCT consensus footnotes and ASCO 2021, each cited.
 *
 * <p>When to image, record an EEG or tap (the grade thresholds, which differ between ASCO and
 * CARTOX) belongs to the management policies, not here.
 *
 * <p>Stateless and thread-safe.
 */
public final class Differentials {
  private Differentials() {}

  /** What the work-up usually shows in ICANS, and its limits; the same for every presentation. */
  private static final List<GuidanceLine> WORKUP = List.of(
      GuidanceLine.of("In ICANS, imaging, EEG and lumbar puncture are often normal or show only "
          + "non-specific findings: their main role is to exclude other causes.",
          REVIEW_CONCLUSION, REVIEW_WORKUP),
      GuidanceLine.of("CT and MRI are often normal, above all in low grades: CT at onset was normal in 20 "
          + "of 21 patients, and all 5 patients with low-grade neurotoxicity who had an MRI had a normal "
          + "scan (Cevering 2026); MRI can be normal even in moderate ICANS (an educational essay without primary references). T2/FLAIR changes "
          + "(thalami, basal ganglia, extreme capsule) were seen in 4 of 14 severe cases and are "
          + "generally reversible.",
          REVIEW_IMAGING, ESSAY_EEG_MRI),
      GuidanceLine.of("Get an emergent head CT for signs of raised intracranial pressure; MRI of the spine or "
          + "orbits as clinically indicated.",
          REVIEW_IMAGING),
      GuidanceLine.of("EEG: a routine EEG at least at first in an encephalopathic patient; switch to "
          + "continuous EEG for epileptiform abnormalities or electrographic seizures, above all if "
          + "non-convulsive status epilepticus is suspected (reported in 10% to 33%), which causes "
          + "encephalopathy without visible convulsions.",
          REVIEW_EEG, REVIEW_STATUS, ESSAY_EEG_MRI),
      GuidanceLine.of("EEG slowing (diffuse or frontal delta or theta), rhythmic delta activity and "
          + "generalized periodic discharges are common and non-specific: they do not make ICANS severe. "
          + "Only electrographic or electroclinical seizures count.",
          REVIEW_EEG),
      GuidanceLine.of("Lumbar puncture is often normal or non-specific (in one study 5 of 13 patients had "
          + "more than 5 white cells per µL, with negative culture and cytology), and many patients cannot "
          + "have one safely because of coagulopathy.",
          REVIEW_LP));

  /**
   * The checklist for a presentation with these findings.
   *
   * @throws InvalidValueException when there is no finding
   */
  public static DifferentialChecklist forPresentation(Set<NeurologicalFinding> findings) {
    if (Nulls.presentEach("findings", findings).isEmpty()) {
      throw new InvalidValueException("findings", "[]",
          "at least one of " + Coded.allowedCodes(NeurologicalFinding.class));
    }
    Set<NeurologicalFinding> set = EnumSet.noneOf(NeurologicalFinding.class);
    set.addAll(findings);
    List<DifferentialItem> items = new ArrayList<>();
    for (DifferentialItem item : DifferentialItem.values()) {
      if (item.appliesTo(set)) {
        items.add(item);
      }
    }
    List<Pitfall> pitfalls = new ArrayList<>();
    pitfalls.add(Pitfall.FORMAL_ASSESSMENT_NOT_DISMISSAL);
    if (set.contains(NeurologicalFinding.HEADACHE)) {
      pitfalls.add(Pitfall.HEADACHE_ALONE_IS_NOT_ICANS);
    }
    if (set.contains(NeurologicalFinding.TREMOR)) {
      pitfalls.add(Pitfall.TREMOR_DOES_NOT_CHANGE_GRADE);
    }
    pitfalls.add(Pitfall.NO_TOCILIZUMAB_FOR_ISOLATED_ICANS);
    return new DifferentialChecklist(Collections.unmodifiableSet(set), items, WORKUP, pitfalls);
  }

  /**
   * The checklist for a presentation given as finding codes such as {@code aphasia}.
   *
   * @throws InvalidValueException at an unknown code, or when there is none
   */
  public static DifferentialChecklist forFindingCodes(Collection<String> findingCodes) {
    return forPresentation(NeurologicalFinding.fromCodes(findingCodes));
  }
}
