package org.icans.management.action;

import java.util.Objects;
import org.icans.management.internal.Args;
import org.icans.model.evidence.Citation;

/**
 * How the project reads a word its source leaves undefined when it decides that an action applies
 * ("refractory" read as "on corticosteroids and not improving"; "life-threatening" read as ICANS
 * grade 4). The action's content is the source's; the decision that it applies to this situation is
 * the project's, so the action is shown with the project's tag [P], never with the source's.
 *
 * @param text the reading, for people, for example {@code "'refractory' read as: corticosteroids
 *     given and no improvement"}
 * @param choice the project choice that makes the reading, with its stable id
 */
public record Interpretation(String text, Citation choice) {

  /** Validates: no nulls, no blank text. */
  public Interpretation {
    Args.text("interpretation.text", text);
    Objects.requireNonNull(choice, "choice");
  }
}
