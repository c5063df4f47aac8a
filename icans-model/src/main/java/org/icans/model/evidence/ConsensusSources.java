package org.icans.model.evidence;

/**
 * The sources that more than one module cites, kept here once so that grading and patient
 * guidance cite the very same values: the ASTCT 2019 consensus (LEE19) and the project's binding
 * grading choices where the consensus leaves room. Each module's own sources class
 * ({@code GradingSources}, {@code GuidanceSources}) refers to these.
 */
public final class ConsensusSources {
  private ConsensusSources() {}

  /**
   * The ASTCT consensus: Lee DW, Santomasso BD, Locke FL, et al. ASTCT consensus grading for
   * cytokine release syndrome and neurologic toxicity associated with immune effector cells. Biol
   * Blood Marrow Transplant 2019;25(4):625-638. Its tables are quoted from reprints: Cevering CK et
   * al., Neurol Clin Pract 2026 (seed 002) Tables 1-2; J Blood Med 2021;12:775 Table 4; Pract
   * Neurol Table 2; OncoTargets Ther 2022;15:799 Table 2; PMC8021214 Table 1.
   */
  public static final Citation LEE19 = Citation.of("LEE19",
      "Lee DW et al. ASTCT consensus grading for cytokine release syndrome and neurologic toxicity "
          + "associated with immune effector cells. Biol Blood Marrow Transplant 2019;25(4):625-638. "
          + "doi:10.1016/j.bbmt.2018.12.758",
      "ICANS grading table", Evidence.VERIFIED);

  /** LEE19 ICANS footnote: tremor and myoclonus do not influence the ICANS grade. */
  public static final Citation LEE19_TREMOR = LEE19.at("ICANS table motor footnote (tremor, myoclonus)");

  /** The project's binding choices where the consensus leaves room: reference/grading.md, top section. */
  public static final Citation GRADING_CHOICES = Citation.of("CHOICES",
      "icans project: choices this project makes where the consensus leaves room (docs/choices.md, grading)",
      "choices list", Evidence.PROJECT_CHOICE);

  /** Choice 1: CAPD with developmental delay at any age, otherwise ICE from age 12.0 (seed 002 wording). */
  public static final Citation CHOICE_TOOL = GRADING_CHOICES.at("G-1 (tool by age and delay)");
}
