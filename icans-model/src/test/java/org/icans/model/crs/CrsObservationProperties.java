package org.icans.model.crs;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.model.testing.DoubleArbitraries;

/** A temperature is a number from 25 to 45 C, both included, and nothing else. */
class CrsObservationProperties {
  private static final String FIELD = "crs.temperatureCelsius";
  private static final String ALLOWED = "a number from 25 to 45";

  @Property
  void acceptsEveryTemperatureFrom25To45(@ForAll("from25To45") double celsius) {
    assertEquals(OptionalDouble.of(celsius), withTemperature(celsius).temperatureCelsius());
  }

  @Property
  void refusesEveryTemperatureOutside25To45(@ForAll("outside25To45") double celsius) {
    assertInvalid(() -> withTemperature(celsius), FIELD, celsius, ALLOWED);
  }

  @Property
  void acceptedExactlyFrom25To45(@ForAll("anyTemperature") double celsius) {
    if (celsius >= 25 && celsius <= 45) {
      assertEquals(OptionalDouble.of(celsius), withTemperature(celsius).temperatureCelsius());
    } else {
      assertInvalid(() -> withTemperature(celsius), FIELD, celsius, ALLOWED);
    }
  }

  @Provide
  Arbitrary<Double> from25To45() {
    return DoubleArbitraries.inside(25, 45);
  }

  @Provide
  Arbitrary<Double> outside25To45() {
    return DoubleArbitraries.outside(25, 45);
  }

  @Provide
  Arbitrary<Double> anyTemperature() {
    return DoubleArbitraries.anyAround(25, 45);
  }

  private static CrsObservation withTemperature(double celsius) {
    return CrsObservation.builder().temperatureCelsius(celsius).build();
  }
}
