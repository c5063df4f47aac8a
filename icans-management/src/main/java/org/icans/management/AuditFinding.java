package org.icans.management;

import java.util.Objects;
import java.util.Optional;
import org.icans.management.action.Action;
import org.icans.management.internal.Args;
import org.icans.model.evidence.Citation;

/**
 * One finding of the plan audit: the rule, how serious, what was found, the action concerned
 * (for a finding about one action), and the source of the plan that departs from the rule or
 * states otherwise (the action's own source, or the policy's source where it disagrees).
 *
 * @param rule the rule
 * @param severity violation or advisory
 * @param message what was found, for people
 * @param action the action concerned, if the finding is about one
 * @param namedSource the plan's source that departs from the rule or states otherwise, if any
 */
public record AuditFinding(AuditRule rule, Severity severity, String message, Optional<Action> action,
    Optional<Citation> namedSource) {

  /** Validates: no nulls, message not blank. */
  public AuditFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Args.text("finding.message", message);
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(namedSource, "namedSource");
  }
}
