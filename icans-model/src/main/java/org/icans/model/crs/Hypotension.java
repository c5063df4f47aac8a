package org.icans.model.crs;

/**
 * The hypotension element of the ASTCT 2019 CRS grade: the support the blood pressure needs (Lee DW
 * et al. 2019, CRS table; reprints in reference/grading.md section 4). The consensus sets no
 * numeric blood-pressure threshold: whether the patient is hypotensive is the clinician's call.
 */
public enum Hypotension {
  /** No hypotension. */
  NONE,
  /** Hypotension not requiring vasopressors (for example responding to fluids): grade 2. */
  FLUIDS,
  /** Hypotension requiring one vasopressor, with or without vasopressin: grade 3. */
  ONE_VASOPRESSOR,
  /** Hypotension requiring multiple vasopressors, vasopressin not counted: grade 4. */
  MULTIPLE_VASOPRESSORS,
  /**
   * Hypotension was recorded but not the support it needed (common in retrospective data): it
   * counts at the lowest grade it can be, 2, and the CRS grade is then a lower bound (assessment
   * file contract v1.1; project choice G-11).
   */
  UNKNOWN_SUPPORT
}
