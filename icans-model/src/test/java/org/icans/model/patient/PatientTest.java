package org.icans.model.patient;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The patient context: age 0-120 years, an optional positive weight, an optional product. */
class PatientTest {
  private static final String AGE_ALLOWED = "a number from 0 to 120";
  private static final String WEIGHT_ALLOWED = "a finite number greater than 0";

  @Test
  void agedHasNothingButItsAge() {
    Patient p = Patient.aged(34.5);

    assertAll(
        () -> assertEquals(34.5, p.ageYears()),
        () -> assertFalse(p.developmentalDelay()),
        () -> assertEquals(OptionalDouble.empty(), p.weightKg()),
        () -> assertEquals(Optional.empty(), p.product()),
        () -> assertEquals(Patient.builder().ageYears(34.5).build(), p));
  }

  @Test
  void holdsEveryElement() {
    Product product = Product.of("tisagenlecleucel", TherapyModality.CAR_T_CELL, TargetAntigen.CD19);
    Patient p = Patient.builder()
        .ageYears(1.5)
        .developmentalDelay(true)
        .weightKg(11.2)
        .product(product)
        .build();

    assertAll(
        () -> assertEquals(1.5, p.ageYears()),
        () -> assertTrue(p.developmentalDelay()),
        () -> assertEquals(OptionalDouble.of(11.2), p.weightKg()),
        () -> assertEquals(Optional.of(product), p.product()));
  }

  @ParameterizedTest(name = "age {0} is accepted")
  @ValueSource(doubles = {0, 0.01, 1.5, 11.99, 12, 65, 119.99, 120})
  void acceptsAnAgeFrom0To120(double age) {
    assertEquals(age, Patient.aged(age).ageYears());
  }

  @ParameterizedTest(name = "age {0} is refused")
  @ValueSource(doubles = {-1, -0.001, 120.5, 120.0001, 150, Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY})
  void refusesAnAgeOutside0To120(double age) {
    assertInvalid(() -> Patient.aged(age), "patient.ageYears", age, AGE_ALLOWED);
    assertInvalid(() -> Patient.builder().ageYears(age).weightKg(70).build(), "patient.ageYears", age, AGE_ALLOWED);
  }

  @Test
  void theHighestAgeIsTheDocumentedConstant() {
    assertEquals(120.0, Patient.MAX_AGE_YEARS);
  }

  @ParameterizedTest(name = "weight {0} kg is refused")
  @ValueSource(doubles = {0, -0.0, -1, -70, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void refusesAWeightThatIsNotAFinitePositiveNumber(double weight) {
    assertInvalid(() -> Patient.builder().ageYears(40).weightKg(weight).build(),
        "patient.weightKg", weight, WEIGHT_ALLOWED);
  }

  @ParameterizedTest(name = "weight {0} kg is accepted")
  @ValueSource(doubles = {0.4, 3.2, 70, 250})
  void acceptsAPositiveWeight(double weight) {
    assertEquals(OptionalDouble.of(weight), Patient.builder().ageYears(40).weightKg(weight).build().weightKg());
  }

  @Test
  void builderRejectsNullAndAMissingAge() {
    Patient.Builder b = Patient.builder();

    assertAll(
        () -> assertThrows(NullPointerException.class, () -> b.product((Product) null)),
        () -> assertThrows(NullPointerException.class, () -> b.product((Optional<Product>) null)),
        () -> assertThrows(NullPointerException.class, () -> b.weightKg((OptionalDouble) null)),
        () -> assertThrows(IllegalStateException.class, () -> Patient.builder().weightKg(70).build()));
  }
}
