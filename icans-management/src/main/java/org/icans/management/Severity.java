package org.icans.management;

import org.icans.model.Coded;

/** How serious an audit finding is. */
public enum Severity implements Coded {
  /** The plan breaks a rule that holds across sources; do not follow it as it stands. */
  VIOLATION("violation"),
  /** The plan may stand, but the situation calls for attention the rule describes. */
  ADVISORY("advisory");

  private final String code;

  Severity(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code violation}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The severity with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code severity})
   *     naming the code and every allowed code
   */
  public static Severity fromCode(String code) {
    return Coded.fromCode(Severity.class, "severity", code);
  }
}
