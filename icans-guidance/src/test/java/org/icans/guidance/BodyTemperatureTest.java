package org.icans.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.icans.model.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Temperature readings: the sheet's fever threshold in both units, parsing and display. */
class BodyTemperatureTest {

  @ParameterizedTest(name = "{0} -> {1}, {2}")
  @CsvSource(delimiter = '|', textBlock = """
      38.2C      | true  | 38.2 °C (100.8 °F)
      38.2 °C    | true  | 38.2 °C (100.8 °F)
      38C        | true  | 38.0 °C (100.4 °F)
      37.99c     | false | 37.99 °C (100.3 °F)
      100.4F     | true  | 100.4 °F (38.0 °C)
      100.39 f   | false | 100.39 °F (37.9 °C)
      100.9 deg F| true  | 100.9 °F (38.3 °C)
      """)
  void parsesAndJudgesBySheetThreshold(String text, boolean fever, String display) {
    BodyTemperature t = BodyTemperature.parse(text);
    assertEquals(fever, t.isFever());
    assertEquals(display, t.display());
  }

  @ParameterizedTest
  @ValueSource(strings = {"38,2C", "38.2", "hot", "38.2K", "", "3.82C"})
  void refusesWhatItCannotReadWithoutGuessing(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> BodyTemperature.parse(text));
    assertEquals("temperature", e.field());
    assertTrue(e.allowed().contains("38.2C"), e.allowed());
  }

  @ParameterizedTest
  @ValueSource(doubles = {24.9, 45.1, Double.NaN, Double.POSITIVE_INFINITY})
  void refusesCelsiusOutsideTheThermometerRange(double c) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> BodyTemperature.celsius(c));
    assertEquals("a number from 25 to 45 °C", e.allowed());
  }

  @Test
  void refusesFahrenheitOutsideTheSameRange() {
    assertThrows(InvalidValueException.class, () -> BodyTemperature.fahrenheit(38.2));
    assertEquals("a number from 77 to 113 °F",
        assertThrows(InvalidValueException.class, () -> BodyTemperature.fahrenheit(113.5)).allowed());
    assertFalse(BodyTemperature.fahrenheit(77).isFever());
  }

  @Test
  void displayIgnoresTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("38.5 °C (101.3 °F)", BodyTemperature.celsius(38.5).display());
      assertEquals("38.5", BodyTemperature.parse("38.5C").display().substring(0, 4));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void convertsBetweenUnits() {
    assertEquals(100.4, BodyTemperature.celsius(38).fahrenheit(), 1e-9);
    assertEquals(38.0, BodyTemperature.fahrenheit(100.4).celsius(), 1e-9);
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void nonFiniteNumbersAreRefusedNamingTheField(double v) {
    assertEquals("temperature", assertThrows(InvalidValueException.class, () -> BodyTemperature.celsius(v)).field());
    assertEquals("temperature", assertThrows(InvalidValueException.class, () -> BodyTemperature.fahrenheit(v)).field());
  }
}
