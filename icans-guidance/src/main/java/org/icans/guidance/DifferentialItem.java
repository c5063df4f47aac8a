package org.icans.guidance;

import static org.icans.guidance.GuidanceSources.ASCO21_HYPONATREMIA;
import static org.icans.guidance.GuidanceSources.ESSAY_EEG_MRI;
import static org.icans.guidance.GuidanceSources.ESSAY_EXCLUSION;
import static org.icans.guidance.GuidanceSources.ESSAY_TIMELINE;
import static org.icans.guidance.GuidanceSources.LEE19_CONSCIOUSNESS;
import static org.icans.guidance.GuidanceSources.LEE19_HEMORRHAGE;
import static org.icans.guidance.GuidanceSources.PHARMACY_MONITORING;
import static org.icans.guidance.GuidanceSources.REVIEW_EDEMA;
import static org.icans.guidance.GuidanceSources.REVIEW_FOCAL_WEAKNESS;
import static org.icans.guidance.GuidanceSources.REVIEW_HEADACHE;
import static org.icans.guidance.GuidanceSources.REVIEW_IMAGING;
import static org.icans.guidance.GuidanceSources.REVIEW_VASCULAR;
import static org.icans.guidance.GuidanceSources.REVIEW_WORKUP;
import static org.icans.guidance.GuidanceSources.SUMMARY_HEADACHE;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.icans.model.Coded;
import org.icans.model.evidence.Citation;
import org.icans.model.internal.check.Nulls;

/**
 * A cause to rule out before a neurological change after immune effector cell therapy is called
 * ICANS, which is a diagnosis of exclusion (seed 004; seed 002, "Workup and Differentials"). Each
 * item says what to exclude, when it matters most and how, with its sources.
 *
 * <p>Items without findings of their own apply to every presentation: seed 002 asks that other
 * causes be considered for any neurological sign after CAR T cells. The others apply when their
 * source ties them to a finding (stroke to aphasia and hemiparesis, sedation to depressed
 * consciousness, raised intracranial pressure and CRS or chemotherapy to headache, chemotherapy or
 * deconditioning to gait instability). Declared in the order a checklist lists them, the
 * time-critical first.
 */
