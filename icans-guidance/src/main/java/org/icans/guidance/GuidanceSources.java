package org.icans.guidance;

import org.icans.model.evidence.Citation;
import org.icans.model.evidence.ConsensusSources;
import org.icans.model.evidence.Evidence;

/**
 * The sources of the patient guidance and the differential, as the project's references name and
 * tag them ({@code reference/management-risk.md}: V verified, S seed; {@code reference/grading.md}).
 * Every line this package produces cites one of these; facts the references tag U (unverified) are
 * not encoded.
 *
 * <p>The locator of each constant is the heading of the source's section that the statement comes
 * from, so a reader can find the sentence.
 */
public final class GuidanceSources {
  private GuidanceSources() {}

  /**
   * The patient education sheet on ICANS by ACCC, HOPA, NCODA and ONS (seed 003): what patients
   * and caregivers are told, in the sheet's own plain language. A seed, so tagged secondary.
   */
  public static final Citation SHEET = Citation.of("SEED003",
      "ACCC, HOPA, NCODA, ONS. Immune effector cell-associated neurotoxicity syndrome (ICANS): "
          + "Cancer Treatment Education sheet for patients (ACCC/HOPA/NCODA/ONS patient sheet)",
      "whole sheet", Evidence.SECONDARY);

  /** Sheet, "What is ICANS?": an illness of the brain or nerves, caused by cytokine inflammation. */
  public static final Citation SHEET_WHAT_IS = SHEET.at("What is ICANS?");
  /** Sheet, "What should I know about ICANS?": onset within one week, first signs, confusion. */
  public static final Citation SHEET_WHAT_TO_KNOW = SHEET.at("What should I know about ICANS?");
  /** Sheet, "What puts me at risk of experiencing ICANS?": the care team will be prepared to treat it. */
  public static final Citation SHEET_RISK = SHEET.at("What puts me at risk of experiencing ICANS?");
  /** Sheet, "What are the complications ...": mild-to-moderate and severe signs. */
  public static final Citation SHEET_COMPLICATIONS =
      SHEET.at("What are the complications of ICANS if my symptoms are not managed?");
  /** Sheet, "What can I do to prevent or minimize ICANS?": let your doctor know; call 911. */
  public static final Citation SHEET_PREVENT = SHEET.at("What can I do to prevent or minimize ICANS?");
  /** Sheet, "What can I do to treat or manage ICANS at home?": call right away; the wallet card. */
  public static final Citation SHEET_AT_HOME = SHEET.at("What can I do to treat or manage ICANS at home?");
  /** Sheet, "What might my care team provide to help?": hospital, steroids, intensive care. */
  public static final Citation SHEET_CARE_TEAM = SHEET.at("What might my care team provide to help?");
  /** Sheet, "When should I call my care team?": the list of signs to call about right away. */
  public static final Citation SHEET_WHEN_TO_CALL = SHEET.at("When should I call my care team?");
  /** Sheet, "How can I tell if my ICANS is getting better?": the signs of improvement. */
  public static final Citation SHEET_GETTING_BETTER = SHEET.at("How can I tell if my ICANS is getting better?");
  /** Sheet, "What questions should I ask my care team about ICANS?". */
  public static final Citation SHEET_QUESTIONS = SHEET.at("What questions should I ask my care team about ICANS?");
  /** Sheet, "Important notice": the sheet does not replace the advice of a qualified professional. */
  public static final Citation SHEET_NOTICE = SHEET.at("Important notice");

  /**
   * Seed 002, the strongest seed: Cevering CK et al., a peer-reviewed review for general
   * neurologists. Its work-up and differential sections are the clinician-facing source here.
   */
  public static final Citation REVIEW = Citation.of("SEED002",
      "Cevering CK, Abdel-Azim H, Khazal SJ, Casassa C. Immune effector cell-associated neurotoxicity "
          + "syndrome: a practical overview for the general neurologist. Neurol Clin Pract "
          + "2026;16:e200575. doi:10.1212/CPJ.0000000000200575 (Cevering 2026)",
      "whole review", Evidence.SECONDARY);

