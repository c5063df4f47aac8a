package org.icans.management.action;

import java.util.Objects;
import org.icans.management.internal.Args;

/**
 * Something to avoid, or a risk to weigh, in the source's words.
 *
 * @param about what the caution is about
 * @param text the caution
 * @param basis source, strength, condition
 */
public record Caution(CautionTopic about, String text, Basis basis) implements Action {

  /** Validates: text not blank, no nulls. */
  public Caution {
    Objects.requireNonNull(about, "about");
    Args.text("caution.text", text);
    Objects.requireNonNull(basis, "basis");
  }

  @Override
  public ActionKind kind() {
    return ActionKind.CAUTION;
  }

  @Override
  public Topic topic() {
    return about.subject();
  }

  @Override
  public String describe() {
    return text;
  }
}
