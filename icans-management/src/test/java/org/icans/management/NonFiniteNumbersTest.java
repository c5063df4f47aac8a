package org.icans.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleConsumer;
import org.icans.management.dosing.Ceiling;
import org.icans.management.dosing.Dose;
import org.icans.management.dosing.DoseBasis;
import org.icans.management.dosing.DoseRule;
import org.icans.management.dosing.Drug;
import org.icans.model.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public factory of a number (an age, a weight, a dose, a ceiling, a temperature, hours)
 * refuses {@code NaN} and both infinities with an {@link InvalidValueException} naming the field,
 * the value and what is allowed (issue 14, "nulls"): a non-finite number never yields a plan, a
 * dose or a triage.
 */
class NonFiniteNumbersTest {
  private static final DoseRule RULE = DoseRule.builder(Drug.TOCILIZUMAB, "8 mg/kg IV, max 800 mg").mgPerKg(8)
      .capMg(800).build();
  private static final Situation SITUATION = Situation.of(2, 0, 60, 70);

  private static DoseRule.Builder rule() {
    return DoseRule.builder(Drug.DEXAMETHASONE, "10 mg IV").mg(10);
  }

  /** Each field, and a call that gives it the number. */
  private static List<Arguments> fields() {
    List<Arguments> fields = List.of(
        Arguments.of("ageYears", (DoubleConsumer) AgeGroup::of),
        Arguments.of("patient.ageYears", (DoubleConsumer) v -> Situation.of(2, 0, v, 70)),
        Arguments.of("patient.weightKg", (DoubleConsumer) v -> Situation.of(2, 0, 60, v)),
        Arguments.of("patient.weightKg", (DoubleConsumer) SITUATION::withWeightKg),
        Arguments.of("situation.hoursWithoutImprovement",
            (DoubleConsumer) v -> SITUATION.toBuilder().hoursWithoutImprovement(v).build()),
        Arguments.of("weightKg", (DoubleConsumer) RULE::doseFor),
        Arguments.of("weightKg", (DoubleConsumer) RULE::appliesToWeight),
        Arguments.of("weightKg", (DoubleConsumer) v -> RULE.doseFor(OptionalDouble.of(v), true)),
        Arguments.of("situation.weightKg", (DoubleConsumer) v -> Dose.requirePlausibleWeight("situation.weightKg", v)),
        Arguments.of("doseRule.amountLow", (DoubleConsumer) v -> rule().mg(v).build()),
        Arguments.of("doseRule.amountLow", (DoubleConsumer) v -> rule().mgPerKg(v, 2).build()),
        Arguments.of("doseRule.amountHigh", (DoubleConsumer) v -> rule().mg(1, v).build()),
        Arguments.of("doseRule.capMg", (DoubleConsumer) v -> rule().capMg(v).build()),
        Arguments.of("doseRule.maxMgPerKgPerDay", (DoubleConsumer) v -> rule().maxMgPerKgPerDay(v).build()),
        Arguments.of("doseRule.weightFromKg", (DoubleConsumer) v -> rule().weightFromKg(v).build()),
        Arguments.of("doseRule.weightBelowKg", (DoubleConsumer) v -> rule().weightBelowKg(v).build()),
        Arguments.of("doseRule.maxTotalMg", (DoubleConsumer) v -> rule().maxTotalMg(v).build()),
        Arguments.of("dose.lowMg", (DoubleConsumer) v -> Dose.stated(RULE, OptionalDouble.empty(), v, 800)),
        Arguments.of("dose.highMg", (DoubleConsumer) v -> Dose.stated(RULE, OptionalDouble.empty(), 400, v)),
        Arguments.of("dose.weightKg", (DoubleConsumer) v -> Dose.stated(RULE, OptionalDouble.of(v), 400, 400)),
        Arguments.of("ceiling.mg",
            (DoubleConsumer) v -> new Ceiling(v, DoseBasis.PER_DOSE, Ceiling.Origin.RULE, Optional.empty())));
    List<Arguments> cases = new ArrayList<>();
    for (Arguments f : fields) {
      for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
        cases.add(Arguments.of(f.get()[0], v, f.get()[1]));
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("fields")
  void isRefusedNamingFieldValueAndWhatIsAllowed(String field, double value, DoubleConsumer call) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> call.accept(value));
    assertEquals(field, e.field());
    assertTrue(e.value().contains(Double.toString(value)), e.getMessage());
    assertFalse(e.allowed().isBlank(), e.getMessage());
  }
}