  /** Seed 002, "Workup and Differentials": stroke, infection, electrolytes, tumour lysis, kidney injury. */
  public static final Citation REVIEW_WORKUP = REVIEW.at("Workup and Differentials");
  /** Seed 002, "Neuroimaging": thrombolysis window, PRES, progression, fludarabine, normal imaging. */
  public static final Citation REVIEW_IMAGING = REVIEW.at("Neuroimaging");
  /** Seed 002, "EEG": routine then continuous EEG; slowing is non-specific; only seizures count. */
  public static final Citation REVIEW_EEG = REVIEW.at("EEG");
  /** Seed 002, "Lumbar Puncture": often non-specific; often unsafe with coagulopathy. */
  public static final Citation REVIEW_LP = REVIEW.at("Lumbar Puncture");
  /** Seed 002, "Headache": not a grading feature; raised-ICP signs; symptomatic care otherwise. */
  public static final Citation REVIEW_HEADACHE = REVIEW.at("Clinical Presentation: Headache");
  /** Seed 002, "Tremor": common, not graded, usually self-resolving. */
  public static final Citation REVIEW_TREMOR = REVIEW.at("Clinical Presentation: Tremor");
  /** Seed 002, "Focal Weakness": one embolic stroke; gait instability is non-specific. */
  public static final Citation REVIEW_FOCAL_WEAKNESS = REVIEW.at("Clinical Presentation: Focal Weakness");
  /** Seed 002, "Encephalopathy": assess mental status beyond orientation. */
  public static final Citation REVIEW_ENCEPHALOPATHY = REVIEW.at("Clinical Presentation: Encephalopathy");
  /** Seed 002, "Clinical Presentation": severe neurotoxicity may present after 10 or more days. */
  public static final Citation REVIEW_ONSET = REVIEW.at("Clinical Presentation");
  /** Seed 002, "Vascular Complications": stroke and hemorrhage, thrombocytopenia, DIC. */
  public static final Citation REVIEW_VASCULAR = REVIEW.at("Complications of ICANS: Vascular Complications");
  /** Seed 002, "Status Epilepticus": non-convulsive status epilepticus in 10% to 33%. */
  public static final Citation REVIEW_STATUS = REVIEW.at("Complications of ICANS: Status Epilepticus");
  /** Seed 002, "Cerebral Edema": edema means grade 3 or 4 unless secondary to hemorrhage. */
  public static final Citation REVIEW_EDEMA = REVIEW.at("Complications of ICANS: Cerebral Edema");
  /** Seed 002, "Tocilizumab": not effective for ICANS, may worsen it, does not cross the BBB. */
  public static final Citation REVIEW_TOCILIZUMAB = REVIEW.at("Management: Tocilizumab");
  /** Seed 002, "Conclusion": the tests mainly exclude other causes; tocilizumab is for CRS. */
  public static final Citation REVIEW_CONCLUSION = REVIEW.at("Conclusion");

  /** Seed 000, an AI-generated clinical summary citing NCCN: low weight, tagged secondary. */
  public static final Citation SUMMARY = Citation.of("SEED000",
      "Dr.Oracle Medical Advisory Board. ICANS (immune effector cell-associated neurotoxicity "
          + "syndrome): guideline-directed topic overview, updated 11 February 2026; AI-generated "
          + "summary (Dr.Oracle 2026)",
      "whole summary", Evidence.SECONDARY);

  /** Seed 000, "Common Pitfalls to Avoid": headache, tocilizumab, premedication, formal ICE. */
  public static final Citation SUMMARY_PITFALLS = SUMMARY.at("Common Pitfalls to Avoid");
  /** Seed 000, "Full Spectrum of Manifestations": headache not diagnostically useful alone. */
  public static final Citation SUMMARY_HEADACHE = SUMMARY.at("Full Spectrum of Manifestations: headache");

  /** Seed 001, an oncology-pharmacy summary: low weight, tagged secondary. */
  public static final Citation PHARMACY = Citation.of("SEED001",
      "Oncology pharmacy summary of ICANS with 'Oncology Pharmacy Pearls' (oncology pharmacy pearls)",
      "whole summary", Evidence.SECONDARY);

  /** Seed 001, "Monitoring": lumbar puncture to exclude infection or leukemic meningitis. */
  public static final Citation PHARMACY_MONITORING = PHARMACY.at("Monitoring");
  /** Seed 001, "Management: Tocilizumab": not effective for isolated ICANS. */
  public static final Citation PHARMACY_TOCILIZUMAB = PHARMACY.at("Management: Tocilizumab (IL-6R blocker)");

  /** Seed 004, a mechanistic essay without primary references: tagged secondary. */
  public static final Citation ESSAY = Citation.of("SEED004",
      "Mechanistic and educational essay on CRS and ICANS, without primary references (an educational essay without primary references)",
      "whole essay", Evidence.SECONDARY);

