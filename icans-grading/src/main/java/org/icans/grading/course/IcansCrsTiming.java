package org.icans.grading.course;

/**
 * How the onset of ICANS relates to CRS in one patient. ICANS usually follows CRS, and may begin
 * during it or after it has resolved; ICANS without CRS or before it is less common (seed 002;
 * reference/grading.md).
 */
public enum IcansCrsTiming {
  /** The patient had no ICANS (no assessment graded 1 or more). */
  NO_ICANS,
  /** ICANS without any CRS episode. */
  WITHOUT_CRS,
  /** ICANS began before the first CRS episode. */
  BEFORE_CRS,
  /** ICANS began within a CRS episode (from its onset, before its resolution). */
  DURING_CRS,
  /** ICANS began after a CRS episode had resolved, outside any CRS episode. */
  AFTER_CRS_RESOLVED
}
