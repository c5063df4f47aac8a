package org.icans.risk.observation;

import java.util.Comparator;
import java.util.OptionalDouble;
import org.icans.model.InvalidValueException;
import org.icans.risk.internal.text.Numbers;

/**
 * When something was measured or given, relative to the (first) infusion of the product: the
 * calendar day (day 0 is the infusion day, day -5 five days before it) and, when known, the hours
 * since the infusion (negative before it). Day numbering follows the sources: day 0 = infusion day
 * (reference B4; seed 002).
 *
 * <p>Some warnings are defined in hours (within 36 h of infusion), others in days (day 3, the first
 * 6 days). Without the hours, a sample on day {@code d} may lie anywhere from 24(d-1) to 24(d+1)
 * hours after the infusion, because the infusion's clock time within day 0 is unknown; this type
 * says so through {@link #earliestHours()} and {@link #latestHours()}. A day-0 sample without hours
 * is taken to be drawn after the infusion (project choice 2, module README); give negative hours
 * for a sample drawn before it.
 *
 * <p>Immutable.
 *
 * @param day the calendar day relative to infusion; at least {@link #MIN_DAY}
 * @param hoursAfterInfusion hours since the infusion, when known; must fall within the day
 */
public record TimePoint(int day, OptionalDouble hoursAfterInfusion) {
  /**
   * The earliest day accepted, as in the assessment CSV contract ({@code spec/assessment-csv.md}):
   * labs before lymphodepletion are drawn within days of it.
   */
  public static final int MIN_DAY = -30;

  /** Earlier days first; within a day, known hours in order (a sample without hours sorts at 24 x day). */
  public static final Comparator<TimePoint> CHRONOLOGICAL =
      Comparator.comparingInt(TimePoint::day).thenComparingDouble(TimePoint::sortHours);

  /** Validates the day, and that the hours, if given, fall within that calendar day. */
  public TimePoint {
    java.util.Objects.requireNonNull(hoursAfterInfusion, "hoursAfterInfusion");
    if (day < MIN_DAY) {
      throw new InvalidValueException("day", day, "an integer day relative to infusion, " + MIN_DAY + " or later");
    }
    if (hoursAfterInfusion.isPresent()) {
      double h = hoursAfterInfusion.getAsDouble();
      double lo = 24.0 * (day - 1);
      double hi = 24.0 * (day + 1);
      if (!(h > lo && h < hi)) {
        throw new InvalidValueException("hours_after_infusion", Double.isFinite(h) ? Numbers.plain(h) : h,
            "a number of hours that falls on day " + Numbers.signedDay(day) + ", i.e. more than "
                + Numbers.plain(lo) + " and less than " + Numbers.plain(hi));
      }
    }
  }

  /** A calendar day, hours unknown. */
  public static TimePoint ofDay(int day) {
    return new TimePoint(day, OptionalDouble.empty());
  }

  /** A calendar day and the hours since infusion. */
  public static TimePoint of(int day, double hoursAfterInfusion) {
    return new TimePoint(day, OptionalDouble.of(hoursAfterInfusion));
  }

  /** Whether the hours since infusion are known. */
  public boolean hasHours() {
    return hoursAfterInfusion.isPresent();
  }

  /**
   * The earliest the sample can have been taken, in hours after infusion: the hours when known;
   * otherwise 24(d-1), excluded (0, included, on day 0).
   */
  public double earliestHours() {
    if (hasHours()) {
      return hoursAfterInfusion.getAsDouble();
    }
    return day == 0 ? 0 : 24.0 * (day - 1);
  }

  /** Whether {@link #earliestHours()} is itself excluded (hours unknown, not day 0). */
  public boolean earliestExcluded() {
    return !hasHours() && day != 0;
  }

  /** The latest the sample can have been taken, in hours after infusion: the hours when known, otherwise 24(d+1), excluded. */
  public double latestHours() {
    return hasHours() ? hoursAfterInfusion.getAsDouble() : 24.0 * (day + 1);
  }

  /** Whether {@link #latestHours()} is itself excluded (hours unknown). */
  public boolean latestExcluded() {
    return !hasHours();
  }

  /** Whether this is after the infusion: hours 0 or more when known, otherwise day 0 or later. */
  public boolean isAfterInfusion() {
    return hasHours() ? hoursAfterInfusion.getAsDouble() >= 0 : day >= 0;
  }

  private double sortHours() {
    return hasHours() ? hoursAfterInfusion.getAsDouble() : 24.0 * day;
  }

  /** For people: {@code day +1 (30 h)}, {@code day -5}. */
  public String label() {
    String d = "day " + Numbers.signedDay(day);
    return hasHours() ? d + " (" + Numbers.plain(hoursAfterInfusion.getAsDouble()) + " h)" : d;
  }

  @Override
  public String toString() {
    return label();
  }
}
