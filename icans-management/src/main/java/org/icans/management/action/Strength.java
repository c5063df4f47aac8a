package org.icans.management.action;

/** How firmly the source puts an action: a recommendation, or something to consider. */
public enum Strength {
  /** The source says to do it ("ICU for all patients", "dexamethasone 10 mg IV every 6 h"). */
  RECOMMENDED,
  /** The source says to consider it, or that it may be an option ("consider ICU if CRS grade 2 or more"). */
  CONSIDER
}
