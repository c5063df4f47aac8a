package org.icans.risk.observation;

import java.util.Comparator;
import java.util.Objects;
import java.util.OptionalDouble;
import org.icans.model.assessment.Assessment;
import org.icans.model.InvalidValueException;
import org.icans.risk.internal.text.Numbers;
import org.icans.risk.internal.time.CalendarDays;

/**
 * When something was measured or given, relative to the (first) infusion of the product: the day
 * as the model counts it ({@link Assessment#day()}: day 0 is the infusion day, day -5 five days
 * before it, fractions allowed) and, when known, the hours since the infusion (negative before it).
 * Day numbering follows the sources: day 0 = infusion day (reference B4; seed 002).
 *
 * <p>A day with a fraction lies on the {@linkplain #calendarDay() calendar day} of its whole part,
 * rounded down (day 4.5 on day 4, day -0.5 on day -1); the fraction orders values within that day
 * and is not read as a clock time (project choice R-14). Some warnings are defined in hours (within
 * 36 h of infusion), others in calendar days (day 3, the first 6 days). Without the hours, a sample
 * on calendar day {@code d} may lie anywhere from 24(d-1) to 24(d+1) hours after the infusion,
 * because the infusion's clock time within day 0 is unknown; this type says so through {@link
 * #earliestHours()} and {@link #latestHours()}. A day-0 sample without hours is taken to be drawn
 * after the infusion (project choice R-2); give negative hours for a sample drawn before it.
 *
 * <p>Immutable; equal when day and hours are equal.
 *
 * @param day days relative to infusion, as {@link Assessment#day()}: finite, at least {@link #MIN_DAY}
 * @param hoursAfterInfusion hours since the infusion, when known; must fall within the calendar day
 */
public record TimePoint(double day, OptionalDouble hoursAfterInfusion) {
  /**
   * The earliest day accepted, the model's ({@link Assessment#MIN_DAY}, the assessment CSV
   * contract): labs before lymphodepletion are drawn within days of it.
   */
  public static final double MIN_DAY = Assessment.MIN_DAY;

  /**
   * Earlier calendar days first; within a day, known hours in order (a sample without hours sorts
   * at 24 x its day), then the day itself.
   */
  public static final Comparator<TimePoint> CHRONOLOGICAL =
      Comparator.comparingInt(TimePoint::calendarDay).thenComparingDouble(TimePoint::sortHours)
          .thenComparingDouble(TimePoint::day);

  /**
   * Validates the day, and that the hours, if given, fall within its calendar day.
   *
   * @throws InvalidValueException (field {@code day}) if the day is not finite or before {@link
   *     #MIN_DAY}; (field {@code hours_after_infusion}) if the hours are not finite or fall on
   *     another calendar day
   */
  public TimePoint {
    Objects.requireNonNull(hoursAfterInfusion, "hoursAfterInfusion");
    int calendar = calendarDayOf(day);
    if (hoursAfterInfusion.isPresent()) {
      double h = hoursAfterInfusion.getAsDouble();
      double lo = 24.0 * (calendar - 1);
      double hi = 24.0 * (calendar + 1);
      if (!(h > lo && h < hi)) {
        throw new InvalidValueException("hours_after_infusion", Double.isFinite(h) ? Numbers.plain(h) : h,
            "a number of hours that falls on day " + Numbers.signedDay(calendar) + ", i.e. more than "
                + Numbers.plain(lo) + " and less than " + Numbers.plain(hi));
      }
    }
  }

  /** A day, hours unknown: the model's day, for example {@link Assessment#day()}. */
  public static TimePoint ofDay(double day) {
    return new TimePoint(day, OptionalDouble.empty());
  }

  /** A day and the hours since infusion. */
  public static TimePoint of(double day, double hoursAfterInfusion) {
    return new TimePoint(day, OptionalDouble.of(hoursAfterInfusion));
  }

  /**
   * The calendar day a day lies on: its whole part, rounded down (project choice R-14).
   *
   * @throws InvalidValueException (field {@code day}) as the constructor does
   */
  public static int calendarDayOf(double day) {
    return CalendarDays.of(day);
  }

  /**
   * The calendar day this time lies on: day 4.5 is on day 4, day -0.5 on day -1 (project choice
   * Scores combine values of one calendar day; day windows are windows of calendar days.
   */
  public int calendarDay() {
    return calendarDayOf(day);
  }

  /** Whether the hours since infusion are known. */
  public boolean hasHours() {
    return hoursAfterInfusion.isPresent();
  }

  /**
   * The earliest the sample can have been taken, in hours after infusion: the hours when known;
   * otherwise 24(d-1) for calendar day d, excluded (0, included, on day 0).
   */
  public double earliestHours() {
    if (hasHours()) {
      return hoursAfterInfusion.getAsDouble();
    }
    int d = calendarDay();
    return d == 0 ? 0 : 24.0 * (d - 1);
  }

  /** Whether {@link #earliestHours()} is itself excluded (hours unknown, not day 0). */
  public boolean earliestExcluded() {
    return !hasHours() && calendarDay() != 0;
  }

  /**
   * The latest the sample can have been taken, in hours after infusion: the hours when known,
   * otherwise 24(d+1) for calendar day d, excluded.
   */
  public double latestHours() {
    return hasHours() ? hoursAfterInfusion.getAsDouble() : 24.0 * (calendarDay() + 1);
  }

  /** Whether {@link #latestHours()} is itself excluded (hours unknown). */
  public boolean latestExcluded() {
    return !hasHours();
  }

  /** Whether this is after the infusion: hours 0 or more when known, otherwise calendar day 0 or later. */
  public boolean isAfterInfusion() {
    return hasHours() ? hoursAfterInfusion.getAsDouble() >= 0 : calendarDay() >= 0;
  }

  private double sortHours() {
    return hasHours() ? hoursAfterInfusion.getAsDouble() : 24.0 * day;
  }

  /** For people: {@code day +1 (30 h)}, {@code day -5}, {@code day +4.5}. */
  public String label() {
    String d = "day " + Numbers.signedDay(day);
    return hasHours() ? d + " (" + Numbers.plain(hoursAfterInfusion.getAsDouble()) + " h)" : d;
  }

  @Override
  public String toString() {
    return label();
  }
}
