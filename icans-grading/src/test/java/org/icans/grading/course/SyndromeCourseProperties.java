package org.icans.grading.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.grading.testing.GradingArbitraries;

/**
 * Issue property 9: the course of a toxicity over dated grades. Its maximum is the maximum of the
 * graded points; onset is the first day graded 1 or more and comes no later than the peak; the peak
 * is the first day at the maximum; every episode has start <= peak <= resolution and is a maximal
 * run of grades >= 1 ended by a grade 0; and the order in which points on distinct days are given
 * changes nothing.
 */
class SyndromeCourseProperties {

  @Provide
  Arbitrary<List<DatedGrade>> points() {
    return GradingArbitraries.datedGradesOnDistinctDays();
  }

  @Property(tries = 1000)
  void maximumOnsetAndPeakFollowTheGradedPoints(@ForAll("points") List<DatedGrade> points) {
    SyndromeCourse course = SyndromeCourse.of(points);
    List<DatedGrade> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.comparingDouble(DatedGrade::day));

    int max = -1;
    double onset = Double.NaN;
    for (DatedGrade p : sorted) {
      if (p.grade().isPresent()) {
        max = Math.max(max, p.grade().getAsInt());
        if (p.grade().getAsInt() >= 1 && Double.isNaN(onset)) {
          onset = p.day();
        }
      }
    }
    assertEquals(max < 0 ? OptionalInt.empty() : OptionalInt.of(max), course.maxGrade(), () -> String.valueOf(sorted));
    assertEquals(Double.isNaN(onset) ? OptionalDouble.empty() : OptionalDouble.of(onset), course.onsetDay());
    assertEquals(max >= 1, course.peakDay().isPresent());
    if (max >= 1) {
      double peak = course.peakDay().getAsDouble();
      assertTrue(course.onsetDay().getAsDouble() <= peak);
      int finalMax = max;
      DatedGrade first = sorted.stream().filter(p -> p.grade().equals(OptionalInt.of(finalMax))).findFirst().get();
      assertEquals(first.day(), peak, () -> "peak is not the first day at the maximum: " + sorted);
    }
    assertEquals(sorted, course.points());
  }

  @Property(tries = 1000)
  void episodesAreRunsOfGradeOneOrMoreEndedByGradeZero(@ForAll("points") List<DatedGrade> points) {
    SyndromeCourse course = SyndromeCourse.of(points);
    List<DatedGrade> graded = new ArrayList<>();
    for (DatedGrade p : course.points()) {
      if (p.grade().isPresent()) {
        graded.add(p);
      }
    }
    // Rebuild the expected episodes from the graded points in day order.
    List<Episode> expected = new ArrayList<>();
    int i = 0;
    while (i < graded.size()) {
      if (graded.get(i).grade().getAsInt() == 0) {
        i++;
        continue;
      }
      int start = i;
      int peak = i;
      while (i < graded.size() && graded.get(i).grade().getAsInt() >= 1) {
        if (graded.get(i).grade().getAsInt() > graded.get(peak).grade().getAsInt()) {
          peak = i;
        }
        i++;
      }
      OptionalDouble resolution = i < graded.size() ? OptionalDouble.of(graded.get(i).day()) : OptionalDouble.empty();
      expected.add(new Episode(graded.get(start).day(), graded.get(peak).grade().getAsInt(), graded.get(peak).day(),
          resolution));
    }
    assertEquals(expected, course.episodes(), () -> String.valueOf(course.points()));

    double previousEnd = Double.NEGATIVE_INFINITY;
    for (Episode e : course.episodes()) {
      assertTrue(e.startDay() <= e.peakDay());
      assertTrue(e.resolutionDay().isEmpty() || e.peakDay() <= e.resolutionDay().getAsDouble());
      assertTrue(e.startDay() > previousEnd, "episodes are in time order and do not overlap");
      assertTrue(e.maxGrade() >= 1 && e.maxGrade() <= course.maxGrade().getAsInt());
      assertTrue(e.contains(e.startDay()) && e.contains(e.peakDay()));
      e.resolutionDay().ifPresent(r -> assertFalse(e.contains(r)));
      assertEquals(e.resolutionDay().isPresent() ? OptionalDouble.of(e.resolutionDay().getAsDouble() - e.startDay())
          : OptionalDouble.empty(), e.durationDays());
      previousEnd = e.resolutionDay().orElse(Double.POSITIVE_INFINITY);
    }
    // Only the last episode may be ongoing.
    for (int k = 0; k + 1 < course.episodes().size(); k++) {
      assertFalse(course.episodes().get(k).isOngoing());
    }
    Episode last = course.episodes().isEmpty() ? null : course.episodes().get(course.episodes().size() - 1);
    assertEquals(last != null && last.isOngoing(), course.isOngoing());
    assertEquals(last == null ? OptionalDouble.empty() : last.resolutionDay(), course.resolutionDay());
    if (course.resolutionDay().isPresent()) {
      assertEquals(OptionalDouble.of(course.resolutionDay().getAsDouble() - course.onsetDay().getAsDouble()),
          course.durationDays());
    } else {
      assertEquals(OptionalDouble.empty(), course.durationDays());
    }
    if (!course.episodes().isEmpty()) {
      assertEquals(course.onsetDay(), OptionalDouble.of(course.episodes().get(0).startDay()));
      int maxOfEpisodes = course.episodes().stream().mapToInt(Episode::maxGrade).max().getAsInt();
      assertEquals(course.maxGrade().getAsInt(), maxOfEpisodes);
    }
  }

  @Property(tries = 1000)
  void orderOfDistinctDaysDoesNotMatter(@ForAll("points") List<DatedGrade> points, @ForAll Random random) {
    List<DatedGrade> shuffled = new ArrayList<>(points);
    Collections.shuffle(shuffled, random);
    SyndromeCourse a = SyndromeCourse.of(points);
    SyndromeCourse b = SyndromeCourse.of(shuffled);
    assertEquals(a.maxGrade(), b.maxGrade());
    assertEquals(a.onsetDay(), b.onsetDay());
    assertEquals(a.peakDay(), b.peakDay());
    assertEquals(a.resolutionDay(), b.resolutionDay());
    assertEquals(a.durationDays(), b.durationDays());
    assertEquals(a.episodes(), b.episodes());
    assertEquals(a.isOngoing(), b.isOngoing());
    assertEquals(a.points(), b.points());
  }

  /** ICANS onset timing relative to CRS is consistent with the two courses. */
  @Property(tries = 1000)
  void icansOnsetTimingMatchesTheCourses(@ForAll("points") List<DatedGrade> icansPoints,
      @ForAll("points") List<DatedGrade> crsPoints) {
    SyndromeCourse icans = SyndromeCourse.of(icansPoints);
    SyndromeCourse crs = SyndromeCourse.of(crsPoints);
    IcansCrsTiming timing = PatientCourse.timing(icans, crs);
    assertEquals(timing, PatientCourse.of(icans, crs).icansOnsetRelativeToCrs());
    if (icans.onsetDay().isEmpty()) {
      assertEquals(IcansCrsTiming.NO_ICANS, timing);
      return;
    }
    double onset = icans.onsetDay().getAsDouble();
    IcansCrsTiming expected;
    if (crs.episodes().isEmpty()) {
      expected = IcansCrsTiming.WITHOUT_CRS;
    } else if (onset < crs.onsetDay().getAsDouble()) {
      expected = IcansCrsTiming.BEFORE_CRS;
    } else if (crs.episodes().stream().anyMatch(e -> onset >= e.startDay()
        && (e.resolutionDay().isEmpty() || onset < e.resolutionDay().getAsDouble()))) {
      expected = IcansCrsTiming.DURING_CRS;
    } else {
      expected = IcansCrsTiming.AFTER_CRS_RESOLVED;
    }
    assertEquals(expected, timing);
  }
}
