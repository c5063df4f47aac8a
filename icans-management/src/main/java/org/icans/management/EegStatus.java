package org.icans.management;

import org.icans.model.Coded;

/**
 * What the EEG shows. Generalised slowing is common in ICANS and nonspecific; epileptiform
 * discharges and periodic discharges (the ictal-interictal continuum) mark a higher risk of
 * seizures (seed 002); electrographic seizures are the only EEG finding that defines severe ICANS
 * (grade 3 or higher, ASTCT 2019).
 */
public enum EegStatus implements Coded {
  /** No EEG done. */
  NOT_DONE("not_done", 0, "not done"),
  /** Normal, or nonspecific findings such as diffuse slowing. */
  NO_EPILEPTIFORM_ACTIVITY("no_epileptiform_activity", 0, "no epileptiform activity"),
  /** Epileptiform discharges, generalised or lateralised periodic discharges (ictal-interictal continuum). */
  EPILEPTIFORM_OR_PERIODIC("epileptiform_or_periodic", 0, "epileptiform or periodic discharges"),
  /** Electrographic seizures (grade 3 or higher). */
  ELECTROGRAPHIC_SEIZURES("electrographic_seizures", 3, "electrographic seizures");

  private final String code;
  private final int minimumGrade;
  private final String display;

  EegStatus(String code, int minimumGrade, String display) {
    this.code = code;
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

  /** The stable code, as files and command lines write it: {@code not_done}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The EEG status with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code eegStatus})
   *     naming the code and every allowed code
   */
  public static EegStatus fromCode(String code) {
    return Coded.fromCode(EegStatus.class, "eegStatus", code);
  }
}
