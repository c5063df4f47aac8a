package org.icans.model.crs;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Oxygen device and flow; a nasal cannula needs its flow, no oxygen has none. */
class OxygenSupportTest {
  private static final String FIELD = "oxygen.flowLitresPerMinute";
  private static final String POSITIVE = "a finite number greater than 0";

  @Test
  void roomAirIsNoDeviceAndNoFlow() {
    OxygenSupport air = OxygenSupport.roomAir();

    assertEquals(OxygenDevice.NONE, air.device());
    assertEquals(OptionalDouble.empty(), air.flowLitresPerMinute());
    assertEquals(OxygenSupport.of(OxygenDevice.NONE), air);
  }

  @Test
  void aNasalCannulaWithItsFlow() {
    OxygenSupport low = OxygenSupport.of(OxygenDevice.NASAL_CANNULA, 6);
    OxygenSupport built = OxygenSupport.builder().device(OxygenDevice.NASAL_CANNULA).flowLitresPerMinute(6).build();

    assertAll(
        () -> assertEquals(OxygenDevice.NASAL_CANNULA, low.device()),
        () -> assertEquals(OptionalDouble.of(6), low.flowLitresPerMinute()),
        () -> assertEquals(low, built),
        () -> assertEquals(low.hashCode(), built.hashCode()));
  }

  @Test
  void aNasalCannulaWithoutFlowIsRefused() {
    String allowed = "a flow in L/min with a nasal cannula: it decides low flow (<= 6) from high flow (> 6)";

    assertInvalid(() -> OxygenSupport.of(OxygenDevice.NASAL_CANNULA), FIELD, "(none)", allowed);
    assertInvalid(() -> OxygenSupport.builder().device(OxygenDevice.NASAL_CANNULA).build(),
        FIELD, "(none)", allowed);
  }

  @Test
  void aHighFlowNasalCannulaWithoutFlowIsAccepted() {
    OxygenSupport hfnc = OxygenSupport.of(OxygenDevice.HIGH_FLOW_NASAL_CANNULA);

    assertEquals(OxygenDevice.HIGH_FLOW_NASAL_CANNULA, hfnc.device());
    assertEquals(OptionalDouble.empty(), hfnc.flowLitresPerMinute());
  }

  @ParameterizedTest
  @EnumSource(value = OxygenDevice.class, names = "NASAL_CANNULA", mode = EnumSource.Mode.EXCLUDE)
  void everyOtherDeviceNeedsNoFlow(OxygenDevice device) {
    assertEquals(OptionalDouble.empty(), OxygenSupport.of(device).flowLitresPerMinute());
  }

  @ParameterizedTest
  @EnumSource(value = OxygenDevice.class, names = {"NONE", "UNKNOWN_DEVICE"}, mode = EnumSource.Mode.EXCLUDE)
  void everyKnownDeviceGivingOxygenMayRecordAFlow(OxygenDevice device) {
    assertEquals(OptionalDouble.of(2.5), OxygenSupport.of(device, 2.5).flowLitresPerMinute());
  }

  @ParameterizedTest(name = "a flow of {0} with an unknown device is refused")
  @ValueSource(doubles = {2, 0.5, 0, -1, Double.NaN})
  void aFlowWithAnUnknownDeviceIsRefused(double flow) {
    assertInvalid(() -> OxygenSupport.of(OxygenDevice.UNKNOWN_DEVICE, flow), FIELD, flow,
        "no flow with an unknown device: a known flow is recorded with its device");
  }

  @ParameterizedTest(name = "a flow of {0} with no oxygen is refused")
  @ValueSource(doubles = {2, 0.5, 0, -1, Double.NaN})
  void aFlowWithNoOxygenIsRefused(double flow) {
    assertInvalid(() -> OxygenSupport.of(OxygenDevice.NONE, flow), FIELD, flow,
        "no flow when no oxygen is given");
  }

  @ParameterizedTest(name = "a flow of {0} is refused")
  @ValueSource(doubles = {0, -0.0, -1, -0.001, Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, -Double.MAX_VALUE})
  void aFlowThatIsNotAFinitePositiveNumberIsRefused(double flow) {
    assertInvalid(() -> OxygenSupport.of(OxygenDevice.NASAL_CANNULA, flow), FIELD, flow, POSITIVE);
    assertInvalid(() -> OxygenSupport.of(OxygenDevice.HIGH_FLOW_NASAL_CANNULA, flow), FIELD, flow, POSITIVE);
    assertInvalid(() -> OxygenSupport.of(OxygenDevice.FACEMASK, flow), FIELD, flow, POSITIVE);
  }

  @Test
  void theSmallestAndLargestPositiveFlowsAreAccepted() {
    assertEquals(OptionalDouble.of(Double.MIN_VALUE),
        OxygenSupport.of(OxygenDevice.NASAL_CANNULA, Double.MIN_VALUE).flowLitresPerMinute());
    assertEquals(OptionalDouble.of(Double.MAX_VALUE),
        OxygenSupport.of(OxygenDevice.NASAL_CANNULA, Double.MAX_VALUE).flowLitresPerMinute());
  }

  @Test
  void rejectsNullAndAMissingDevice() {
    assertThrows(NullPointerException.class, () -> OxygenSupport.of(null));
    assertThrows(NullPointerException.class, () -> OxygenSupport.of(null, 2));
    assertThrows(NullPointerException.class, () -> OxygenSupport.builder().device(null));
    assertThrows(NullPointerException.class,
        () -> OxygenSupport.builder().flowLitresPerMinute((OptionalDouble) null));
    assertThrows(IllegalStateException.class, () -> OxygenSupport.builder().flowLitresPerMinute(2).build());
  }
}
