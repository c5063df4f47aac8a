package org.icans.management.action;

import org.icans.model.Coded;

/**
 * How firmly the source puts an action, in the source's own modality: a recommendation, a
 * suggestion, or something to consider. Kept as the source wrote it ("several authors suggest" is
 * never shown as "recommended").
 */
public enum Strength implements Coded {
  /** The source says to do it ("ICU for all patients", "dexamethasone 10 mg IV every 6 h"). */
  RECOMMENDED("recommended"),
  /** The source suggests it ("several authors suggest the use of ..."). */
  SUGGESTED("suggested"),
  /** The source says to consider it, or that it may be an option ("consider ICU if CRS grade 2 or more"). */
  CONSIDER("consider");

  private final String code;

  Strength(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code recommended}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The strength with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code strength})
   *     naming the code and every allowed code
   */
  public static Strength fromCode(String code) {
    return Coded.fromCode(Strength.class, "strength", code);
  }
}
