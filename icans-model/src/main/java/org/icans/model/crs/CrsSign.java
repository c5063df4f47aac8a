package org.icans.model.crs;

/**
 * The three signs of the ASTCT 2019 CRS grade. Each counts only when not attributable to another
 * cause (Lee DW et al. 2019, CRS table footnotes): a fever from a documented bacteremia, oxygen
 * given for comfort, or intubation for airway protection are attributed elsewhere.
 */
public enum CrsSign {
  /** Temperature of 38.0 C or more. */
  FEVER,
  /** Hypotension and the support it needs. */
  HYPOTENSION,
  /** Hypoxia and the oxygen support it needs. */
  HYPOXIA
}
