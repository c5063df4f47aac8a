package org.icans.model.icans;

/**
 * The seizure domain of ICANS (Lee DW et al. 2019, ASTCT table; seed 002 Table 2). Only clinical
 * seizures and electrographic (or electroclinical) seizures count; EEG slowing, rhythmic delta or
 * periodic discharges without seizures are {@link #NONE} (seed 002).
 */
public enum Seizure {
  /** No seizure. */
  NONE,
  /**
   * Any clinical seizure, focal or generalized, that resolves rapidly; or nonconvulsive seizures
   * on EEG that resolve with intervention.
   */
  RAPIDLY_RESOLVING,
  /**
   * A life-threatening prolonged seizure (more than 5 minutes); or repetitive clinical or
   * electrical seizures without return to baseline in between.
   */
  PROLONGED_OR_REPETITIVE
}
