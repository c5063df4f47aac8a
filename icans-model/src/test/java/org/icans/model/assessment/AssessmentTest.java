package org.icans.model.assessment;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.icans.model.crs.CrsObservation;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One assessment of one patient on one day (day -30 or later, finite). */
class AssessmentTest {
  private static final String DAY_ALLOWED = "a finite number of days, -30 or later";

  private static Assessment.Builder valid() {
    return Assessment.builder().patientId("P-001").day(3).patient(Patient.aged(45));
  }

  @Test
  void withoutIcansOrCrsBothAreNotAssessed() {
    Assessment a = valid().build();

    assertAll(
        () -> assertEquals("P-001", a.patientId()),
        () -> assertEquals(3.0, a.day()),
        () -> assertEquals(Patient.aged(45), a.patient()),
        () -> assertEquals(IcansObservation.notAssessed(), a.icans()),
        () -> assertEquals(CrsObservation.notAssessed(), a.crs()));
  }

  @Test
  void holdsItsObservations() {
    IcansObservation icans = IcansObservation.builder().ice(IceScore.ofTotal(8)).build();
    CrsObservation crs = CrsObservation.builder().temperatureCelsius(38.4).build();
    Assessment a = valid().icans(icans).crs(crs).build();

    assertSame(icans, a.icans());
    assertSame(crs, a.crs());
    assertEquals(a, valid().icans(icans).crs(crs).build());
    assertEquals(a.hashCode(), valid().icans(icans).crs(crs).build().hashCode());
  }

  @ParameterizedTest(name = "day {0} is accepted")
  @ValueSource(doubles = {-30, -29.5, -7, 0, 0.25, 1, 28, 365, 3650})
  void acceptsADayOfMinus30OrLater(double day) {
    assertEquals(day, valid().day(day).build().day());
  }

  @Test
  void theEarliestDayIsTheDocumentedConstant() {
    assertEquals(-30.0, Assessment.MIN_DAY);
  }

  @ParameterizedTest(name = "day {0} is refused")
  @ValueSource(doubles = {-30.5, -30.0001, -31, -365, Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY})
  void refusesADayBeforeMinus30OrNotFinite(double day) {
    assertInvalid(() -> valid().day(day).build(), "day", day, DAY_ALLOWED);
  }

  @Test
  void refusesTheDayJustBeforeMinus30() {
    double justBefore = Math.nextDown(-30.0);

    assertInvalid(() -> valid().day(justBefore).build(), "day", justBefore, DAY_ALLOWED);
  }

  @ParameterizedTest(name = "patient id \"{0}\" is refused")
  @ValueSource(strings = {"", " ", "\t", "  \n "})
  void refusesABlankPatientId(String id) {
    assertInvalid(() -> valid().patientId(id).build(), "patientId", "'" + id + "'", "non-empty text");
  }

  @Test
  void builderRejectsNull() {
    Assessment.Builder b = Assessment.builder();

    assertAll(
        () -> assertThrows(NullPointerException.class, () -> b.patientId(null)),
        () -> assertThrows(NullPointerException.class, () -> b.patient(null)),
        () -> assertThrows(NullPointerException.class, () -> b.icans(null)),
        () -> assertThrows(NullPointerException.class, () -> b.crs(null)));
  }

  @Test
  void requiresPatientIdDayAndPatient() {
    assertAll(
        () -> assertThrows(IllegalStateException.class,
            () -> Assessment.builder().day(0).patient(Patient.aged(45)).build()),
        () -> assertThrows(IllegalStateException.class,
            () -> Assessment.builder().patientId("P").patient(Patient.aged(45)).build()),
        () -> assertThrows(IllegalStateException.class,
            () -> Assessment.builder().patientId("P").day(0).build()));
  }
}
