package org.icans.model.assessment;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.model.patient.Patient;
import org.icans.model.testing.DoubleArbitraries;

/** An assessment's day is any finite number of days from -30 on, and nothing else. */
class AssessmentProperties {
  private static final String DAY_ALLOWED = "a finite number of days, -30 or later";

  @Property
  void acceptsEveryFiniteDayFromMinus30(@ForAll("daysFromMinus30") double day) {
    assertEquals(day, assessmentOnDay(day).day());
  }

  @Property
  void refusesEveryDayBeforeMinus30OrNotFinite(@ForAll("daysBeforeMinus30OrNotFinite") double day) {
    assertInvalid(() -> assessmentOnDay(day), "day", day, DAY_ALLOWED);
  }

  @Property
  void acceptedExactlyWhenFiniteAndFromMinus30(@ForAll("anyDays") double day) {
    if (day >= -30 && Double.isFinite(day)) {
      assertEquals(day, assessmentOnDay(day).day());
    } else {
      assertInvalid(() -> assessmentOnDay(day), "day", day, DAY_ALLOWED);
    }
  }

  @Provide
  Arbitrary<Double> daysFromMinus30() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-30, 3650),
        Arbitraries.doubles().greaterOrEqual(-30),
        Arbitraries.of(-30.0, Math.nextUp(-30.0), -0.0, 0.0, Double.MAX_VALUE));
  }

  @Provide
  Arbitrary<Double> daysBeforeMinus30OrNotFinite() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().lessThan(-30),
        Arbitraries.of(Math.nextDown(-30.0), -Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
  }

  @Provide
  Arbitrary<Double> anyDays() {
    return DoubleArbitraries.anyAround(-30, 3650);
  }

  private static Assessment assessmentOnDay(double day) {
    return Assessment.builder().patientId("P-001").day(day).patient(Patient.aged(50)).build();
  }
}