public enum DifferentialItem implements Coded {
  /** Acute ischemic stroke, for aphasia and focal weakness, with the thrombolysis window in mind. */
  ACUTE_ISCHEMIC_STROKE("acute_ischemic_stroke", "Acute ischemic stroke: exclude it before attributing aphasia "
      + "or hemiparesis to ICANS. With an acute focal deficit, start the ischemic work-up at once if the "
      + "patient could receive intravenous thrombolysis or thrombectomy. Stroke is rare after CAR T cells "
      + "(2 of 100 patients in one prospective study, both with vascular risk factors).",
      EnumSet.of(NeurologicalFinding.APHASIA, NeurologicalFinding.FOCAL_WEAKNESS),
      REVIEW_WORKUP, REVIEW_IMAGING, REVIEW_VASCULAR),
  /** Intracranial hemorrhage: never ICANS, excluded from its grade. */
  INTRACRANIAL_HEMORRHAGE("intracranial_hemorrhage", "Intracranial hemorrhage: it is not ICANS and is "
      + "excluded from the ICANS grade, with or without edema (ASTCT). Spontaneous subarachnoid hemorrhage "
      + "has been reported after CAR T cells; in at least 2 patients with vascular complications the "
      + "platelet count was below 25 × 10⁹/L at the time (the review prints 25,000/mL), and "
      + "thrombocytopenia and DIC have been reported in ICANS.",
      EnumSet.noneOf(NeurologicalFinding.class), LEE19_HEMORRHAGE, REVIEW_VASCULAR),
  /** Raised intracranial pressure, for headache or its signs: emergent CT. */
  RAISED_INTRACRANIAL_PRESSURE("raised_intracranial_pressure", "Raised intracranial pressure: look for a "
      + "positional headache, vomiting, abducens palsy and papilledema, and get an emergent head CT if "
      + "they are present. Cerebral edema is ICANS grade 3 or 4 unless it is secondary to intracranial "
      + "hemorrhage. Without such signs, a headache can be treated symptomatically.",
      EnumSet.of(NeurologicalFinding.HEADACHE, NeurologicalFinding.RAISED_ICP_SIGNS),
      REVIEW_HEADACHE, REVIEW_IMAGING, REVIEW_EDEMA),
  /** Infection of the central nervous system. */
  CNS_INFECTION("cns_infection", "CNS infection (for example encephalitis): keep it high on the list, "
      + "because patients who receive CAR T cells are usually profoundly immunocompromised by earlier "
      + "chemotherapy and other treatments. Lumbar puncture can exclude infection, when it is safe.",
      EnumSet.noneOf(NeurologicalFinding.class), REVIEW_WORKUP, ESSAY_EXCLUSION, PHARMACY_MONITORING),
  /** Electrolyte and metabolic disturbances: hyponatremia, tumour lysis syndrome. */
  ELECTROLYTE_OR_METABOLIC("electrolyte_or_metabolic", "Electrolyte and metabolic disturbances: "
      + "dangerous electrolyte abnormalities, as in tumour lysis syndrome, and a dangerously low sodium can "
      + "look like ICANS. Tumour lysis tends to come first, within hours to a few days of the infusion. "
      + "Correct severe hyponatremia (ASCO).",
      EnumSet.noneOf(NeurologicalFinding.class), REVIEW_WORKUP, ESSAY_EXCLUSION, ESSAY_TIMELINE,
      ASCO21_HYPONATREMIA),
  /** Acute kidney injury. */
  ACUTE_KIDNEY_INJURY("acute_kidney_injury", "Acute kidney injury: the electrolyte disturbances of a "
      + "systemic injury such as acute kidney injury can produce a picture like ICANS.",
      EnumSet.noneOf(NeurologicalFinding.class), REVIEW_WORKUP),
  /** Sedating medication, for depressed consciousness. */
  SEDATING_MEDICATION("sedating_medication", "Sedating medication: a depressed level of consciousness "
      + "counts toward the ICANS grade only when no other cause, such as a sedating medication, explains "
      + "it (ASTCT).",
      EnumSet.of(NeurologicalFinding.DEPRESSED_CONSCIOUSNESS), LEE19_CONSCIOUSNESS),
  /** Progression of the cancer in the central nervous system. */
  CNS_DISEASE_PROGRESSION("cns_disease_progression", "Progression of the cancer in the central nervous "
      + "system, including leukemic meningitis: CT and MRI help to tell it from ICANS, and lumbar "
      + "puncture can exclude leukemic meningitis.",
      EnumSet.noneOf(NeurologicalFinding.class), REVIEW_IMAGING, ESSAY_EXCLUSION, PHARMACY_MONITORING),
  /** Posterior reversible encephalopathy syndrome. */
  PRES("pres", "Posterior reversible encephalopathy syndrome (PRES): ICANS can look like PRES, and CT "
      + "and MRI help to tell them apart (Cevering 2026); but severe ICANS itself can show PRES-like vasogenic "
      + "edema on MRI (an educational essay without primary references).",
      EnumSet.noneOf(NeurologicalFinding.class), REVIEW_IMAGING, ESSAY_EEG_MRI),
  /** Leukoencephalopathy from the fludarabine of lymphodepletion. */
  FLUDARABINE_LEUKOENCEPHALOPATHY("fludarabine_leukoencephalopathy", "Fludarabine leukoencephalopathy "
      + "from the lymphodepleting chemotherapy: in one series a recurrent leukoencephalopathy on MRI was "
      + "attributed to fludarabine rather than to ICANS.",
      EnumSet.noneOf(NeurologicalFinding.class), REVIEW_IMAGING),
  /** Headache from CRS or chemotherapy. */
  CRS_OR_CHEMOTHERAPY_HEADACHE("crs_or_chemotherapy_headache", "Headache from CRS or chemotherapy: "
      + "headache is very common, often comes with the fever of CRS or as a response to chemotherapy, "
      + "and is not used to grade ICANS.",
      EnumSet.of(NeurologicalFinding.HEADACHE), REVIEW_HEADACHE, SUMMARY_HEADACHE),
  /** Chemotherapy or deconditioning, for gait instability. */
  CHEMOTHERAPY_OR_DECONDITIONING("chemotherapy_or_deconditioning", "Chemotherapy or deconditioning: gait "
      + "instability is non-specific and may come from either rather than from ICANS.",
      EnumSet.of(NeurologicalFinding.GAIT_INSTABILITY), REVIEW_FOCAL_WEAKNESS);

  private final String code;
  private final String text;
  private final Set<NeurologicalFinding> findings;
  private final List<Citation> sources;

  DifferentialItem(String code, String text, Set<NeurologicalFinding> findings, Citation... sources) {
    this.code = code;
    this.text = text;
    this.findings = Collections.unmodifiableSet(findings);
    this.sources = List.of(sources);
  }

  /** The stable code, as files and command lines write it: {@code acute_ischemic_stroke}. */
  @Override
  public String code() {
    return code;
  }

  /** What to rule out, when and how, with its sources. */
  public GuidanceLine line() {
    return new GuidanceLine(text, sources);
  }

  /** The findings this item is tied to; empty when it applies to every presentation. */
  public Set<NeurologicalFinding> findings() {
    return findings;
  }

  /** Whether this item belongs on the checklist of a presentation with these findings. */
  public boolean appliesTo(Set<NeurologicalFinding> presentation) {
    Nulls.presentEach("presentation", presentation);
    if (findings.isEmpty()) {
      return true;
    }
    for (NeurologicalFinding f : presentation) {
      if (findings.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The item of the differential with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code differentialItem})
   *     naming the code and every allowed code
   */
  public static DifferentialItem fromCode(String code) {
    return Coded.fromCode(DifferentialItem.class, "differentialItem", code);
  }
}
