package org.icans.management.action;

import java.util.Locale;

/** Where a patient with ICANS is cared for. */
public enum CareSetting {
  /** The intensive care unit. */
  INTENSIVE_CARE_UNIT("intensive care unit"),
  /** An intermediate care unit or the ICU (seed 002: "grade > 2"). */
  INTERMEDIATE_CARE_OR_ICU("intermediate care unit or ICU"),
  /** Admission to hospital. */
  HOSPITAL_ADMISSION("hospital admission"),
  /** Observation, or close outpatient monitoring, depending on the situation. */
  OBSERVATION_OR_CLOSE_OUTPATIENT_MONITORING("observation or close outpatient monitoring");

  private final String display;

  CareSetting(String display) {
    this.display = display;
  }

  /** The setting for people. */
  public String display() {
    return display;
  }

  /** The identifier used in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
