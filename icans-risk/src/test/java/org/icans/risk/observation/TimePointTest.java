package org.icans.risk.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icans.model.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Day 0 is the infusion day; hours, when given, must fall on the stated day. */
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
}