  /** Seed 004: ICANS is a diagnosis of exclusion (CNS infection, low sodium, CNS spread of cancer). */
  public static final Citation ESSAY_EXCLUSION =
      ESSAY.at("Principles and Mechanisms: ICANS is a diagnosis of exclusion");
  /** Seed 004: EEG slowing and silent seizures; MRI often normal, PRES-like edema in severe cases. */
  public static final Citation ESSAY_EEG_MRI = ESSAY.at("Applications: EEG and MRI");
  /** Seed 004: tumour lysis syndrome strikes first, within hours to a few days. */
  public static final Citation ESSAY_TIMELINE = ESSAY.at("Applications: monitoring timeline (tumor lysis syndrome)");

  // The grading consensus and the grading choices: the very values org.icans.grading.GradingSources
  // cites, shared through the model without depending on the grader.
  private static final Citation LEE19 = ConsensusSources.LEE19;

  /** ASTCT consensus footnote: intracranial hemorrhage is not ICANS and is excluded from its grading. */
  public static final Citation LEE19_HEMORRHAGE =
      LEE19.at("ICANS table footnote (intracranial hemorrhage excluded)");
  /** ASTCT consensus footnote: depressed consciousness must not be due to another cause (sedation). */
  public static final Citation LEE19_CONSCIOUSNESS =
      LEE19.at("ICANS table footnote (depressed consciousness not due to other cause)");
  /** ASTCT consensus footnote: tremor and myoclonus do not influence the ICANS grade. */
  public static final Citation LEE19_TREMOR = ConsensusSources.LEE19_TREMOR;
  /** The project's choice of encephalopathy tool: CAPD under 12 or with developmental delay, else ICE. */
  public static final Citation CHOICE_TOOL = ConsensusSources.CHOICE_TOOL;

  /** The ASCO 2021 guideline, read from its pocket guide (reference/management-risk.md A2.4). */
  public static final Citation ASCO21 = Citation.of("ASCO21",
      "Santomasso BD et al. J Clin Oncol 2021;39:3978-3992: ASCO guideline on the management of "
          + "CAR T-cell therapy toxicities (ASCO/Guideline Central pocket guide)",
      "ICANS, all grades", Evidence.VERIFIED);

  /** ASCO 2021, ICANS all grades: correct severe hyponatremia. */
  public static final Citation ASCO21_HYPONATREMIA = ASCO21.at("ICANS, all grades: correct severe hyponatremia");

  /**
   * The labels and REMS of the CD19- and BCMA-directed CAR T-cell products before June 2025: stay
   * near the centre with a caregiver for 4 weeks, no driving for 8 weeks (reference/management-risk.md
   * A2.10 and C7, tagged V).
   */
  public static final Citation LABELS_REMS_ERA = Citation.of("CART-REMS",
      "Labels and REMS of the FDA-approved CD19- and BCMA-directed CAR T-cell products before June "
          + "2025: wewillcure.com (7 July 2025); Banerjee, ASH 2024 summary (package inserts: 8 weeks); "
          + "Carvykti REMS material, jnjmedicalconnect 05/2024",
      "driving and proximity before the REMS removal", Evidence.VERIFIED);

  /**
   * The manufacturer's patient guidance after the FDA removed the CAR T REMS (announced 27 June
   * 2025): no driving or hazardous activities for at least 2 weeks, a care partner for 2 weeks
   * (reference/management-risk.md A2.10, tagged V; the new proximity wording is tagged U).
   */
  public static final Citation GUIDANCE_AFTER_REMS = Citation.of("BMS-2025",
      "Bristol Myers Squibb patient guidance for CAR T-cell therapy (explorecelltherapy.com) after the "
          + "FDA removed the REMS of the CD19- and BCMA-directed CAR T-cell products, announced 27 June "
          + "2025",
      "driving and care partner after June 2025", Evidence.VERIFIED);

  /**
   * The CD3xCD20 bispecific antibody consensus: Crombie JL et al., Blood 2024;143(16):1565 (no
   * driving or heavy machinery while symptomatic; reference/management-risk.md A2.9, tagged V).
   */
  public static final Citation CROMBIE24 = Citation.of("CROMBIE24",
      "Crombie JL et al. Blood 2024;143(16):1565: consensus on the management of toxicities of "
          + "CD3xCD20 bispecific antibodies (epcoritamab, glofitamab, mosunetuzumab)",
      "neurological adverse events: driving", Evidence.VERIFIED);
}
