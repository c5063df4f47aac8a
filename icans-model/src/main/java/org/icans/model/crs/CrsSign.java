package org.icans.model.crs;

import org.icans.model.Coded;

/**
 * The three signs of the ASTCT 2019 CRS grade. Each counts only when not attributable to another
 * cause (Lee DW et al. 2019, CRS table footnotes): a fever from a documented bacteremia, oxygen
 * given for comfort, or intubation for airway protection are attributed elsewhere.
 */
public enum CrsSign implements Coded {
  /** Temperature of 38.0 C or more. */
  FEVER("fever"),
  /** Hypotension and the support it needs. */
  HYPOTENSION("hypotension"),
  /** Hypoxia and the oxygen support it needs. */
  HYPOXIA("hypoxia");

  private final String code;

  CrsSign(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code fever}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The CRS sign with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code crsSign})
   *     naming the code and every allowed code
   */
  public static CrsSign fromCode(String code) {
    return Coded.fromCode(CrsSign.class, "crsSign", code);
  }
}
