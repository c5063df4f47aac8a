package org.icans.risk.internal.time;

import org.icans.model.assessment.Assessment;
import org.icans.model.InvalidValueException;
import org.icans.risk.internal.text.Numbers;

/**
 * The calendar day a day relative to infusion lies on (project choice R-14), for the time of a lab
 * value and the day of a caveat alike.
 */
public final class CalendarDays {
  private CalendarDays() {}

  /**
   * The calendar day {@code day} lies on: its whole part, rounded down.
   *
   * @throws InvalidValueException (field {@code day}) if the day is not finite or before the
   *     model's {@link Assessment#MIN_DAY}
   */
  public static int of(double day) {
    if (!(Double.isFinite(day) && day >= Assessment.MIN_DAY)) {
      throw new InvalidValueException("day", Double.isFinite(day) ? Numbers.plain(day) : day,
          "a finite number of days relative to infusion, " + Numbers.plain(Assessment.MIN_DAY) + " or later");
    }
    return (int) Math.floor(day);
  }
}
