package org.icans.model.crs;

import org.icans.model.Coded;

/**
 * The hypotension element of the ASTCT 2019 CRS grade: the support the blood pressure needs (Lee DW
 * et al. 2019, CRS table; reprints in reference/grading.md section 4). The consensus sets no
 * numeric blood-pressure threshold: whether the patient is hypotensive is the clinician's call.
 */
public enum Hypotension implements Coded {
  /** No hypotension. */
  NONE("none"),
  /** Hypotension not requiring vasopressors (for example responding to fluids): grade 2. */
  FLUIDS("fluids"),
  /** Hypotension requiring one vasopressor, with or without vasopressin: grade 3. */
  ONE_VASOPRESSOR("one_vasopressor"),
  /** Hypotension requiring multiple vasopressors, vasopressin not counted: grade 4. */
  MULTIPLE_VASOPRESSORS("multiple_vasopressors"),
  /**
   * Hypotension was recorded but not the support it needed (common in retrospective data): it
   * counts at the lowest grade it can be, 2, and the CRS grade is then a lower bound (assessment
   * file contract v1.1; project choice G-11).
   */
  UNKNOWN_SUPPORT("unknown_support");

  private final String code;

  Hypotension(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code none}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The hypotension support with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code hypotension})
   *     naming the code and every allowed code
   */
  public static Hypotension fromCode(String code) {
    return Coded.fromCode(Hypotension.class, "hypotension", code);
  }
}
