package org.icans.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The exception names field, value and what is allowed, and says so in its message. */
class InvalidValueExceptionTest {

  @Test
  void namesFieldValueAndAllowed() {
    InvalidValueException e = new InvalidValueException("ice.orientation", 5, "an integer 0-4");

    assertAll(
        () -> assertEquals("ice.orientation", e.field()),
        () -> assertEquals("5", e.value()),
        () -> assertEquals("an integer 0-4", e.allowed()),
        () -> assertEquals("ice.orientation: 5 is not allowed; allowed: an integer 0-4", e.getMessage()),
        () -> assertInstanceOf(IllegalArgumentException.class, e));
  }

  @Test
  void aDoubleValueIsWrittenWithAPointWhateverTheLocale() {
    // Surefire runs under hi_IN; the value must not follow the default locale.
    InvalidValueException e = new InvalidValueException("crs.temperatureCelsius", 45.1, "a number from 25 to 45");

    assertEquals("45.1", e.value());
    assertEquals("crs.temperatureCelsius: 45.1 is not allowed; allowed: a number from 25 to 45", e.getMessage());
  }

  @Test
  void aNullValueIsWrittenAsNull() {
    assertEquals("null", new InvalidValueException("f", null, "x").value());
  }

  @Test
  void requiresFieldAndAllowed() {
    assertThrows(NullPointerException.class, () -> new InvalidValueException(null, 1, "x"));
    assertThrows(NullPointerException.class, () -> new InvalidValueException("f", 1, null));
  }
}
