package org.icans.grading.course;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The course of one toxicity (ICANS or CRS) in one patient, from the patient's graded assessments,
 * in the terms trials and registries report:
 *
 * <dl>
 *   <dt>maximum grade</dt><dd>the highest grade of any assessment; empty if none was graded;</dd>
 *   <dt>onset day</dt><dd>the first day with grade 1 or more;</dd>
 *   <dt>peak day</dt><dd>the first day at the maximum grade, when that is 1 or more;</dd>
 *   <dt>episodes</dt><dd>runs of grade 1 or more, each ended by an assessment graded 0 (see
 *       {@link Episode});</dd>
 *   <dt>resolution day</dt><dd>the day the last episode resolved; empty if none, or still ongoing;</dd>
 *   <dt>duration</dt><dd>days from onset to resolution (first onset to last resolution); empty if
 *       not resolved.</dd>
 * </dl>
 *
 * <p>Assessments may be given in any order; they are sorted by day, keeping the input order of
 * assessments on the same day. Ungraded assessments are ignored. An assessment graded 0 counts as
 * graded 0 even when some domain was not assessed (a lower bound): that is how resolution is
 * documented in practice.
 *
 * <p>Immutable.
 */
public final class SyndromeCourse {
  private final List<DatedGrade> points;
  private final OptionalInt maxGrade;
  private final OptionalDouble onsetDay;
  private final OptionalDouble peakDay;
  private final List<Episode> episodes;

  private SyndromeCourse(List<DatedGrade> points) {
    this.points = points;
    int max = -1;
    double peak = Double.NaN;
    List<Episode> found = new ArrayList<>();
    double start = Double.NaN;
    double episodePeak = Double.NaN;
    int episodeMax = 0;
    for (DatedGrade p : points) {
      if (p.grade().isEmpty()) {
        continue;
      }
      int g = p.grade().getAsInt();
      if (g > max) {
        max = g;
        peak = p.day();
      }
      if (g >= 1) {
        if (Double.isNaN(start)) {
          start = p.day();
          episodeMax = 0;
        }
        if (g > episodeMax) {
          episodeMax = g;
          episodePeak = p.day();
        }
      } else if (!Double.isNaN(start)) {
        found.add(new Episode(start, episodeMax, episodePeak, OptionalDouble.of(p.day())));
        start = Double.NaN;
      }
    }
    if (!Double.isNaN(start)) {
      found.add(new Episode(start, episodeMax, episodePeak, OptionalDouble.empty()));
    }
    this.maxGrade = max < 0 ? OptionalInt.empty() : OptionalInt.of(max);
    this.episodes = List.copyOf(found);
    this.onsetDay = found.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(found.get(0).startDay());
    this.peakDay = max >= 1 ? OptionalDouble.of(peak) : OptionalDouble.empty();
  }

  /** The course of these graded assessments, in any order. */
  public static SyndromeCourse of(List<DatedGrade> grades) {
    List<DatedGrade> sorted = new ArrayList<>(Objects.requireNonNull(grades, "grades"));
    for (int i = 0; i < sorted.size(); i++) {
      Objects.requireNonNull(sorted.get(i), "grades[" + i + "]");
    }
    // List.sort is stable: assessments on the same day keep their input order.
    sorted.sort(Comparator.comparingDouble(DatedGrade::day));
    return new SyndromeCourse(List.copyOf(sorted));
  }

  /** The assessments, sorted by day (same-day assessments in input order). */
  public List<DatedGrade> points() {
    return points;
  }

  /** The highest grade of any assessment; empty when none was graded. */
  public OptionalInt maxGrade() {
    return maxGrade;
  }

  /** The first day with grade 1 or more; empty when there was none. */
  public OptionalDouble onsetDay() {
    return onsetDay;
  }

  /** The first day at the maximum grade, when the maximum is 1 or more. */
  public OptionalDouble peakDay() {
    return peakDay;
  }

  /** The episodes in time order. */
  public List<Episode> episodes() {
    return episodes;
  }

  /** Whether the last episode has not resolved by the last assessment. */
  public boolean isOngoing() {
    return !episodes.isEmpty() && episodes.get(episodes.size() - 1).isOngoing();
  }

  /** The day the last episode resolved; empty when there was no episode, or it is ongoing. */
  public OptionalDouble resolutionDay() {
    return episodes.isEmpty() ? OptionalDouble.empty() : episodes.get(episodes.size() - 1).resolutionDay();
  }

  /** Days from the first onset to the last resolution; empty when not resolved. */
  public OptionalDouble durationDays() {
    OptionalDouble end = resolutionDay();
    return end.isPresent() ? OptionalDouble.of(end.getAsDouble() - onsetDay.getAsDouble()) : OptionalDouble.empty();
  }

  /** Equal when the dated grades are equal (everything else follows from them). */
  @Override
  public boolean equals(Object o) {
    return o instanceof SyndromeCourse && points.equals(((SyndromeCourse) o).points);
  }

  @Override
  public int hashCode() {
    return points.hashCode();
  }

  @Override
  public String toString() {
    return "SyndromeCourse[max " + maxGrade + ", onset " + onsetDay + ", peak " + peakDay + ", " + episodes.size()
        + " episodes]";
  }
}
