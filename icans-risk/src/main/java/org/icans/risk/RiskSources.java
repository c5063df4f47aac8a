package org.icans.risk;

import org.icans.model.evidence.Citation;
import org.icans.model.evidence.Evidence;

/**
 * The sources of every formula, unit, cut-off, time window and figure in {@code org.icans.risk},
 * as recorded in the project's {@code reference/management-risk.md} (parts 0, B and A2.10) with its
 * verification tags: V becomes {@link Evidence#VERIFIED}, S (a seed) {@link Evidence#SECONDARY}.
 * Facts tagged U are not encoded at all (see the module's README, "Left out").
 *
 * <p>Each constant's Javadoc says where in the reference the fact is recorded.
 */
public final class RiskSources {
  private RiskSources() {}

  private static final String SEED002 = "Cevering CK et al. Immune effector cell-associated neurotoxicity "
      + "syndrome: a practical overview for the general neurologist. Neurol Clin Pract 2026;16:e200575 (Cevering 2026)";

  // ------------------------------------------------------------------ scores (reference B1, B2)

  /**
   * Pennisi M et al., Blood Adv 2021 (reference B1, B2 [V: PMC8525234 abstract]): the EASIX,
   * simplified EASIX and m-EASIX formulas, their units (LDH U/L, creatinine and CRP mg/dL, platelets
   * 10^9/L) and time points (before lymphodepletion, day 0, +1, +3); 118 adults (53 B-ALL on 1928z
   * CAR T, 65 DLBCL on axi-cel or tisa-cel).
   */
  public static final Citation PENNISI21 = Citation.of("PENNISI21",
      "Pennisi M, Sanchez-Escamilla M, Flynn J, et al. Modified EASIX predicts severe cytokine release syndrome "
          + "and neurotoxicity after chimeric antigen receptor T cells. Blood Adv 2021;5(17):3397-3406. "
          + "doi:10.1182/bloodadvances.2020003885",
      "abstract (PMC8525234): formulas, units, time points", Evidence.VERIFIED);

  /**
   * Korell F et al., Front Immunol 2022 (reference B1, B2 [V]): EASIX before lymphodepletion
   * (EASIX-pre) in axi-cel, ZUMA-1 training cohort n=93, validation n=121; odds ratio per doubling
   * 1.72 (1.26-2.46) for grade 3 or higher CRS and/or ICANS; cut-off above 4.67 with odds ratio 4.3
   * in validation.
   */
  public static final Citation KORELL22 = Citation.of("KORELL22",
      "Korell F et al. Front Immunol 2022;13:877477 [EASIX before lymphodepletion in axicabtagene "
          + "ciloleucel, ZUMA-1 training and validation cohorts]",
      "EASIX-pre cut-off > 4.67, OR 4.3 (validation); OR per doubling 1.72", Evidence.VERIFIED);

  /**
   * Paediatric and young-adult validation of EASIX and m-EASIX (reference B2 [V]): 76 B-ALL, days
   * -5, 0, +3; both predict severe CRS; ICANS best predicted at day +3; m-EASIX outperformed EASIX
   * except for any-grade ICANS.
   */
  public static final Citation PEDS_EASIX25 = Citation.of("PEDSEASIX25",
      "Blood Adv 2025;9(2):270 [validation of EASIX and m-EASIX in children and young adults with B-ALL]",
      "76 B-ALL, days -5, 0, +3", Evidence.VERIFIED);

  // ------------------------------------------------------------------ early warnings (reference B2)

