package org.icans.management;

/** How serious an audit finding is. */
public enum Severity {
  /** The plan breaks a rule that holds across sources; do not follow it as it stands. */
  VIOLATION,
  /** The plan may stand, but the situation calls for attention the rule describes. */
  ADVISORY
}
