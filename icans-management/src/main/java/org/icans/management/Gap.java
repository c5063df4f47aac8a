package org.icans.management;

import java.util.List;
import java.util.Objects;
import org.icans.management.action.Topic;
import org.icans.management.internal.Args;
import org.icans.model.internal.check.Nulls;

/**
 * Something the situation calls for that a plan does not state now, said out loud at the top of
 * the plan rather than left as a silence further down (project safety rule SAFE-GAP): a
 * corticosteroid from ICANS grade 2, a level of care from grade 3, seizure treatment when a
 * seizure is recorded, measures for cerebral edema or raised intracranial pressure when they are
 * recorded. It names the encoded policies that do state it for the same situation, so that a
 * comparison is one call away ({@link ManagementPolicies#compare}).
 *
 * @param topic the subject missing
 * @param text what is missing and why it is called for, for people
 * @param statedBy the ids of the built-in policies whose plan for the same situation states it now
 */
public record Gap(Topic topic, String text, List<String> statedBy) {

  /** Validates and copies. */
  public Gap {
    Objects.requireNonNull(topic, "topic");
    Args.text("gap.text", text);
    statedBy = Nulls.presentEach("statedBy", statedBy);
  }

  /** For people: the text, then who states it. */
  public String describe() {
    return text + " " + (statedBy.isEmpty() ? "No encoded policy states it for this situation."
        : "Encoded policies that state it for this situation: " + String.join(", ", statedBy) + ".");
  }
}
