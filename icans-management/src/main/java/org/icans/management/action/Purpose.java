package org.icans.management.action;

import org.icans.model.Coded;

/** Why a medication is given. */
public enum Purpose implements Coded {
  /** To treat ICANS, CRS or a seizure. */
  TREATMENT("treatment"),
  /** To prevent (seizure prophylaxis). */
  PROPHYLAXIS("prophylaxis"),
  /** To control a symptom (agitation). */
  SYMPTOM_CONTROL("symptom_control"),
  /** Before the infusion of the product. */
  PREMEDICATION("premedication");

  private final String code;

  Purpose(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code treatment}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The purpose with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code purpose})
   *     naming the code and every allowed code
   */
  public static Purpose fromCode(String code) {
    return Coded.fromCode(Purpose.class, "purpose", code);
  }
}
