package org.icans.management;

import org.icans.model.evidence.Citation;
import org.icans.model.evidence.Evidence;

/**
 * The sources of the management policies, keyed as in the project's
 * {@code reference/management-risk.md}. Every action of every built-in policy cites one of these
 * (with the table, row or section as locator), and only its own policy's source: sources are never
 * blended. Verified sources (V in the reference) carry {@link Evidence#VERIFIED}; the seeds (S)
 * carry {@link Evidence#SECONDARY}. Facts tagged U are not encoded.
 */
public final class ManagementSources {
  private ManagementSources() {}

  /**
   * ASCO 2021: Santomasso BD et al., the ASCO guideline on the management of immune-related adverse
   * events in patients treated with CAR T-cell therapy. J Clin Oncol 2021;39:3978-3992 (PubMed
   * 34724386; informal consensus, 35 publications 2017-2021). Read from the ASCO/Guideline Central
   * pocket guide, pages 5, 6, 7 and 9; the grade 4 page could not be read (reference A2.4).
   */
  public static final Citation ASCO21 = Citation.of("ASCO21",
      "Santomasso BD et al. ASCO guideline: management of immune-related adverse events in patients treated with "
          + "CAR T-cell therapy. J Clin Oncol 2021;39:3978-3992. PubMed 34724386. Read from the ASCO/Guideline "
          + "Central pocket guide pp. 5-7, 9 (eguideline.guidelinecentral.com/i/1475467)",
      "ICANS table", Evidence.VERIFIED);

  /**
   * CARTOX 2018: Neelapu SS et al., Nat Rev Clin Oncol 2018;15:47-62 (CRES/CARTOX-10 grading, before
   * ASTCT). Only the grade 1 row, the non-convulsive status epilepticus algorithm, the concurrent-CRS
   * agents and the seizure prophylaxis stance were verified, through a reproduction of its table
   * (Cancer Biol Med consensus, table 4) and an ASH-SAP policy comparison table (reference A2.1).
   */
  public static final Citation CARTOX18 = Citation.of("CARTOX18",
      "Neelapu SS et al. (CARTOX). Nat Rev Clin Oncol 2018;15:47-62. Read from a reproduction of its CRES "
          + "management table (Cancer Biol Med consensus, table 4) and the ASH-SAP antiseizure policy "
          + "comparison table (view-large 12885651)",
      "CRES management table", Evidence.VERIFIED);

  /**
   * The CD3xCD20 bispecific antibody consensus (epcoritamab, glofitamab, mosunetuzumab): Crombie JL
   * et al., Blood 2024;143(16):1565, read in part: grades 1 and 2 of its ICANS table (reference
   * A2.9).
   */
  public static final Citation CROMBIE24 = Citation.of("CROMBIE24",
      "Crombie JL et al. Consensus on the management of toxicities of CD3xCD20 bispecific antibodies "
          + "(epcoritamab, glofitamab, mosunetuzumab). Blood 2024;143(16):1565. Read in part (view-large 12190157)",
      "ICANS table", Evidence.VERIFIED);

  /**
   * The teclistamab label's ICANS dose modifications, grades 1-3 at first occurrence, as reproduced
   * in JADPRO 2023 table 5 (reference A2.9).
   */
  public static final Citation TECLISTAMAB = Citation.of("TECLISTAMAB-LABEL",
      "Teclistamab prescribing information, ICANS dose modifications, as reproduced in JADPRO 2023 table 5",
      "ICANS table (grades 1-3, first occurrence)", Evidence.VERIFIED);

  /**
   * Seed 000: Dr.Oracle Medical Advisory Board and Editors, an AI-generated clinical question and
   * answer on ICANS, last updated 11 February 2026, citing NCCN and Praxis Medical Insights
   * summaries ({@code reference/seeds/000_cb2e98a7c2f83edb.txt}). A secondary summary with known slips.
   */
  public static final Citation DRORACLE26 = Citation.of("SEED000-DRORACLE",
      "Dr.Oracle Medical Advisory Board & Editors. Explain ICANS: onset, clinical features, grading, and "
          + "management. AI-generated clinical Q&A, last updated 11 Feb 2026, citing NCCN and Praxis Medical "
          + "Insights summaries",
      "Management", Evidence.SECONDARY);

  /**
   * Seed 001: an undated oncology-pharmacy summary of ICANS ("Oncology Pharmacy Pearls",
   * {@code reference/seeds/001_13c2ee259b3184ef.txt}). A secondary summary.
   */
  public static final Citation PHARMACY_PEARLS = Citation.of("SEED001-PHARMACY",
      "Oncology pharmacy summary of ICANS ('Oncology Pharmacy Pearls'), undated",
      "Management", Evidence.SECONDARY);

  /**
   * Seed 002: Cevering CK, Abdel-Azim H, Khazal SJ, Casassa C. Immune effector cell-associated
   * neurotoxicity syndrome: a practical overview for the general neurologist. Neurol Clin Pract
   * 2026;16:e200575 ({@code reference/seeds/002_800ee99af61dd85d.txt}). A peer-reviewed narrative
   * review, the strongest seed; its "dexamethasone 1 mg/kg every 6 hours" is kept as written and
   * flagged for review.
   */
  public static final Citation CEVERING26 = Citation.of("SEED002-CEVERING",
      "Cevering CK, Abdel-Azim H, Khazal SJ, Casassa C. Immune effector cell-associated neurotoxicity "
          + "syndrome: a practical overview for the general neurologist. Neurol Clin Pract 2026;16:e200575. "
          + "doi:10.1212/CPJ.0000000000200575",
      "Treatment", Evidence.SECONDARY);

