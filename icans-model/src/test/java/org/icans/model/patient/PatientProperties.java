package org.icans.model.patient;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.model.testing.DoubleArbitraries;

/** An age is a number of years from 0 to 120; a weight is a finite number of kg greater than 0. */
class PatientProperties {
  private static final String AGE_ALLOWED = "a number from 0 to 120";
  private static final String WEIGHT_ALLOWED = "a finite number greater than 0";

  @Property
  void acceptsEveryAgeFrom0To120(@ForAll("from0To120") double age) {
    assertEquals(age, Patient.aged(age).ageYears());
  }

  @Property
  void refusesEveryAgeOutside0To120(@ForAll("outside0To120") double age) {
    assertInvalid(() -> Patient.aged(age), "patient.ageYears", age, AGE_ALLOWED);
  }

  @Property
  void ageAcceptedExactlyFrom0To120(@ForAll("anyAge") double age) {
    if (age >= 0 && age <= 120) {
      assertEquals(age, Patient.aged(age).ageYears());
    } else {
      assertInvalid(() -> Patient.aged(age), "patient.ageYears", age, AGE_ALLOWED);
    }
  }

  @Property
  void acceptsEveryFinitePositiveWeight(@ForAll("positiveWeights") double kg) {
    assertEquals(OptionalDouble.of(kg), Patient.builder().ageYears(30).weightKg(kg).build().weightKg());
  }

  @Property
  void refusesEveryWeightThatIsNotFiniteAndPositive(@ForAll("notPositiveWeights") double kg) {
    assertInvalid(() -> Patient.builder().ageYears(30).weightKg(kg).build(),
        "patient.weightKg", kg, WEIGHT_ALLOWED);
  }

  @Provide
  Arbitrary<Double> from0To120() {
    return DoubleArbitraries.inside(0, 120);
  }

  @Provide
  Arbitrary<Double> outside0To120() {
    return DoubleArbitraries.outside(0, 120);
  }

  @Provide
  Arbitrary<Double> anyAge() {
    return DoubleArbitraries.anyAround(0, 120);
  }

  @Provide
  Arbitrary<Double> positiveWeights() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0, false, 300, true).ofScale(3),
        Arbitraries.doubles().greaterThan(0),
        Arbitraries.of(Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE));
  }

  @Provide
  Arbitrary<Double> notPositiveWeights() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().lessOrEqual(0),
        Arbitraries.of(0.0, -0.0, -Double.MIN_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
  }
}
