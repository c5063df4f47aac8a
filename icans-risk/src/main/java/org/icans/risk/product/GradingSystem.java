package org.icans.risk.product;

/**
 * The grading system behind an incidence figure. Figures graded with different systems are not
 * comparable: in JULIET the same patients had any-grade neurotoxicity of 45% by CTCAE v4.03 and 17%
 * by modified CRES and by ASTCT (reference A1 [V: Blood Adv 2020;4(7):1440]).
 */
public enum GradingSystem {
  /** ASTCT 2019 consensus ICANS grading (Lee DW et al. 2019). */
  ASTCT_2019("ASTCT 2019"),
  /** CTCAE version 4.03 (neurological adverse events). */
  CTCAE_V4_03("CTCAE v4.03"),
  /** Modified CAR T-cell-related encephalopathy syndrome (CRES) grading. */
  MODIFIED_CRES("modified CRES"),
  /** The reference does not record which system graded the figure. */
  NOT_STATED("grading system not stated in the reference");

  private final String label;

  GradingSystem(String label) {
    this.label = label;
  }

  /** For people. */
  public String label() {
    return label;
  }
}
