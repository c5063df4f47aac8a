package org.icans.grading.testing;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.icans.grading.course.DatedGrade;
import org.icans.grading.icans.EncephalopathyTool;

/**
 * The jqwik arbitraries of the grader's own types: the encephalopathy tools and dated grades for
 * courses. The observations and patients come from {@code icans-testing} ({@link
 * org.icans.testing.IcansObservations}, {@link org.icans.testing.CrsObservations}, {@link
 * org.icans.testing.Patients}), the small value spaces for exhaustive loops from {@link
 * org.icans.testing.AllValues}.
 */
public final class GradingArbitraries {
  private GradingArbitraries() {}

  /** Both encephalopathy tools. */
  public static Arbitrary<EncephalopathyTool> tools() {
    return Arbitraries.of(EncephalopathyTool.class);
  }

  /** A grade 0-5 or no grade, as {@code gradeOrMinusOne}. */
  public static Arbitrary<Integer> gradesOrMinusOne() {
    return Arbitraries.frequency(
        Tuple.of(1, -1), Tuple.of(4, 0), Tuple.of(3, 1), Tuple.of(2, 2), Tuple.of(2, 3), Tuple.of(1, 4),
        Tuple.of(1, 5));
  }

  /**
   * Dated grades on distinct days (half-day steps from -30 to 60, unsorted), some ungraded.
   */
  public static Arbitrary<List<DatedGrade>> datedGradesOnDistinctDays() {
    Arbitrary<List<Integer>> halfDays = Arbitraries.integers().between(-60, 120).list().uniqueElements()
        .ofMinSize(0).ofMaxSize(24);
    Arbitrary<List<Integer>> grades = gradesOrMinusOne().list().ofSize(24);
    return Combinators.combine(halfDays, grades).as((days, gs) -> {
      List<DatedGrade> points = new ArrayList<>(days.size());
      for (int i = 0; i < days.size(); i++) {
        points.add(DatedGrade.ofGradeOrMinusOne(days.get(i) / 2.0, gs.get(i)));
      }
      return points;
    });
  }
}
