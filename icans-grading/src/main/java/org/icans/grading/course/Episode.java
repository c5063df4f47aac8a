package org.icans.grading.course;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One episode of a toxicity: a run of assessments graded 1 or more, ended by the first later
 * assessment graded 0 (its resolution). Ungraded assessments neither start nor end an episode. An
 * episode with no such assessment is ongoing at the last assessment.
 *
 * @param startDay the day of the first assessment graded 1 or more (the episode's onset)
 * @param maxGrade the highest grade within the episode, 1-5
 * @param peakDay the first day within the episode at its highest grade
 * @param resolutionDay the day of the assessment graded 0 that ended it; empty while ongoing
 */
public record Episode(double startDay, int maxGrade, double peakDay, OptionalDouble resolutionDay) {
  /** Validates the episode. */
  public Episode {
    Objects.requireNonNull(resolutionDay, "resolutionDay");
    if (!Double.isFinite(startDay) || !Double.isFinite(peakDay)
        || (resolutionDay.isPresent() && !Double.isFinite(resolutionDay.getAsDouble()))) {
      throw new IllegalArgumentException("startDay, peakDay, resolutionDay: " + startDay + ", " + peakDay + ", "
          + resolutionDay + " are not allowed; allowed: finite numbers of days");
    }
    if (maxGrade < 1 || maxGrade > 5) {
      throw new IllegalArgumentException("maxGrade: " + maxGrade + " is not allowed; allowed: 1-5");
    }
    if (peakDay < startDay || (resolutionDay.isPresent() && resolutionDay.getAsDouble() < peakDay)) {
      throw new IllegalArgumentException("days must satisfy start <= peak <= resolution");
    }
  }

  /** Whether no assessment graded 0 has ended the episode yet. */
  public boolean isOngoing() {
    return resolutionDay.isEmpty();
  }

  /** Days from onset to resolution; empty while ongoing. */
  public OptionalDouble durationDays() {
    return resolutionDay.isPresent() ? OptionalDouble.of(resolutionDay.getAsDouble() - startDay) : OptionalDouble.empty();
  }

  /** Whether {@code day} falls within the episode: from its start, up to (not including) its resolution. */
  public boolean contains(double day) {
    return day >= startDay && (resolutionDay.isEmpty() || day < resolutionDay.getAsDouble());
  }
}
