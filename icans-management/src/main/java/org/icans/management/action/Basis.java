package org.icans.management.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.icans.management.internal.Args;
import org.icans.model.evidence.Citation;
import org.icans.model.evidence.Evidence;
import org.icans.model.internal.check.Nulls;

/**
 * Why an action is in a plan: its source, how firmly the source puts it, the condition the source
 * attaches, the group of alternatives it belongs to, when the source's statement is kept as written
 * although it is implausible, why it needs clinical review; whether it is for later (a future
 * instruction, "after the next dose"); how the project read an undefined word of the source to
 * select it ({@link Interpretation}, shown as [P]); and the precautions the safety layer attaches.
 *
 * @param source the citation, with its verification status
 * @param strength recommended, suggested, or to consider, as the source words it
 * @param condition the source's condition ("for high-risk products or patients"), if any
 * @param alternativeGroup actions of one plan with the same group are alternatives ("either ... or")
 * @param reviewNote present when the action is kept as written but needs clinical review before any use
 * @param later present when the action is a future instruction, saying when ("after the next
 *     teclistamab dose"); such an action is not part of what the plan says to do now
 * @param interpretation present when the action applies by the project's reading of an undefined word
 * @param precautions what to check before the action, each with its own source
 */
public record Basis(Citation source, Strength strength, Optional<String> condition,
    Optional<String> alternativeGroup, Optional<String> reviewNote, Optional<String> later,
    Optional<Interpretation> interpretation, List<Precaution> precautions) {

  /** Validates: no nulls, no blank texts; copies the precautions. */
  public Basis {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(alternativeGroup, "alternativeGroup");
    Objects.requireNonNull(reviewNote, "reviewNote");
    Objects.requireNonNull(later, "later");
    Objects.requireNonNull(interpretation, "interpretation");
    precautions = Nulls.presentEach("precautions", precautions);
    condition.ifPresent(c -> Args.text("basis.condition", c));
    alternativeGroup.ifPresent(c -> Args.text("basis.alternativeGroup", c));
    reviewNote.ifPresent(c -> Args.text("basis.reviewNote", c));
    later.ifPresent(c -> Args.text("basis.later", c));
  }

  /** A recommendation from {@code source}, without condition, alternatives, review note or precaution. */
  public static Basis of(Citation source) {
    return new Basis(source, Strength.RECOMMENDED, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of());
  }

  /** The same, to consider. */
  public Basis consider() {
    return withStrength(Strength.CONSIDER);
  }

  /** The same, as a suggestion ("several authors suggest"). */
  public Basis suggested() {
    return withStrength(Strength.SUGGESTED);
  }

  private Basis withStrength(Strength s) {
    return new Basis(source, s, condition, alternativeGroup, reviewNote, later, interpretation, precautions);
  }

  /** The same, with a condition (joined to an existing one with "; "). */
  public Basis when(String text) {
    Objects.requireNonNull(text, "text");
    String c = condition.map(old -> old + "; " + text).orElse(text);
    return new Basis(source, strength, Optional.of(c), alternativeGroup, reviewNote, later, interpretation,
        precautions);
  }

  /** The same, as one of the alternatives of {@code group}. */
  public Basis alternativeIn(String group) {
    Objects.requireNonNull(group, "group");
    return new Basis(source, strength, condition, Optional.of(group), reviewNote, later, interpretation, precautions);
  }

  /** The same, flagged as requiring clinical review, with the reason. */
  public Basis requiringReview(String note) {
    Objects.requireNonNull(note, "note");
    return new Basis(source, strength, condition, alternativeGroup, Optional.of(note), later, interpretation,
        precautions);
  }

  /** The same, as a future instruction: {@code when} says when ("after the next teclistamab dose"). */
  public Basis later(String when) {
    Objects.requireNonNull(when, "when");
    return new Basis(source, strength, condition, alternativeGroup, reviewNote, Optional.of(when), interpretation,
        precautions);
  }

  /** The same, applying by the project's reading of an undefined word of the source. */
  public Basis readAs(Interpretation reading) {
    return new Basis(source, strength, condition, alternativeGroup, reviewNote, later,
        Optional.of(Objects.requireNonNull(reading, "reading")), precautions);
  }

  /** The same, with one more precaution. */
  public Basis withPrecaution(Precaution p) {
    List<Precaution> all = new ArrayList<>(precautions);
    all.add(Objects.requireNonNull(p, "precaution"));
    return new Basis(source, strength, condition, alternativeGroup, reviewNote, later, interpretation, all);
  }

  /** How firmly the source is established (the citation's evidence). */
  public Evidence evidence() {
    return source.evidence();
  }

  /**
   * The evidence of the decision that the action applies: the project's ({@link
   * Evidence#PROJECT_CHOICE}) when it applies by an {@link #interpretation()}, else the source's.
   */
  public Evidence applicability() {
    return interpretation.isPresent() ? Evidence.PROJECT_CHOICE : source.evidence();
  }

  /** Whether the action is kept as written but must be reviewed before any clinical use. */
  public boolean requiresReview() {
    return reviewNote.isPresent();
  }

  /** Whether the action is part of what the plan says to do now (not a {@linkplain #later() future} instruction). */
  public boolean isNow() {
    return later.isEmpty();
  }
}
