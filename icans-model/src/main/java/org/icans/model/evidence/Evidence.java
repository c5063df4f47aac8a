package org.icans.model.evidence;

import org.icans.model.Coded;

/**
 * How firmly a cited fact is established, as the project's references tag it
 * ({@code reference/grading.md} key: [P], [S], [UNVERIFIED]; {@code reference/management-risk.md}: V, S, U).
 */
public enum Evidence implements Coded {
  /** Checked against the primary source or a reprint that quotes its table and footnotes ([P], V). */
  VERIFIED("verified"),
  /** From a secondary source only: a summary, calculator, review or a seed document ([S], S). */
  SECONDARY("secondary"),
  /** Recalled or inferred, not found in any retrieved text ([UNVERIFIED], U): never a default. */
  UNVERIFIED("unverified"),
  /** A choice this project makes where the sources leave room, written down in the references. */
  PROJECT_CHOICE("project_choice");

  private final String code;

  Evidence(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code verified}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The evidence status with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code evidence})
   *     naming the code and every allowed code
   */
  public static Evidence fromCode(String code) {
    return Coded.fromCode(Evidence.class, "evidence", code);
  }
}
