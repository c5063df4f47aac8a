package org.icans.management.action;

import java.util.Locale;

/**
 * How firmly the source puts an action, in the source's own modality: a recommendation, a
 * suggestion, or something to consider. Kept as the source wrote it ("several authors suggest" is
 * never shown as "recommended").
 */
public enum Strength {
  /** The source says to do it ("ICU for all patients", "dexamethasone 10 mg IV every 6 h"). */
  RECOMMENDED,
  /** The source suggests it ("several authors suggest the use of ..."). */
  SUGGESTED,
  /** The source says to consider it, or that it may be an option ("consider ICU if CRS grade 2 or more"). */
  CONSIDER;

  /** The identifier used in JSON: {@code recommended}, {@code suggested}, {@code consider}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
