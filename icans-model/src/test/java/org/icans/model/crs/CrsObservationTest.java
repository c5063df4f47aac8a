package org.icans.model.crs;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One CRS assessment; the temperature is 25-45 C inclusive when measured. */
class CrsObservationTest {
  private static final String FIELD = "crs.temperatureCelsius";
  private static final String ALLOWED = "a number from 25 to 45";

  @Test
  void notAssessedHasEveryElementEmpty() {
    CrsObservation none = CrsObservation.notAssessed();

    assertAll(
        () -> assertEquals(OptionalDouble.empty(), none.temperatureCelsius()),
        () -> assertFalse(none.feverMasked()),
        () -> assertEquals(Optional.empty(), none.hypotension()),
        () -> assertEquals(Optional.empty(), none.oxygen()),
        () -> assertTrue(none.attributedToOtherCause().isEmpty()),
        () -> assertFalse(none.diedOfCrs()),
        () -> assertEquals(none, CrsObservation.builder().build()));
  }

  @Test
  void holdsEveryElement() {
    CrsObservation o = CrsObservation.builder()
        .temperatureCelsius(39.2)
        .feverMasked(true)
        .hypotension(Hypotension.ONE_VASOPRESSOR)
        .oxygen(OxygenSupport.of(OxygenDevice.NASAL_CANNULA, 8))
        .addAttributedToOtherCause(CrsSign.FEVER)
        .diedOfCrs(true)
        .build();

    assertAll(
        () -> assertEquals(OptionalDouble.of(39.2), o.temperatureCelsius()),
        () -> assertTrue(o.feverMasked()),
        () -> assertEquals(Optional.of(Hypotension.ONE_VASOPRESSOR), o.hypotension()),
        () -> assertEquals(Optional.of(OxygenSupport.of(OxygenDevice.NASAL_CANNULA, 8)), o.oxygen()),
        () -> assertEquals(EnumSet.of(CrsSign.FEVER), o.attributedToOtherCause()),
        () -> assertTrue(o.diedOfCrs()));
  }

  @Test
  void normalFindingsAreNotTheSameAsNotAssessed() {
    CrsObservation normal = CrsObservation.builder()
        .temperatureCelsius(36.8)
        .hypotension(Hypotension.NONE)
        .oxygen(OxygenSupport.roomAir())
        .build();

    assertFalse(normal.equals(CrsObservation.notAssessed()));
  }

  @ParameterizedTest(name = "{0} C is accepted")
  @ValueSource(doubles = {25, 25.0001, 36.6, 38, 44.9999, 45})
  void acceptsATemperatureFrom25To45Inclusive(double celsius) {
    assertEquals(OptionalDouble.of(celsius),
        CrsObservation.builder().temperatureCelsius(celsius).build().temperatureCelsius());
  }

  @ParameterizedTest(name = "{0} C is refused")
  @ValueSource(doubles = {24.9, 45.1, 0, -40, 100.4, 98.6, Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY})
  void refusesATemperatureOutside25To45(double celsius) {
    // 98.6 and 100.4 are Fahrenheit readings: refused, never converted.
    assertInvalid(() -> CrsObservation.builder().temperatureCelsius(celsius).build(), FIELD, celsius, ALLOWED);
  }

  @Test
  void theBoundsAreTheDocumentedConstants() {
    assertEquals(25.0, CrsObservation.MIN_TEMPERATURE_C);
    assertEquals(45.0, CrsObservation.MAX_TEMPERATURE_C);
    assertInvalid(() -> CrsObservation.builder().temperatureCelsius(Math.nextDown(25.0)).build(),
        FIELD, Math.nextDown(25.0), ALLOWED);
    assertInvalid(() -> CrsObservation.builder().temperatureCelsius(Math.nextUp(45.0)).build(),
        FIELD, Math.nextUp(45.0), ALLOWED);
  }

  @Test
  void attributionsAreUnmodifiable() {
    Set<CrsSign> signs = CrsObservation.builder().addAttributedToOtherCause(CrsSign.HYPOXIA).build()
        .attributedToOtherCause();

    assertThrows(UnsupportedOperationException.class, () -> signs.add(CrsSign.FEVER));
  }

  @Test
  void builderRejectsNull() {
    CrsObservation.Builder b = CrsObservation.builder();

    assertAll(
        () -> assertThrows(NullPointerException.class, () -> b.hypotension((Hypotension) null)),
        () -> assertThrows(NullPointerException.class, () -> b.oxygen((OxygenSupport) null)),
        () -> assertThrows(NullPointerException.class, () -> b.temperatureCelsius((OptionalDouble) null)),
        () -> assertThrows(NullPointerException.class, () -> b.addAttributedToOtherCause((CrsSign) null)),
        () -> assertThrows(NullPointerException.class, () -> b.attributedToOtherCause(null)));
  }
}
