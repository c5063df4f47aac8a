package org.icans.management.action;

import java.util.Objects;
import org.icans.management.internal.Args;

/**
 * A supportive or organisational measure in the source's words: aspiration precautions, a
 * neurology consult, withholding a bispecific antibody, treating seizures by the status
 * epilepticus protocol.
 *
 * @param measure the measure
 * @param subject the clinical subject it belongs to (usually {@link Topic#SUPPORTIVE_CARE})
 * @param basis source, strength, condition
 */
public record SupportiveCare(String measure, Topic subject, Basis basis) implements Action {

  /** Validates: text not blank, no nulls. */
  public SupportiveCare {
    Args.text("supportiveCare.measure", measure);
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(basis, "basis");
  }

  @Override
  public ActionKind kind() {
    return ActionKind.SUPPORTIVE_CARE;
  }

  @Override
  public Topic topic() {
    return subject;
  }

  @Override
  public String describe() {
    return measure;
  }
}
