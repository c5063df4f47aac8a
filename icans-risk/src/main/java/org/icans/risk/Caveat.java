package org.icans.risk;

import java.util.Objects;
import java.util.OptionalInt;
import org.icans.model.InvalidValueException;
import org.icans.model.evidence.Citation;
import org.icans.risk.internal.time.CalendarDays;

/**
 * Something the data could not show, said in the report so that silence is not read as
 * reassurance: an IL-6 value left out because it was drawn after tocilizumab, a value whose time
 * cannot be placed inside or outside a warning's window without the hours after infusion, a score
 * that needs the start day of lymphodepletion.
 *
 * <p>Immutable.
 *
 * @param day the calendar day (relative to infusion, day 0; project choice R-14) the caveat is about,
 *     if it is about one day
 * @param text what could not be judged, and what would let it be judged
 * @param source the rule or source behind the caveat
 */
public record Caveat(OptionalInt day, String text, Citation source) {
  /**
   * Validates that the text is not blank.
   *
   * @throws InvalidValueException (field {@code caveat.text}) if it is
   */
  public Caveat {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(source, "source");
    if (Objects.requireNonNull(text, "text").isBlank()) {
      throw new InvalidValueException("caveat.text", "'" + text + "'", "non-empty text");
    }
  }

  /**
   * A caveat about one day: the calendar day {@code day} lies on (the model's day, as {@code
   * TimePoint.calendarDayOf(double)}).
   *
   * @throws InvalidValueException (field {@code day}) if the day is not finite or before day -30
   */
  public static Caveat onDay(double day, String text, Citation source) {
    return new Caveat(OptionalInt.of(CalendarDays.of(day)), text, source);
  }

  /** A caveat about the whole record. */
  public static Caveat general(String text, Citation source) {
    return new Caveat(OptionalInt.empty(), text, source);
  }
}
