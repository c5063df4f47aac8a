package org.icans.management;

import java.util.Locale;

/**
 * What the EEG shows. Generalised slowing is common in ICANS and nonspecific; epileptiform
 * discharges and periodic discharges (the ictal-interictal continuum) mark a higher risk of
 * seizures (seed 002); electrographic seizures are the only EEG finding that defines severe ICANS
 * (grade 3 or higher, ASTCT 2019).
 */
public enum EegStatus {
  /** No EEG done. */
  NOT_DONE(0, "not done"),
  /** Normal, or nonspecific findings such as diffuse slowing. */
  NO_EPILEPTIFORM_ACTIVITY(0, "no epileptiform activity"),
  /** Epileptiform discharges, generalised or lateralised periodic discharges (ictal-interictal continuum). */
  EPILEPTIFORM_OR_PERIODIC(0, "epileptiform or periodic discharges"),
  /** Electrographic seizures (grade 3 or higher). */
  ELECTROGRAPHIC_SEIZURES(3, "electrographic seizures");

  private final int minimumGrade;
  private final String display;

  EegStatus(int minimumGrade, String display) {
    this.minimumGrade = minimumGrade;
    this.display = display;
  }

  /** The lowest ICANS grade consistent with this finding. */
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
