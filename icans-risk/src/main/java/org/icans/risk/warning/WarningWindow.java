package org.icans.risk.warning;

import java.util.Objects;
import org.icans.risk.internal.text.Numbers;
import org.icans.risk.observation.TimePoint;

/**
 * The time after infusion within which a warning's source made its observation: in hours (within
 * 36 h of infusion) or in calendar days (day 3; the first 6 days), always after the infusion. A
 * warning fires only for observations inside its window.
 *
 * <p>A time point known only by its day may straddle an hour-based window (a sample on day +1 lies
 * between 0 and 48 h after infusion): it is then {@link Membership#UNCERTAIN}, and the report says
 * that the hours are needed instead of guessing.
 *
 * <p>Immutable; equal when both are in hours or both in days, with the same ends.
 */
public final class WarningWindow {
  /** Whether a time point is inside a window. */
  public enum Membership {
    /** Certainly inside. */
    INSIDE,
    /** Certainly outside. */
    OUTSIDE,
    /** Inside or outside depending on hours that were not given. */
    UNCERTAIN
  }

  private final boolean inHours;
  private final double from;
  private final double to;

  private WarningWindow(boolean inHours, double from, double to) {
    this.inHours = inHours;
    this.from = from;
    this.to = to;
  }

  /** From {@code fromHours} to {@code toHours} after infusion, both included. */
  static WarningWindow hours(double fromHours, double toHours) {
    return new WarningWindow(true, fromHours, toHours);
  }

  /** Calendar days {@code firstDay} to {@code lastDay}, both included, after the infusion. */
  static WarningWindow days(int firstDay, int lastDay) {
    return new WarningWindow(false, firstDay, lastDay);
  }

  /** From calendar day {@code firstDay} on, after the infusion. */
  static WarningWindow fromDay(int firstDay) {
    return new WarningWindow(false, firstDay, Double.POSITIVE_INFINITY);
  }

  /** Whether the window is defined in hours after infusion (otherwise in calendar days). */
  public boolean isInHours() {
    return inHours;
  }

  /**
   * Whether {@code t} is inside, outside, or cannot be placed without its hours. A day window holds
   * calendar days: day 3.5 is on day 3 (project choice R-14).
   */
  public Membership classify(TimePoint t) {
    Objects.requireNonNull(t, "t");
    if (!t.isAfterInfusion()) {
      return Membership.OUTSIDE;
    }
    if (!inHours) {
      int day = t.calendarDay();
      return day >= from && day <= to ? Membership.INSIDE : Membership.OUTSIDE;
    }
    double lo = t.earliestHours();
    double hi = t.latestHours();
    if (hi < from || (hi == from && t.latestExcluded()) || lo > to || (lo == to && t.earliestExcluded())) {
      return Membership.OUTSIDE;
    }
    if (lo >= from && hi <= to) {
      return Membership.INSIDE;
    }
    return Membership.UNCERTAIN;
  }

  /** Whether {@code t} is certainly inside. */
  public boolean contains(TimePoint t) {
    return classify(t) == Membership.INSIDE;
  }

  /** For people: {@code 0-36 h after infusion}, {@code day +3}, {@code days 0 to +6}, {@code day 0 onwards}. */
  public String describe() {
    if (inHours) {
      return Numbers.plain(from) + "-" + Numbers.plain(to) + " h after infusion";
    }
    if (Double.isInfinite(to)) {
      return "day " + Numbers.signedDay((int) from) + " onwards, after infusion";
    }
    if (from == to) {
      return "day " + Numbers.signedDay((int) from);
    }
    return "days " + Numbers.signedDay((int) from) + " to " + Numbers.signedDay((int) to) + " after infusion";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WarningWindow)) {
      return false;
    }
    WarningWindow w = (WarningWindow) o;
    return inHours == w.inHours && Double.compare(from, w.from) == 0 && Double.compare(to, w.to) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(inHours, from, to);
  }

  @Override
  public String toString() {
    return describe();
  }
}
