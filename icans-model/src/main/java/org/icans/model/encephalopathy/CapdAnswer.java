package org.icans.model.encephalopathy;

import org.icans.model.InvalidValueException;

/**
 * The rater's answer to one item of the Cornell Assessment of Pediatric Delirium (CAPD), from
 * observation of the child over the shift.
 *
 * <p>The {@link #code() code} 0-4 is the answer's position on the scale (never 0 ... always 4),
 * as the project's CSV contract records it; the points an answer earns depend on the item, see
 * {@link CapdItem#points(CapdAnswer)}. Source: Traube C et al., Crit Care Med 2014;42:656-663 and
 * the Children's Hospital of Philadelphia CAPD form (reference/grading.md section 3).
 */
public enum CapdAnswer {
  NEVER,
  RARELY,
  SOMETIMES,
  OFTEN,
  ALWAYS;

  private static final CapdAnswer[] BY_CODE = values();

  /** The answer's position on the scale: never 0, rarely 1, sometimes 2, often 3, always 4. */
  public int code() {
    return ordinal();
  }

  /**
   * The answer at a position on the scale.
   *
   * @throws InvalidValueException if {@code code} is not 0-4
   */
  public static CapdAnswer ofCode(int code) {
    if (code < 0 || code >= BY_CODE.length) {
      throw new InvalidValueException("capd.answer", code,
          "an integer 0-4 (0 never, 1 rarely, 2 sometimes, 3 often, 4 always)");
    }
    return BY_CODE[code];
  }
}
