package org.icans.grading;

import org.icans.model.evidence.Citation;
import org.icans.model.evidence.ConsensusSources;
import org.icans.model.evidence.Evidence;

/**
 * The sources of the grading rules, as keyed in the project's {@code reference/grading.md}. Every
 * rule of {@code org.icans.grading} cites one of these.
 */
public final class GradingSources {
  private GradingSources() {}

  /**
   * The ASTCT consensus: Lee DW et al., Biol Blood Marrow Transplant 2019;25(4):625-638 (the same
   * value as {@link ConsensusSources#LEE19}, where its reprints are listed).
   */
  public static final Citation LEE19 = ConsensusSources.LEE19;

  /** The ICE table of LEE19 (seed 002 Table 1). */
  public static final Citation LEE19_ICE = LEE19.at("ICE table and score bands (reprinted in Cevering 2026, Table 1)");
  /** The adult ICANS domain table of LEE19 (seed 002 Table 2; J Blood Med 2021 Table 4). */
  public static final Citation LEE19_ICANS_TABLE = LEE19.at("ICANS domain table (reprinted in Cevering 2026, Table 2)");
  /** LEE19 ICANS footnote: ICE 0 is grade 3 awake with global aphasia, grade 4 unarousable. */
  public static final Citation LEE19_ICE_ZERO = LEE19.at("ICANS table footnote on ICE 0");
  /** LEE19 ICANS general footnote: the most severe event not attributable to any other cause. */
  public static final Citation LEE19_WORST_DOMAIN = LEE19.at("ICANS table general footnote");
  /** LEE19 ICANS footnote: tremor and myoclonus do not influence the ICANS grade. */
  public static final Citation LEE19_TREMOR = ConsensusSources.LEE19_TREMOR;
  /** The CRS table of LEE19 and its footnotes (PMC8021214 Table 1; OncoTargets Ther 2022 Table 2). */
  public static final Citation LEE19_CRS_TABLE = LEE19.at("CRS grading table and footnotes");
  /** LEE19 CRS footnote: fever no longer required after antipyretic or anti-cytokine therapy. */
  public static final Citation LEE19_FEVER_MASKING = LEE19.at("CRS table fever footnote (masking by therapy)");
  /** LEE19 CRS footnote: low flow is 6 L/min or less, high flow more than 6 L/min. */
  public static final Citation LEE19_FLOW = LEE19.at("CRS table oxygen footnote (low flow <= 6 L/min)");

  /**
   * The pediatric (CAPD) ICANS grades of LEE19, known from a secondary report: MDedge news report of
   * LEE19 ("Group proposes new grading systems for CRS, neurotoxicity"), and the NCI Thesaurus
   * concept C188936.
   */
  public static final Citation LEE19_PEDIATRIC = Citation.of("MDEDGE",
      "MDedge report of Lee DW et al. 2019 (pediatric ICANS grading with the CAPD); NCI Thesaurus C188936",
      "pediatric ICANS grades", Evidence.SECONDARY);

  /** Grade 5, death from ICANS or CRS with no other principal cause (MDedge; EBMT registry guidance citing LEE19). */
  public static final Citation LEE19_GRADE_5 = Citation.of("MDEDGE/EBMT",
      "MDedge report of Lee DW et al. 2019; EBMT registry guidance on reporting CAR T cell patients, part 4",
      "grade 5 definition", Evidence.SECONDARY);

  /** The project's binding choices where the consensus leaves room: reference/grading.md, top section. */
  public static final Citation PROJECT_CHOICES = ConsensusSources.GRADING_CHOICES;

  /** Choice 1: CAPD with developmental delay at any age, otherwise ICE from age 12.0 (seed 002 wording). */
  public static final Citation CHOICE_TOOL = ConsensusSources.CHOICE_TOOL;
  /** Choice 3: CAPD 0 is no encephalopathy finding (grade 0), mirroring ICE 10. */
  public static final Citation CHOICE_CAPD_ZERO = PROJECT_CHOICES.at("G-3 (CAPD 0 is grade 0)");
  /** Choice 7: a domain not assessed makes the grade a lower bound; nothing gradeable gives no grade. */
  public static final Citation CHOICE_COMPLETENESS = PROJECT_CHOICES.at("G-7 (not assessed is not normal)");
  /** Choice 9: a given flow decides low vs high flow for any nasal cannula. */
  public static final Citation CHOICE_FLOW = PROJECT_CHOICES.at("G-9 (flow decides for any nasal cannula)");
  /** Choice 9: with fever masked, no fever and no hypotension or hypoxia, the CRS grade is 0. */
  public static final Citation CHOICE_MASKED_ZERO = PROJECT_CHOICES.at("G-9 (masked, no support: grade 0)");
  /**
   * Choice 11 (contract v1.1): a CRS sign recorded without its support (hypotension, support not
   * recorded; oxygen, device not recorded) counts at grade 2 and makes the CRS grade a lower bound.
   */
  public static final Citation CHOICE_UNKNOWN_SUPPORT =
      PROJECT_CHOICES.at("G-11 (sign recorded without its support: grade 2, a lower bound)");
}
