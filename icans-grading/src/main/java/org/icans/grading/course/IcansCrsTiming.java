package org.icans.grading.course;

import org.icans.model.Coded;

/**
 * How the onset of ICANS relates to CRS in one patient. ICANS usually follows CRS, and may begin
 * during it or after it has resolved; ICANS without CRS or before it is less common (seed 002;
 * reference/grading.md).
 */
public enum IcansCrsTiming implements Coded {
  /** The patient had no ICANS (no assessment graded 1 or more). */
  NO_ICANS("no_icans"),
  /** ICANS without any CRS episode. */
  WITHOUT_CRS("without_crs"),
  /** ICANS began before the first CRS episode. */
  BEFORE_CRS("before_crs"),
  /** ICANS began within a CRS episode (from its onset, before its resolution). */
  DURING_CRS("during_crs"),
  /** ICANS began after a CRS episode had resolved, outside any CRS episode. */
  AFTER_CRS_RESOLVED("after_crs_resolved");

  private final String code;

  IcansCrsTiming(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code no_icans}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The timing with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code icansCrsTiming})
   *     naming the code and every allowed code
   */
  public static IcansCrsTiming fromCode(String code) {
    return Coded.fromCode(IcansCrsTiming.class, "icansCrsTiming", code);
  }
}
