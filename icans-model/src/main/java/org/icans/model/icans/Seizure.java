package org.icans.model.icans;

import org.icans.model.Coded;

/**
 * The seizure domain of ICANS (Lee DW et al. 2019, ASTCT table; seed 002 Table 2). Only clinical
 * seizures and electrographic (or electroclinical) seizures count; EEG slowing, rhythmic delta or
 * periodic discharges without seizures are {@link #NONE} (seed 002).
 */
public enum Seizure implements Coded {
  /** No seizure. */
  NONE("none"),
  /**
   * Any clinical seizure, focal or generalized, that resolves rapidly; or nonconvulsive seizures
   * on EEG that resolve with intervention.
   */
  RAPIDLY_RESOLVING("rapidly_resolving"),
  /**
   * A life-threatening prolonged seizure (more than 5 minutes); or repetitive clinical or
   * electrical seizures without return to baseline in between.
   */
  PROLONGED_OR_REPETITIVE("prolonged_or_repetitive");

  private final String code;

  Seizure(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code none}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The seizure with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code seizure})
   *     naming the code and every allowed code
   */
  public static Seizure fromCode(String code) {
    return Coded.fromCode(Seizure.class, "seizure", code);
  }
}
