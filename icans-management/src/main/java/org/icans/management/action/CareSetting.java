package org.icans.management.action;

import org.icans.model.Coded;

/** Where a patient with ICANS is cared for. */
public enum CareSetting implements Coded {
  /** The intensive care unit. */
  INTENSIVE_CARE_UNIT("intensive_care_unit", "intensive care unit"),
  /** An intermediate care unit or the ICU (seed 002: "grade > 2"). */
  INTERMEDIATE_CARE_OR_ICU("intermediate_care_or_icu", "intermediate care unit or ICU"),
  /** Admission to hospital. */
  HOSPITAL_ADMISSION("hospital_admission", "hospital admission"),
  /** Observation, or close outpatient monitoring, depending on the situation. */
  OBSERVATION_OR_CLOSE_OUTPATIENT_MONITORING("observation_or_close_outpatient_monitoring",
      "observation or close outpatient monitoring");

  private final String code;
  private final String display;

  CareSetting(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /** The setting for people. */
  public String display() {
    return display;
  }

  /** The stable code, as files and command lines write it: {@code intensive_care_unit}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The care setting with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code careSetting})
   *     naming the code and every allowed code
   */
  public static CareSetting fromCode(String code) {
    return Coded.fromCode(CareSetting.class, "careSetting", code);
  }
}
