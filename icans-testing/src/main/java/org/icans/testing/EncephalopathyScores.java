package org.icans.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.icans.model.encephalopathy.CapdAnswer;
import org.icans.model.encephalopathy.CapdAnswers;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;

/**
 * The results of the two encephalopathy tools of the ASTCT consensus: the ICE screen (0-10, lower
 * is worse; age 12 or more) and the CAPD (0-32, higher is worse, or "unable to perform"; children
 * under 12 and developmental delay). Each value is built with the model's factories, so every one
 * is a score the model accepts: a total in range, or tasks and answers that give their total.
 *
 * <p>Failures shrink towards a total of 0 known as a total only.
 */
public final class EncephalopathyScores {
  private EncephalopathyScores() {}

  /**
   * Every ICE score: the 11 totals known as a total only (3 times in 5) and the 160 task
   * combinations (2 times in 5), so every total 0-10 comes both ways.
   */
  public static Arbitrary<IceScore> ice() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, iceTotals()),
        Tuple.of(2, iceFromTasks()));
  }

  /** The ICE totals 0-10, known as a total only (as most flowsheets record them). */
  public static Arbitrary<IceScore> iceTotals() {
    return Arbitraries.of(AllValues.iceTotals());
  }

  /** The ICE scores recorded task by task: any of the 160 combinations, the total their sum. */
  public static Arbitrary<IceScore> iceFromTasks() {
    return Arbitraries.of(AllValues.iceTaskScores());
  }

  /**
   * Complete sets of the eight CAPD answers: any of the 5^8 combinations (each answer never to
   * always), with the two extreme sets of 16 points (items 1-4 or items 5-8 at their worst) as edge
   * cases.
   */
  public static Arbitrary<CapdAnswers> capdAnswers() {
    Arbitrary<CapdAnswer> a = Arbitraries.of(CapdAnswer.class);
    return Combinators.combine(a, a, a, a, a, a, a, a).as(CapdAnswers::of)
        .edgeCases(c -> c.includeOnly(CapdAnswers.ofCodes(4, 4, 4, 4, 0, 0, 0, 0),
            CapdAnswers.ofCodes(0, 0, 0, 0, 4, 4, 4, 4)));
  }

  /**
   * Every CAPD result: the totals 0-32 and "unable to perform" (about half the time, "unable" more
   * often than a single total), and scores from eight answers (a third of the time).
   */
  public static Arbitrary<CapdScore> capd() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(AllValues.capdTotalsAndUnable())),
        Tuple.of(1, Arbitraries.just(CapdScore.unableToPerform())),
        Tuple.of(2, capdAnswers().map(CapdScore::of)));
  }
}
