package org.icans.management.dosing;

import java.time.Duration;
import java.util.Objects;
import org.icans.model.InvalidValueException;

/**
 * The time between doses as a source states it: one value ("every 8 h") or a range ("every 6-12
 * h", "repeat once after 24-48 h"). Immutable.
 *
 * @param shortest the shortest interval the source allows
 * @param longest the longest interval, equal to {@code shortest} for a single value
 */
public record DoseInterval(Duration shortest, Duration longest) {

  /** Validates: both positive, {@code longest >= shortest}. */
  public DoseInterval {
    Objects.requireNonNull(shortest, "shortest");
    Objects.requireNonNull(longest, "longest");
    if (shortest.isNegative() || shortest.isZero()) {
      throw new InvalidValueException("interval.shortest", shortest, "a positive duration");
    }
    if (longest.compareTo(shortest) < 0) {
      throw new InvalidValueException("interval.longest", longest, "at least the shortest interval " + shortest);
    }
  }

  /** Every {@code hours} hours. */
  public static DoseInterval hours(long hours) {
    return new DoseInterval(Duration.ofHours(hours), Duration.ofHours(hours));
  }

  /** Every {@code shortest} to {@code longest} hours. */
  public static DoseInterval hours(long shortest, long longest) {
    return new DoseInterval(Duration.ofHours(shortest), Duration.ofHours(longest));
  }

  /** Every {@code minutes} minutes. */
  public static DoseInterval minutes(long minutes) {
    return new DoseInterval(Duration.ofMinutes(minutes), Duration.ofMinutes(minutes));
  }

  /** The most doses that fit in 24 hours at the shortest interval, counting the first at time 0 as one. */
  public int maxDosesPer24h() {
    long minutes = shortest.toMinutes();
    return (int) Math.max(1, (24 * 60) / minutes);
  }

  /** For people: {@code "every 6-12 h"}, {@code "every 8 h"}, {@code "every 5 min"}. */
  public String display() {
    return "every " + amount(shortest, longest);
  }

  private static String amount(Duration a, Duration b) {
    boolean minutes = a.toMinutes() % 60 != 0 || b.toMinutes() % 60 != 0;
    if (minutes) {
      return a.equals(b) ? a.toMinutes() + " min" : a.toMinutes() + "-" + b.toMinutes() + " min";
    }
    return a.equals(b) ? a.toHours() + " h" : a.toHours() + "-" + b.toHours() + " h";
  }
}
