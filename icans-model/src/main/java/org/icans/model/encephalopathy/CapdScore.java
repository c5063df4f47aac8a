package org.icans.model.encephalopathy;

import static org.icans.model.InvalidValueException.requireInRange;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.icans.model.InvalidValueException;

/**
 * The result of the Cornell Assessment of Pediatric Delirium (CAPD), the encephalopathy tool of
 * the ASTCT consensus for children under 12 and for patients of any age with developmental delay:
 * a total 0-32 (higher is worse; 9 or more is a positive delirium screen), or <em>unable to
 * perform</em>, when the child cannot be assessed (unarousable, deeply sedated).
 *
 * <p>A total is known either on its own or from the eight {@link CapdAnswers answers}. Sources:
 * Traube C et al., Crit Care Med 2014;42:656-663; Lee DW et al., Biol Blood Marrow Transplant
 * 2019 (pediatric ICANS table, as summarised in reference/grading.md section 2).
 *
 * <p>Immutable. Totals and "unable" are canonical shared instances.
 */
public final class CapdScore {
  /** The highest (worst) total. */
  public static final int MAX = 32;

  private static final CapdScore UNABLE = new CapdScore(OptionalInt.empty(), null);
  private static final CapdScore[] TOTALS = new CapdScore[MAX + 1];

  static {
    for (int t = 0; t <= MAX; t++) {
      TOTALS[t] = new CapdScore(OptionalInt.of(t), null);
    }
  }

  private final OptionalInt total;
  private final Optional<CapdAnswers> answers;

  private CapdScore(OptionalInt total, CapdAnswers answers) {
    this.total = total;
    this.answers = Optional.ofNullable(answers);
  }

  /**
   * A CAPD known only as its total.
   *
   * @throws org.icans.model.InvalidValueException if {@code total} is not 0-32
   */
  public static CapdScore ofTotal(int total) {
    return TOTALS[requireInRange("capd.total", total, 0, MAX)];
  }

  /** A CAPD known from its eight answers; the total is theirs. */
  public static CapdScore of(CapdAnswers answers) {
    Objects.requireNonNull(answers, "answers");
    return new CapdScore(TOTALS[answers.total()].total, answers);
  }

  /** The CAPD could not be performed: the child could not be assessed (ASTCT grade 4 finding). */
  public static CapdScore unableToPerform() {
    return UNABLE;
  }

  /** Whether the CAPD could not be performed. */
  public boolean isUnableToPerform() {
    return total.isEmpty();
  }

  /** The total 0-32, or empty when the CAPD could not be performed. */
  public OptionalInt total() {
    return total;
  }

  /** The eight answers, when the score was recorded item by item. */
  public Optional<CapdAnswers> answers() {
    return answers;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CapdScore && ((CapdScore) o).total.equals(total) && ((CapdScore) o).answers.equals(answers);
  }

  @Override
  public int hashCode() {
    return 31 * total.hashCode() + answers.hashCode();
  }

  @Override
  public String toString() {
    if (isUnableToPerform()) {
      return "CapdScore{unable to perform}";
    }
    return answers.map(a -> "CapdScore{" + total.getAsInt() + " from " + a.asList() + "}")
        .orElse("CapdScore{" + total.getAsInt() + "}");
  }
}
