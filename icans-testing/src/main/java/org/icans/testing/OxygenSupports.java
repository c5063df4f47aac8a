package org.icans.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.crs.OxygenSupport;

/**
 * The oxygen support hypoxia needed, the hypoxia element of the ASTCT 2019 CRS grade: a device and,
 * where recorded, the flow in L/min. Built with the model's factories, so each value keeps the
 * model's rules: a nasal cannula always has its flow (it decides low from high flow); room air
 * ({@link OxygenDevice#NONE}) and an unknown device never have one; any other device may.
 *
 * <p>Failures shrink towards room air, then towards the lowest flow.
 */
public final class OxygenSupports {
  private OxygenSupports() {}

  /**
   * Every device: room air, each device of low flow, high flow and positive pressure, and the
   * unknown device; a nasal cannula with a flow, the other devices with or without one (half the
   * time each). Flows as {@link #flows()}.
   */
  public static Arbitrary<OxygenSupport> valid() {
    return Combinators.combine(Arbitraries.of(OxygenDevice.class), Arbitraries.of(false, true), flows())
        .as((device, flowGiven, flow) -> {
          if (device == OxygenDevice.NONE) {
            return OxygenSupport.roomAir();
          }
          if (device == OxygenDevice.UNKNOWN_DEVICE) {
            return OxygenSupport.of(device);
          }
          if (device == OxygenDevice.NASAL_CANNULA || flowGiven) {
            return OxygenSupport.of(device, flow);
          }
          return OxygenSupport.of(device);
        });
  }

  /**
   * Flows in L/min above 0, up to 80: often at the 6 L/min boundary of low and high flow (6 is low
   * flow, anything above is high), else anywhere from 0.01.
   */
  public static Arbitrary<Double> flows() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(0.5, 1.0, 2.0, 4.0, 5.9, Math.nextDown(6.0), 6.0, Math.nextUp(6.0), 6.01,
            6.5, 7.0, 10.0, 15.0, 40.0, 60.0)),
        Tuple.of(1, Arbitraries.doubles().between(0.01, 80.0)));
  }
}
