package org.icans.model.evidence;

/**
 * How firmly a cited fact is established, as the project's references tag it
 * ({@code reference/grading.md} key: [P], [S], [UNVERIFIED]; {@code reference/management-risk.md}: V, S, U).
 */
public enum Evidence {
  /** Checked against the primary source or a reprint that quotes its table and footnotes ([P], V). */
  VERIFIED,
  /** From a secondary source only: a summary, calculator, review or a seed document ([S], S). */
  SECONDARY,
  /** Recalled or inferred, not found in any retrieved text ([UNVERIFIED], U): never a default. */
  UNVERIFIED,
  /** A choice this project makes where the sources leave room, written down in the references. */
  PROJECT_CHOICE
}