  /**
   * Gust J et al., Cancer Discov 2017, as reported by seed 002 (reference B2 [S: 002]): temperature
   * 38.9 C or more and IL-6 above 16 pg/mL within 36 h of infusion had 100% sensitivity for later
   * grade 4 neurotoxicity; all patients who developed severe neurotoxicity had a temperature of
   * 38 C or more; IL-6 501 pg/mL or more within the first 6 days was followed by grade 4
   * neurotoxicity in all, versus 18% when the same level occurred after day 6.
   */
  public static final Citation GUST17 = Citation.of("GUST17",
      "Gust J, Hay KA, Hanafi L-A, et al. Endothelial activation and blood-brain barrier disruption in "
          + "neurotoxicity after adoptive immunotherapy with CD19 CAR-T cells. Cancer Discov 2017;7(12):1404-1419; "
          + "as reported by " + SEED002,
      "Cevering 2026, Risk factors and Tocilizumab and IL-6 sections", Evidence.SECONDARY);

  /**
   * Huang JJ et al., Transplant Cell Ther 2024 abstract, as reported by seed 002 (reference B2 [S:
   * 002]): ferritin on day 3 after infusion of 2,000 ng/mL was associated with a 51% and 4,000
   * ng/mL with a 98% probability of severe ICANS; baseline ferritin was not predictive.
   */
  public static final Citation HUANG24 = Citation.of("HUANG24",
      "Huang JJ, Liang EC, Albittar A, et al. Early prediction of severe ICANS after CD19 CAR T-cell therapy "
          + "based on serum ferritin levels. Transplant Cell Ther 2024;30(2):S193-S194 (abstract); as reported by "
          + SEED002,
      "Cevering 2026, Ferritin section", Evidence.SECONDARY);

  /**
   * Seed 002 on CRS (reference B2 [S: 002], citing Rubin 2019 Brain, Rubin 2020 JAMA Neurol,
   * Karschnia 2023): severe CRS is highly associated with severe neurotoxicity, particularly when
   * CRS begins within 3 days of infusion; CRS is itself a risk factor; early-onset fever was
   * associated with higher-grade neurotoxicity.
   */
  public static final Citation SEED002_CRS = Citation.of("SEED002", SEED002,
      "Risk factors section: CRS, onset within 3 days, early fever (citing Rubin DB et al. Brain 2019; "
          + "Rubin DB et al. JAMA Neurol 2020;77:1536; Karschnia P et al. Neuro Oncol 2023)",
      Evidence.SECONDARY);

  /**
   * Seeds 002 and 004 (reference B4 [S: 002, 004]): tocilizumab blocks the IL-6 receptor and
   * raises serum IL-6, so IL-6 measured after tocilizumab is not comparable to thresholds derived
   * before it.
   */
  public static final Citation IL6_AFTER_TOCILIZUMAB = Citation.of("SEED002/004",
      SEED002 + "; an educational essay on CRS and ICANS without primary references",
      "Tocilizumab and IL-6 section (reference B4)", Evidence.SECONDARY);

  // ------------------------------------------------------------------ units (reference B4)

  /**
   * The Unified Code for Units of Measure, as shipped with {@code org.fhir:ucum} 1.0.10
   * ({@code ucum-essence.xml}): unit syntax and conversion between commensurable units; the
   * definitions of Cel (K - 273.15) and [degF] (5/9 K, 32 at the ice point).
   */
  public static final Citation UCUM = Citation.of("UCUM",
      "The Unified Code for Units of Measure (UCUM), ucum-essence.xml as shipped with org.fhir:ucum 1.0.10",
      "unit definitions", Evidence.VERIFIED);

  /**
   * The project's notes on unit and timing pitfalls (reference B4, not individually tagged):
   * CRP mg/L = 10 x mg/dL; platelets 10^9/L = 10^3/uL; ferritin ng/mL = ug/L (pmol/L only
   * approximately x 2.247); creatinine umol/L = mg/dL x 88.4; LDH U/L = IU/L; IL-6 pg/mL = ng/L;
   * 38.0 C = 100.4 F; day 0 = infusion day.
   */
  public static final Citation UNITS_B4 = Citation.of("REF-B4",
      "icans project unit rules (docs/choices.md, R-1: unit and timing pitfalls)",
      "B4", Evidence.SECONDARY);

  // ------------------------------------------------------------------ risk factors (reference 0, B2)

