package org.icans.management.action;

import java.util.Objects;
import org.icans.management.internal.Args;
import org.icans.model.evidence.Citation;

/**
 * A precondition or safety caution attached to one action of a plan: what must be checked before
 * the action is taken ("check coagulation and platelets before a lumbar puncture"). It cites its
 * own source, which need not be the plan's: a seed that says it, or a project safety rule
 * ({@link org.icans.model.evidence.Evidence#PROJECT_CHOICE}, shown as [P]) where no source does.
 *
 * @param text the precaution, for people
 * @param source where it comes from
 */
public record Precaution(String text, Citation source) {

  /** Validates: no nulls, no blank text. */
  public Precaution {
    Args.text("precaution.text", text);
    Objects.requireNonNull(source, "source");
  }
}