  /** Choices this module makes where the sources leave room; each is documented where it is used. */
  public static final Citation PROJECT_CHOICES = Citation.of("MGMT-CHOICES",
      "icans project: choices where the management sources leave room (docs/choices.md, management)",
      "choices", Evidence.PROJECT_CHOICE);

  /** Choice: adults are 18 years or older for the scope of a policy (the sources name no age). */
  public static final Citation CHOICE_ADULT_AGE = PROJECT_CHOICES.at("M-ADULT-AGE (adult from 18 years for policy scope)");

  /**
   * Choice: a policy whose verified text gives corticosteroids only as fixed adult amounts, and no
   * paediatric dose, covers adults only.
   */
  public static final Citation CHOICE_ADULT_SCOPE =
      PROJECT_CHOICES.at("M-ADULT-SCOPE (fixed adult doses without paediatric doses: adults only)");

  /**
   * Choice: where a source attaches advice to persistent, refractory or non-improving ICANS without
   * a time threshold, the advice enters the plan once the situation reports any hours without
   * improvement on the current treatment; where the source gives a threshold (seed 000: 24 h) it is used.
   */
  public static final Citation CHOICE_NOT_IMPROVING =
      PROJECT_CHOICES.at("M-NOT-IMPROVING (persistent without a threshold: any hours without improvement)");

  /** Choice: the default policy for a situation (a product label, then a consensus, then ASCO 2021). */
  public static final Citation CHOICE_DEFAULT = PROJECT_CHOICES.at("M-DEFAULT (default policy order)");

  /**
   * Paediatric anakinra in multi-institution practice: Blood Adv 2022;6(11):3398 (letter), table 1:
   * Children's National and Seattle Children's give 2 mg/kg IV up to every 6 h, at most 100 mg per
   * dose and 400 mg a day; CHOP up to 10 mg/kg/day, at most 400 mg a day (reference A2.7 and the
   * dosing table of A3, V). Used here only for its ceilings ({@link
   * org.icans.management.dosing.DoseCeilings}).
   */
  public static final Citation PEDIATRIC_ANAKINRA22 = Citation.of("BLOODADV22-PEDS-ANAKINRA",
      "Paediatric anakinra for CAR T-cell toxicities, multi-institution practice. Blood Adv 2022;6(11):3398 "
          + "(letter), table 1",
      "table 1: max 100 mg/dose, 400 mg/day", Evidence.VERIFIED);

  /**
   * The project's safety rules for plans: what the safety layer adds to what a source says, each
   * with a stable id listed in {@code docs/clinical-commands.md} ("Safety rules"). Shown as [P].
   */
  public static final Citation SAFETY_RULES = Citation.of("MGMT-SAFETY",
      "icans project, icans-management safety layer: project safety rules (docs/clinical-commands.md, "
          + "\"Safety rules\")",
      "safety rules", Evidence.PROJECT_CHOICE);

  /** SAFE-CEILING: a verified product-wide ceiling applies to every policy's dose, stated or not by its source. */
  public static final Citation SAFE_CEILING = SAFETY_RULES.at("SAFE-CEILING");

  /** SAFE-CHILD: a regimen its source gives for adults only is never computed or scaled for a child. */
  public static final Citation SAFE_CHILD = SAFETY_RULES.at("SAFE-CHILD");

  /** SAFE-LP: precautions before a lumbar puncture (imaging first; coagulation and platelets). */
  public static final Citation SAFE_LP = SAFETY_RULES.at("SAFE-LP");

  /** SAFE-ONE-REGIMEN: a treatment regimen of a drug replaces a prophylaxis regimen of the same drug. */
  public static final Citation SAFE_ONE_REGIMEN = SAFETY_RULES.at("SAFE-ONE-REGIMEN");

  /** SAFE-GAP: a plan says at the top what its grade calls for and its source does not state. */
  public static final Citation SAFE_GAP = SAFETY_RULES.at("SAFE-GAP");

  /** SAFE-WEIGHT: a body weight for dosing is 0.5-300 kg. */
  public static final Citation SAFE_WEIGHT = SAFETY_RULES.at("SAFE-WEIGHT");

  /**
   * Choice: "refractory" (to corticosteroids), where a source does not define it, is read as
   * corticosteroids already given ({@link Situation#daysOfCorticosteroid()} 1 or more) and hours
   * without improvement reported.
   */
  public static final Citation CHOICE_REFRACTORY =
      PROJECT_CHOICES.at("M-REFRACTORY (refractory: on corticosteroids and not improving)");

  /** Choice: "life-threatening" ICANS, where a source does not define it, is read as ASTCT grade 4. */
  public static final Citation CHOICE_LIFE_THREATENING =
      PROJECT_CHOICES.at("M-LIFE-THREATENING (life-threatening: ICANS grade 4)");

  /** Choice: "severe cases" in seed 001 are read as ICANS grades 3-4 (its own grading table calls grade 3 severe). */
  public static final Citation CHOICE_SEVERE = PROJECT_CHOICES.at("M-SEVERE (severe cases: ICANS grade 3-4)");
}