  /** Seed 000 (reference 0 and B2 [S: 000]): CRS strongest; burden, inflammation, neurological comorbidity, dose, CD19 > BCMA. */
  public static final Citation SEED000 = Citation.of("SEED000",
      "Seed 000: AI-generated clinical Q&A (Dr.Oracle), updated 11 Feb 2026, citing NCCN summaries",
      "Onset and duration; Risk factors", Evidence.SECONDARY);

  /** Seed 001 (reference 0 and B2 [S: 001]): onset 4-10 days; severe CRS, high burden, CD28 constructs; first 2 weeks. */
  public static final Citation SEED001 = Citation.of("SEED001",
      "Seed 001: oncology-pharmacy summary (pharmacy pearls)",
      "Onset and risk factors; pearls", Evidence.SECONDARY);

  /** Seed 002 (reference 0 and B2 [S: 002]): onset, duration, older age (conflicting), poor performance status. */
  public static final Citation SEED002_GENERAL = Citation.of("SEED002", SEED002,
      "Clinical presentation; Risk factors", Evidence.SECONDARY);

  /** Seed 003 (reference 0 and B2 [S: 003]): onset within one week; younger age, comorbidity, burden, dose, fludarabine. */
  public static final Citation SEED003 = Citation.of("SEED003",
      "Seed 003: ACCC/HOPA/NCODA/ONS patient-education sheet on ICANS",
      "What should I know; What puts me at risk", Evidence.SECONDARY);

  /** Seed 004 (reference 0 [S: 004]): median onset about day 5-7; vigilance in the first one to two weeks. */
  public static final Citation SEED004 = Citation.of("SEED004",
      "Seed 004: mechanistic and educational essay (no primary references)",
      "monitoring paragraph", Evidence.SECONDARY);

  /** Santomasso BD et al., Cancer Discov 2018 (reference B2 [V]): 53 adult B-ALL; high pre-treatment disease burden. */
  public static final Citation SANTOMASSO18 = Citation.of("SANTOMASSO18",
      "Santomasso BD et al. Cancer Discov 2018 [neurotoxicity in 53 adults with B-ALL]",
      "53 adult B-ALL", Evidence.VERIFIED);

  /** Pre-treatment serum NfL and ICANS severity, 96 patients (reference B2 [V]). */
  public static final Citation NFL_ADULT22 = Citation.of("NFL22",
      "Blood Adv 2022;6(10):3022 [pre-treatment serum NfL and ICANS severity, 96 patients]",
      "96 patients", Evidence.VERIFIED);

  /** In children, baseline CSF GFAP/NfL and serum NfL did not predict ICANS (reference B2 [V]). */
  public static final Citation NFL_CHILD23 = Citation.of("NFL23",
      "Blood Adv 2023;7(6):1001 [baseline CSF GFAP/NfL and serum NfL and ICANS in children]",
      "paediatric cohort", Evidence.VERIFIED);

  /** Prospective EEG study, 68 NHL patients: pre-infusion EEG abnormality HR 5.8 for ICANS (reference B2 [V]). */
  public static final Citation EEG25 = Citation.of("EEG25",
      "J Neurol 2025, doi:10.1007/s00415-025-13102-3 [prospective EEG study, 68 patients with NHL]",
      "68 NHL patients", Evidence.VERIFIED);

  // ------------------------------------------------------------------ product incidence (reference B3, A1)

  /** Yescarta label via a 2017 ASH Clinical News label advertisement (reference B3, A2.10 [V]). */
  public static final Citation YESCARTA_LABEL = Citation.of("YESCARTA-LABEL",
      "Yescarta (axicabtagene ciloleucel) US prescribing information, REMS era, as printed in a 2017 "
          + "ASH Clinical News label advertisement",
      "ZUMA-1 neurotoxicity; monitoring", Evidence.VERIFIED);

