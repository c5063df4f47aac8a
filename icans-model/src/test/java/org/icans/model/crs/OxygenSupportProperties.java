package org.icans.model.crs;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.model.testing.DoubleArbitraries;

/**
 * A flow is a finite number of L/min greater than 0, never recorded without oxygen, and required
 * with a nasal cannula only.
 */
class OxygenSupportProperties {
  private static final String FIELD = "oxygen.flowLitresPerMinute";
  private static final String POSITIVE = "a finite number greater than 0";
  private static final String NO_OXYGEN = "no flow when no oxygen is given";
  private static final String UNKNOWN_DEVICE = "no flow with an unknown device: a known flow is recorded with its device";

  @Property
  void acceptsEveryFinitePositiveFlowWithAnyDevice(
      @ForAll("devicesGivingOxygen") OxygenDevice device, @ForAll("positiveFlows") double flow) {
    OxygenSupport support = OxygenSupport.of(device, flow);

    assertEquals(device, support.device());
    assertEquals(OptionalDouble.of(flow), support.flowLitresPerMinute());
  }

  @Property
  void refusesEveryFlowThatIsNotFiniteAndPositive(
      @ForAll("devicesGivingOxygen") OxygenDevice device, @ForAll("notPositiveFlows") double flow) {
    assertInvalid(() -> OxygenSupport.of(device, flow), FIELD, flow, POSITIVE);
  }

  @Property
  void refusesEveryFlowWithoutOxygen(@ForAll("anyFlow") double flow) {
    assertInvalid(() -> OxygenSupport.of(OxygenDevice.NONE, flow), FIELD, flow, NO_OXYGEN);
  }

  @Property
  void refusesEveryFlowWithAnUnknownDevice(@ForAll("anyFlow") double flow) {
    assertInvalid(() -> OxygenSupport.of(OxygenDevice.UNKNOWN_DEVICE, flow), FIELD, flow, UNKNOWN_DEVICE);
  }

  @Property
  void acceptedExactlyWithAKnownDeviceGivingOxygenAndAFinitePositiveFlow(
      @ForAll OxygenDevice device, @ForAll("anyFlow") double flow) {
    if (device == OxygenDevice.NONE) {
      assertInvalid(() -> OxygenSupport.of(device, flow), FIELD, flow, NO_OXYGEN);
    } else if (device == OxygenDevice.UNKNOWN_DEVICE) {
      assertInvalid(() -> OxygenSupport.of(device, flow), FIELD, flow, UNKNOWN_DEVICE);
    } else if (flow > 0 && Double.isFinite(flow)) {
      assertEquals(OptionalDouble.of(flow), OxygenSupport.of(device, flow).flowLitresPerMinute());
    } else {
      assertInvalid(() -> OxygenSupport.of(device, flow), FIELD, flow, POSITIVE);
    }
  }

  /** Exhaustive over the devices: only the nasal cannula needs its flow. */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void onlyANasalCannulaRequiresAFlow(@ForAll OxygenDevice device) {
    if (device == OxygenDevice.NASAL_CANNULA) {
      assertInvalid(() -> OxygenSupport.of(device), FIELD, "(none)",
          "a flow in L/min with a nasal cannula: it decides low flow (<= 6) from high flow (> 6)");
    } else {
      assertEquals(OptionalDouble.empty(), OxygenSupport.of(device).flowLitresPerMinute());
    }
  }

  @Provide
  Arbitrary<OxygenDevice> devicesGivingOxygen() {
    return Arbitraries.of(OxygenDevice.class)
        .filter(d -> d != OxygenDevice.NONE && d != OxygenDevice.UNKNOWN_DEVICE);
  }

  @Provide
  Arbitrary<Double> positiveFlows() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0, false, 60, true).ofScale(3),
        Arbitraries.doubles().greaterThan(0),
        // 6 L/min is the low/high-flow boundary of the CRS grade.
        Arbitraries.of(Double.MIN_VALUE, Double.MIN_NORMAL, 6.0, Math.nextUp(6.0), Double.MAX_VALUE));
  }

  @Provide
  Arbitrary<Double> notPositiveFlows() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().lessOrEqual(0),
        Arbitraries.of(0.0, -0.0, -Double.MIN_VALUE, -Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
  }

  @Provide
  Arbitrary<Double> anyFlow() {
    return DoubleArbitraries.anyAround(0, 60);
  }
}
