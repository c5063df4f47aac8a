package org.icans.model.crs;

/**
 * How oxygen was given for hypoxia, the hypoxia element of the ASTCT 2019 CRS grade (Lee DW et al.
 * 2019, CRS table and footnotes; reference/grading.md section 4).
 */
public enum OxygenDevice {
  /** No supplemental oxygen (room air). */
  NONE,
  /** Blow-by oxygen (used in children): low flow, grade 2. */
  BLOW_BY,
  /** Nasal cannula; the flow decides: 6 L/min or less is low flow (grade 2), more is high flow (grade 3). */
  NASAL_CANNULA,
  /** High-flow nasal cannula (grade 3); a recorded flow of 6 L/min or less makes it low flow (grade 2). */
  HIGH_FLOW_NASAL_CANNULA,
  /** Simple facemask: grade 3. */
  FACEMASK,
  /** Nonrebreather mask: grade 3. */
  NONREBREATHER,
  /** Venturi mask: grade 3. */
  VENTURI,
  /** Continuous positive airway pressure: positive pressure, grade 4. */
  CPAP,
  /** Bilevel positive airway pressure: positive pressure, grade 4. */
  BIPAP,
  /** Intubation and mechanical ventilation: positive pressure, grade 4. */
  MECHANICAL_VENTILATION,
  /**
   * Oxygen was given for hypoxia but neither device nor flow was recorded: it counts at the lowest
   * grade it can be, 2, and the CRS grade is then a lower bound (assessment file contract v1.1;
   * project choice G-11). No flow may be recorded with it.
   */
  UNKNOWN_DEVICE
}