  /** US Lymphoma CAR T Consortium, standard-of-care axi-cel, n=275 (reference B3 [V: AJH 2021 table 6]). */
  public static final Citation AXI_REAL_WORLD = Citation.of("AJH21",
      "Standard-of-care axicabtagene ciloleucel, US Lymphoma CAR T Consortium (n=275), as tabulated in "
          + "Am J Hematol 2021, table 6",
      "table 6", Evidence.VERIFIED);

  /** JULIET neurotoxicity regraded by three systems (reference A1, B3 [V: Blood Adv 2020;4(7):1440]). */
  public static final Citation JULIET_REGRADE = Citation.of("JULIET-REGRADE",
      "Blood Adv 2020;4(7):1440 [JULIET (tisagenlecleucel, LBCL) neurotoxicity regraded by CTCAE v4.03, "
          + "modified CRES and ASTCT]",
      "abstract", Evidence.VERIFIED);

  /** ELIANA (tisagenlecleucel, B-ALL, n=75), as recorded in reference B3 [V]. */
  public static final Citation ELIANA = Citation.of("ELIANA",
      "ELIANA trial of tisagenlecleucel in paediatric and young-adult B-ALL (n=75)",
      "ELIANA row", Evidence.VERIFIED);

  /** CIBMTR real-world tisagenlecleucel in B-ALL, n=471, as recorded in reference B3 [V]. */
  public static final Citation CIBMTR_TISA = Citation.of("CIBMTR-TISA",
      "CIBMTR real-world tisagenlecleucel in B-ALL (n=471)",
      "CIBMTR row", Evidence.VERIFIED);

  /** TRANSCEND CLL 004 (lisocabtagene maraleucel, n=117), as recorded in reference B3 [V]. */
  public static final Citation TRANSCEND_CLL = Citation.of("TRANSCEND-CLL-004",
      "TRANSCEND CLL 004 trial of lisocabtagene maraleucel (n=117)",
      "TRANSCEND CLL 004 row", Evidence.VERIFIED);

  /** Real-world brexucabtagene autoleucel in MCL, n=476, as recorded in reference B3 [V]. */
  public static final Citation BREXU_MCL_REAL_WORLD = Citation.of("BREXU-MCL-RW",
      "Real-world brexucabtagene autoleucel in mantle cell lymphoma (n=476)",
      "ZUMA-2 row (real-world figures)", Evidence.VERIFIED);

  /** KarMMa (idecabtagene vicleucel): grade 3 or higher neurotoxicity 4% per the FDA review (reference B3 [V]). */
  public static final Citation KARMMA_FDA = Citation.of("KARMMA-FDA",
      "FDA review of idecabtagene vicleucel (KarMMa)",
      "KarMMa row", Evidence.VERIFIED);

  /** CARTITUDE-1 (ciltacabtagene autoleucel, n=97): movement and neurocognitive toxicity about 5% (reference B3 [V]). */
  public static final Citation CARTITUDE1_MNT = Citation.of("CARTITUDE-1",
      "CARTITUDE-1 trial of ciltacabtagene autoleucel (n=97)",
      "CARTITUDE-1 row (MNT/parkinsonism)", Evidence.VERIFIED);

  /** Carvykti label and medical information (reference A2.10, B3 [V: jnjmedicalconnect 05/2024, 08/2024; carvyktihcp.com]). */
  public static final Citation CARVYKTI_LABEL = Citation.of("CARVYKTI-LABEL",
      "Carvykti (ciltacabtagene autoleucel) US prescribing information and boxed warning; Janssen medical "
          + "information (jnjmedicalconnect 05/2024 and 08/2024; carvyktihcp.com)",
      "boxed warning; REMS-era monitoring", Evidence.VERIFIED);

  /** FELIX (obecabtagene autoleucel, adult B-ALL) via ASCO Post and AABB summaries (reference B3 [V]). */
  public static final Citation FELIX = Citation.of("FELIX",
      "FELIX trial of obecabtagene autoleucel in adult B-ALL, as summarised by The ASCO Post and AABB",
      "FELIX row", Evidence.VERIFIED);

