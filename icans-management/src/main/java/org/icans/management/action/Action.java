package org.icans.management.action;

import org.icans.model.evidence.Citation;
import org.icans.model.evidence.Evidence;

/**
 * One action of a management plan, of one of six kinds, with its {@link Basis}: source, strength,
 * condition, alternatives and review flag. Implementations are immutable records.
 */
public sealed interface Action permits Medication, Monitoring, Workup, LevelOfCare, SupportiveCare, Caution {

  /** Source, strength, condition, alternatives, review note. */
  Basis basis();

  /** The kind of action. */
  ActionKind kind();

  /** The clinical subject, for grouping and comparison. */
  Topic topic();

  /** The action for people, in one line, without its source (for example "dexamethasone 10 mg IV every 6 h"). */
  String describe();

  /** The citation. */
  default Citation source() {
    return basis().source();
  }

  /** How firmly the source is established. */
  default Evidence evidence() {
    return basis().evidence();
  }

  /** Recommended, or to consider. */
  default Strength strength() {
    return basis().strength();
  }

  /** Whether the action is part of what the plan says to do now, not a future instruction. */
  default boolean isNow() {
    return basis().isNow();
  }

  /** Whether the action must be reviewed before any clinical use (kept as the source wrote it). */
  default boolean requiresReview() {
    return basis().requiresReview();
  }
}
