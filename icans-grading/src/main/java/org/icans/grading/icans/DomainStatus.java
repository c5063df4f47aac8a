package org.icans.grading.icans;

/** What became of one ICANS domain when an observation was graded. */
public enum DomainStatus {
  /** The domain was assessed and graded. */
  GRADED,
  /** The domain was not assessed: the overall grade is then only a lower bound. */
  NOT_ASSESSED,
  /** The clinician attributes the domain's findings to another cause: it is left out of the grade. */
  ATTRIBUTED_TO_OTHER_CAUSE
}
