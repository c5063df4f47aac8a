package org.icans.management;

import java.util.Locale;

/**
 * Seizures attributed to ICANS, as the ASTCT 2019 seizure domain describes them. A seizure makes
 * ICANS at least grade 3; a prolonged or repetitive seizure without return to baseline makes it
 * grade 4 (Lee DW et al. 2019, ICANS table), so a {@link Situation} refuses a lower grade.
 */
public enum SeizureStatus {
  /** No seizure. */
  NONE(0, "none"),
  /**
   * A clinical seizure, focal or generalised, that resolved rapidly, or a non-convulsive seizure on
   * EEG that resolved with intervention (ASTCT grade 3).
   */
  SEIZURE_RESOLVED(3, "seizure that resolved"),
  /** Non-convulsive status epilepticus on EEG (grade 3 or 4 by whether it resolves with intervention). */
  NONCONVULSIVE_STATUS_EPILEPTICUS(3, "non-convulsive status epilepticus"),
  /**
   * A life-threatening prolonged seizure (more than 5 minutes), or repetitive clinical or
   * electrical seizures without return to baseline in between (ASTCT grade 4).
   */
  PROLONGED_OR_REPETITIVE(4, "prolonged or repetitive seizures without return to baseline");

  private final int minimumGrade;
  private final String display;

  SeizureStatus(int minimumGrade, String display) {
    this.minimumGrade = minimumGrade;
    this.display = display;
  }

  /** The lowest ICANS grade consistent with this finding (ASTCT 2019). */
  public int minimumGrade() {
    return minimumGrade;
  }

  /** For people. */
  public String display() {
    return display;
  }

  /** The identifier used in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