  /** Aucatzyl approved November 2024 without a REMS (reference A2.10 [V: bioworld 12 Nov 2024]). */
  public static final Citation AUCATZYL_NO_REMS = Citation.of("AUCATZYL-APPROVAL",
      "BioWorld, 12 Nov 2024: FDA approval of Aucatzyl (obecabtagene autoleucel) without a REMS",
      "approval news", Evidence.VERIFIED);

  // ------------------------------------------------------------------ windows (reference A2.10, A2.9)

  /**
   * REMS-era labels (reference A2.10 [V: wewillcure.com; Banerjee ASH 2024 summary]): stay near the
   * centre with a caregiver for about 4 weeks; no driving for up to 8 weeks (package inserts
   * universally said 8 weeks).
   */
  public static final Citation REMS_ERA = Citation.of("REMS-ERA",
      "CAR T-cell REMS-era patient requirements (wewillcure.com; Banerjee, ASH 2024 summary: package inserts "
          + "universally said 8 weeks)",
      "proximity and driving", Evidence.VERIFIED);

  /**
   * REMS removal (reference A2.10 [V: advancedpractitioner.com; wewillcure.com 7 Jul 2025;
   * insidehealthpolicy 30 Jun 2025; Kymriah openFDA label "REMS (5.3) Removed 6/2025"]): announced 27
   * June 2025 for the approved BCMA- and CD19-directed autologous CAR T products.
   */
  public static final Citation REMS_REMOVAL = Citation.of("REMS-REMOVAL",
      "FDA removal of the CAR T-cell REMS, announced 27 June 2025 (advancedpractitioner.com; wewillcure.com "
          + "7 Jul 2025; insidehealthpolicy 30 Jun 2025; Kymriah label 'REMS (5.3) Removed 6/2025')",
      "announcement", Evidence.VERIFIED);

  /**
   * Manufacturer patient guidance after the REMS removal (reference A2.10 [V: explorecelltherapy.com
   * (BMS)]): no driving or hazardous activities for at least 2 weeks; a care partner for the 2 weeks
   * after infusion.
   */
  public static final Citation BMS_GUIDANCE_2025 = Citation.of("BMS-2025",
      "Bristol Myers Squibb patient guidance after the REMS removal (explorecelltherapy.com)",
      "driving and care partner", Evidence.VERIFIED);

  /**
   * Real-world late toxicity, 475 axi-cel, tisa-cel and liso-cel patients (reference A2.10 [V: Blood
   * Adv 2024;8(20):5346]): new-onset CRS after week 2 0%; new-onset ICANS after week 2 0.7% (one case
   * in week 3).
   */
  public static final Citation LATE_ONSET24 = Citation.of("LATE24",
      "Blood Adv 2024;8(20):5346 [onset of CRS and ICANS after week 2 in 475 real-world patients treated "
          + "with axi-cel, tisa-cel or liso-cel]",
      "abstract", Evidence.VERIFIED);

  /**
   * Crombie JL et al., Blood 2024 consensus on CD3xCD20 bispecific antibodies (reference A2.9 [V]):
   * no driving or heavy machinery while symptomatic.
   */
  public static final Citation CROMBIE24 = Citation.of("CROMBIE24",
      "Crombie JL et al. Blood 2024;143(16):1565 [consensus on CD3xCD20 bispecific antibody toxicities]",
      "neurological adverse events", Evidence.VERIFIED);

  /** Statements of what the reference could not verify, shown so that their absence is visible; never a default. */
  public static final Citation NOT_VERIFIED = Citation.of("REF-D",
      "icans project: what could not be verified (docs/choices.md, Not verified)",
      "part D", Evidence.UNVERIFIED);

  // ------------------------------------------------------------------ project choices

  /**
   * This module's own choices where the sources leave room, listed in the module README
   * ("Project choices"); each use names its number.
   */
  public static final Citation PROJECT_CHOICES = Citation.of("RISK-CHOICES",
      "icans project: choices where the risk sources leave room (docs/choices.md, risk)",
      "choices list", Evidence.PROJECT_CHOICE);
}
