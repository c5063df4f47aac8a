package org.icans.management.dosing;

import org.icans.model.Coded;

/** Whether a rule's amount (and cap) is for each dose or for a whole day. */
public enum DoseBasis implements Coded {
  /** The amount is given at each dose ("10 mg every 6 h"). */
  PER_DOSE("per_dose"),
  /** The amount is the total for 24 hours ("methylprednisolone 1-2 mg/kg/day", "1,000 mg/day"). */
  PER_DAY("per_day");

  private final String code;

  DoseBasis(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code per_dose}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The dose basis with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code doseBasis})
   *     naming the code and every allowed code
   */
  public static DoseBasis fromCode(String code) {
    return Coded.fromCode(DoseBasis.class, "doseBasis", code);
  }
}
