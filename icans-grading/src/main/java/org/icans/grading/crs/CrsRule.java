package org.icans.grading.crs;

import org.icans.grading.GradingSources;
import org.icans.model.evidence.Citation;

/**
 * The rules of the ASTCT 2019 CRS grade (Lee DW et al. 2019, CRS table and footnotes) and the
 * project's choices, each with the grade it gives and its source.
 */
public enum CrsRule {
  /** No fever (below 38.0 C, or attributed to another cause) and fever not masked by therapy: not CRS. */
  NO_FEVER("no fever (temperature below 38.0 C or attributed to another cause) and fever not masked "
      + "by therapy: not CRS", 0, GradingSources.LEE19_CRS_TABLE),
  /** Temperature not measured and fever not masked: CRS cannot be established; grade 0 is a lower bound. */
  FEVER_NOT_ASSESSED("temperature not measured and fever not masked: CRS not established", 0,
      GradingSources.CHOICE_COMPLETENESS),
  /** Fever masked by therapy, with neither hypotension nor hypoxia: grade 0 (project choice 9). */
  MASKED_WITHOUT_SUPPORT("fever masked by therapy, no fever, no hypotension, no hypoxia", 0,
      GradingSources.CHOICE_MASKED_ZERO),
  /** Fever of 38.0 C or more without hypotension or hypoxia: grade 1. */
  FEVER("fever >= 38.0 C without hypotension or hypoxia", 1, GradingSources.LEE19_CRS_TABLE),
  /** Hypotension not requiring vasopressors: grade 2. */
  HYPOTENSION_WITHOUT_VASOPRESSORS("hypotension not requiring vasopressors", 2, GradingSources.LEE19_CRS_TABLE),
  /** Hypotension requiring one vasopressor, with or without vasopressin: grade 3. */
  HYPOTENSION_ONE_VASOPRESSOR("hypotension requiring a vasopressor with or without vasopressin", 3,
      GradingSources.LEE19_CRS_TABLE),
  /** Hypotension requiring multiple vasopressors (excluding vasopressin): grade 4. */
  HYPOTENSION_MULTIPLE_VASOPRESSORS("hypotension requiring multiple vasopressors (excluding vasopressin)", 4,
      GradingSources.LEE19_CRS_TABLE),
  /**
   * Hypotension recorded without the support it needed: counted at the lowest grade it can be, 2,
   * and the grade is a lower bound (project choice G-11, contract v1.1).
   */
  HYPOTENSION_SUPPORT_UNKNOWN("hypotension recorded, its support not recorded: counted at the lowest "
      + "grade it can be (a lower bound)", 2, GradingSources.CHOICE_UNKNOWN_SUPPORT),
  /** Hypoxia requiring low-flow nasal cannula (6 L/min or less) or blow-by: grade 2. */
  HYPOXIA_LOW_FLOW("hypoxia requiring low-flow nasal cannula (<= 6 L/min) or blow-by", 2,
      GradingSources.LEE19_FLOW),
  /** Hypoxia requiring high-flow nasal cannula (over 6 L/min), facemask, nonrebreather or Venturi mask: grade 3. */
  HYPOXIA_HIGH_FLOW("hypoxia requiring high-flow nasal cannula (> 6 L/min), facemask, nonrebreather or "
      + "Venturi mask", 3, GradingSources.LEE19_FLOW),
  /** Hypoxia requiring positive pressure (CPAP, BiPAP, intubation and mechanical ventilation): grade 4. */
  HYPOXIA_POSITIVE_PRESSURE("hypoxia requiring positive pressure (CPAP, BiPAP, mechanical ventilation)", 4,
      GradingSources.LEE19_CRS_TABLE),
  /**
   * Oxygen given for hypoxia with neither device nor flow recorded: counted at the lowest grade it
   * can be, 2, and the grade is a lower bound (project choice G-11, contract v1.1).
   */
  HYPOXIA_DEVICE_UNKNOWN("oxygen given for hypoxia, device and flow not recorded: counted at the lowest "
      + "grade it can be (a lower bound)", 2, GradingSources.CHOICE_UNKNOWN_SUPPORT),
  /** Death from CRS with no other principal cause: grade 5. */
  DEATH("death from CRS, no other principal cause", 5, GradingSources.LEE19_GRADE_5);

  private final String criterion;
  private final int grade;
  private final Citation source;

  CrsRule(String criterion, int grade, Citation source) {
    this.criterion = criterion;
    this.grade = grade;
    this.source = source;
  }

  /** The criterion in the consensus' words. */
  public String criterion() {
    return criterion;
  }

  /** The grade the criterion gives, 0-5. */
  public int grade() {
    return grade;
  }

  /** Where the rule comes from. */
  public Citation source() {
    return source;
  }
}
