package org.icans.model.crs;

import java.util.OptionalDouble;
import org.icans.model.InvalidValueException;
import org.icans.model.internal.Checks;
import org.icans.model.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The oxygen support a patient needed for hypoxia: the device and, where recorded, the flow in
 * litres per minute.
 *
 * <p>For a nasal cannula the flow is required, because it decides between low flow (6 L/min or
 * less, grade 2) and high flow (more than 6 L/min, grade 3) (Lee DW et al. 2019, CRS footnote).
 * A flow may be recorded with any other device; with {@link OxygenDevice#NONE} it may not.
 */
@Value.Immutable
@ValueStyle
public abstract class OxygenSupport {
  OxygenSupport() {}

  /** Support by a device without a recorded flow (not allowed for a nasal cannula). */
  public static OxygenSupport of(OxygenDevice device) {
    return builder().device(device).build();
  }

  /** Support by a device at a flow in L/min. */
  public static OxygenSupport of(OxygenDevice device, double flowLitresPerMinute) {
    return builder().device(device).flowLitresPerMinute(flowLitresPerMinute).build();
  }

  /** No supplemental oxygen. */
  public static OxygenSupport roomAir() {
    return of(OxygenDevice.NONE);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The device. */
  public abstract OxygenDevice device();

  /** The flow in litres per minute, when recorded. */
  public abstract OptionalDouble flowLitresPerMinute();

  @Value.Check
  void check() {
    if (flowLitresPerMinute().isPresent()) {
      if (device() == OxygenDevice.NONE) {
        throw new InvalidValueException("oxygen.flowLitresPerMinute", flowLitresPerMinute().getAsDouble(),
            "no flow when no oxygen is given");
      }
      Checks.requirePositive("oxygen.flowLitresPerMinute", flowLitresPerMinute().getAsDouble());
    } else if (device() == OxygenDevice.NASAL_CANNULA) {
      throw new InvalidValueException("oxygen.flowLitresPerMinute", "(none)",
          "a flow in L/min with a nasal cannula: it decides low flow (<= 6) from high flow (> 6)");
    }
  }

  /** Builds an {@link OxygenSupport}. */
  public static final class Builder extends ImmutableOxygenSupport.Builder {
    Builder() {}
  }
}
