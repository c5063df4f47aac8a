package org.icans.risk.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icans.model.assessment.Assessment;
import org.icans.model.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Day 0 is the infusion day; days are the model's (fractions allowed, -30 or later); a fraction lies
 * on the calendar day of its whole part, rounded down (project choice R-14); hours, when given,
 * must fall on that calendar day.
 */
class TimePointTest {

  @ParameterizedTest(name = "day {0} at {1} h is accepted")
  @CsvSource({"0, 0", "0, 23.5", "0, -2", "1, 30", "1, 0.5", "1, 47.9", "-5, -100", "3, 60"})
  void acceptsHoursWithinTheDay(int day, double hours) {
    assertEquals(hours, TimePoint.of(day, hours).hoursAfterInfusion().getAsDouble());
  }

  @ParameterizedTest(name = "day {0} at {1} h is refused")
  @CsvSource({"0, 24", "0, -24", "1, 0", "1, 48", "3, 20", "-1, 5"})
  void refusesHoursOnAnotherDay(int day, double hours) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> TimePoint.of(day, hours));
    assertEquals("hours_after_infusion", e.field());
  }

  @Test
  void refusesDaysBeforeTheFirstAccepted() {
    assertEquals("day", assertThrows(InvalidValueException.class, () -> TimePoint.ofDay(-31)).field());
    assertEquals(-30, TimePoint.ofDay(-30).day());
  }

  @Test
  void withoutHoursADaySpansTheHoursItCouldHold() {
    TimePoint d1 = TimePoint.ofDay(1);
    assertEquals(0, d1.earliestHours());
    assertTrue(d1.earliestExcluded());
    assertEquals(48, d1.latestHours());
    // Project choice 2: a day-0 sample without hours is after the infusion.
    TimePoint d0 = TimePoint.ofDay(0);
    assertEquals(0, d0.earliestHours());
    assertFalse(d0.earliestExcluded());
    assertTrue(d0.isAfterInfusion());
    assertFalse(TimePoint.of(0, -1).isAfterInfusion());
    assertFalse(TimePoint.ofDay(-1).isAfterInfusion());
  }

  @Test
  void labelsForPeople() {
    assertEquals("day +1 (30 h)", TimePoint.of(1, 30).label());
    assertEquals("day -5", TimePoint.ofDay(-5).label());
    assertEquals("day 0", TimePoint.ofDay(0).label());
  }

  @ParameterizedTest(name = "day {0} lies on calendar day {1}")
  @CsvSource({"0, 0", "0.5, 0", "0.99, 0", "1, 1", "4.5, 4", "-0.5, -1", "-5, -5", "-4.75, -5", "-30, -30",
      "-29.5, -30", "27.999, 27"})
  void aFractionLiesOnTheCalendarDayOfItsWholePartRoundedDown(double day, int calendar) {
    assertEquals(calendar, TimePoint.ofDay(day).calendarDay());
    assertEquals(calendar, TimePoint.calendarDayOf(day));
    assertEquals(day, TimePoint.ofDay(day).day());
  }

  @ParameterizedTest(name = "day {0} without hours spans {1} to {2} h")
  @CsvSource({"1.5, 0, 48", "1, 0, 48", "4.25, 72, 120", "0.5, 0, 24", "-0.5, -48, 0", "-4.5, -144, -96"})
  void withoutHoursAFractionalDaySpansItsCalendarDay(double day, double earliest, double latest) {
    // The fraction is not a clock time: the window is that of the calendar day, which holds 24 x day too.
    TimePoint t = TimePoint.ofDay(day);
    assertEquals(earliest, t.earliestHours());
    assertEquals(latest, t.latestHours());
    assertTrue(t.earliestHours() <= 24 * day && 24 * day < t.latestHours());
  }

  @ParameterizedTest(name = "day {0} at {1} h is accepted")
  @CsvSource({"1.5, 30", "1.5, 1", "1.5, 47", "0.5, -2", "-0.5, -30", "4.75, 100"})
  void hoursMayFallAnywhereOnTheCalendarDayOfAFractionalDay(double day, double hours) {
    assertEquals(hours, TimePoint.of(day, hours).hoursAfterInfusion().getAsDouble());
  }

  @ParameterizedTest(name = "day {0} at {1} h is refused")
  @CsvSource({"1.5, 48", "1.5, 0", "-0.5, 0", "4.75, 120"})
  void hoursOnAnotherCalendarDayAreRefused(double day, double hours) {
    assertEquals("hours_after_infusion",
        assertThrows(InvalidValueException.class, () -> TimePoint.of(day, hours)).field());
  }

  @Test
  void theEarliestDayIsTheModels() {
    assertEquals(Assessment.MIN_DAY, TimePoint.MIN_DAY);
    assertEquals(-29.5, TimePoint.ofDay(-29.5).day());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> TimePoint.ofDay(-30.5));
    assertEquals("day: -30.5 is not allowed; allowed: a finite number of days relative to infusion, -30 or later",
        e.getMessage());
  }

  @Test
  void fractionalDaysAreLabelledAndOrderedWithinTheirCalendarDay() {
    assertEquals("day +4.5", TimePoint.ofDay(4.5).label());
    assertEquals("day -0.5", TimePoint.ofDay(-0.5).label());
    assertEquals("day +1.5 (30 h)", TimePoint.of(1.5, 30).label());
    assertTrue(TimePoint.CHRONOLOGICAL.compare(TimePoint.ofDay(4.25), TimePoint.ofDay(4.75)) < 0);
    assertTrue(TimePoint.CHRONOLOGICAL.compare(TimePoint.ofDay(4.75), TimePoint.ofDay(5)) < 0);
    assertFalse(TimePoint.ofDay(-0.5).isAfterInfusion());
    assertTrue(TimePoint.ofDay(0.5).isAfterInfusion());
  }
}
