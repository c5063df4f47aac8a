package org.icans.management.action;

import java.util.Objects;
import java.util.Optional;
import org.icans.management.internal.Args;
import org.icans.model.evidence.Citation;
import org.icans.model.evidence.Evidence;

/**
 * Why an action is in a plan: its source, how firmly the source puts it, the condition the source
 * attaches, the group of alternatives it belongs to, and, when the source's statement is kept as
 * written although it is implausible, why it needs clinical review.
 *
 * @param source the citation, with its verification status
 * @param strength recommended, or to consider
 * @param condition the source's condition ("for high-risk products or patients"), if any
 * @param alternativeGroup actions of one plan with the same group are alternatives ("either ... or")
 * @param reviewNote present when the action is kept as written but needs clinical review before any use
 */
public record Basis(Citation source, Strength strength, Optional<String> condition,
    Optional<String> alternativeGroup, Optional<String> reviewNote) {

  /** Validates: no nulls, no blank texts. */
  public Basis {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(alternativeGroup, "alternativeGroup");
    Objects.requireNonNull(reviewNote, "reviewNote");
    condition.ifPresent(c -> Args.text("basis.condition", c));
    alternativeGroup.ifPresent(c -> Args.text("basis.alternativeGroup", c));
    reviewNote.ifPresent(c -> Args.text("basis.reviewNote", c));
  }

  /** A recommendation from {@code source}, without condition, alternatives or review note. */
  public static Basis of(Citation source) {
    return new Basis(source, Strength.RECOMMENDED, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The same, to consider. */
  public Basis consider() {
    return new Basis(source, Strength.CONSIDER, condition, alternativeGroup, reviewNote);
  }

  /** The same, with a condition (joined to an existing one with "; "). */
  public Basis when(String text) {
    String c = condition.map(old -> old + "; " + text).orElse(text);
    return new Basis(source, strength, Optional.of(c), alternativeGroup, reviewNote);
  }

  /** The same, as one of the alternatives of {@code group}. */
  public Basis alternativeIn(String group) {
    return new Basis(source, strength, condition, Optional.of(group), reviewNote);
  }

  /** The same, flagged as requiring clinical review, with the reason. */
  public Basis requiringReview(String note) {
    return new Basis(source, strength, condition, alternativeGroup, Optional.of(note));
  }

  /** How firmly the source is established (the citation's evidence). */
  public Evidence evidence() {
    return source.evidence();
  }

  /** Whether the action is kept as written but must be reviewed before any clinical use. */
  public boolean requiresReview() {
    return reviewNote.isPresent();
  }
}
