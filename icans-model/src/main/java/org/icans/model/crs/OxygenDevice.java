package org.icans.model.crs;

import org.icans.model.Coded;

/**
 * How oxygen was given for hypoxia, the hypoxia element of the ASTCT 2019 CRS grade (Lee DW et al.
 * 2019, CRS table and footnotes; reference/grading.md section 4).
 */
public enum OxygenDevice implements Coded {
  /** No supplemental oxygen (room air). */
  NONE("none"),
  /** Blow-by oxygen (used in children): low flow, grade 2. */
  BLOW_BY("blow_by"),
  /** Nasal cannula; the flow decides: 6 L/min or less is low flow (grade 2), more is high flow (grade 3). */
  NASAL_CANNULA("nasal_cannula"),
  /** High-flow nasal cannula (grade 3); a recorded flow of 6 L/min or less makes it low flow (grade 2). */
  HIGH_FLOW_NASAL_CANNULA("high_flow_nasal_cannula"),
  /** Simple facemask: grade 3. */
  FACEMASK("facemask"),
  /** Nonrebreather mask: grade 3. */
  NONREBREATHER("nonrebreather"),
  /** Venturi mask: grade 3. */
  VENTURI("venturi"),
  /** Continuous positive airway pressure: positive pressure, grade 4. */
  CPAP("cpap"),
  /** Bilevel positive airway pressure: positive pressure, grade 4. */
  BIPAP("bipap"),
  /** Intubation and mechanical ventilation: positive pressure, grade 4. */
  MECHANICAL_VENTILATION("mechanical_ventilation"),
  /**
   * Oxygen was given for hypoxia but neither device nor flow was recorded: it counts at the lowest
   * grade it can be, 2, and the CRS grade is then a lower bound (assessment file contract v1.1;
   * project choice G-11). No flow may be recorded with it.
   */
  UNKNOWN_DEVICE("unknown_device");

  private final String code;

  OxygenDevice(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code none}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The oxygen device with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code oxygenDevice})
   *     naming the code and every allowed code
   */
  public static OxygenDevice fromCode(String code) {
    return Coded.fromCode(OxygenDevice.class, "oxygenDevice", code);
  }
}
