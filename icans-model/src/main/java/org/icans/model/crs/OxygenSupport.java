package org.icans.model.crs;

import java.util.Objects;
import java.util.OptionalDouble;
import org.icans.model.InvalidValueException;

/**
 * The oxygen support a patient needed for hypoxia: the device and, where recorded, the flow in
 * litres per minute.
 *
 * <p>For a nasal cannula the flow is required, because it decides between low flow (6 L/min or
 * less, grade 2) and high flow (more than 6 L/min, grade 3) (Lee DW et al. 2019, CRS footnote).
 * A flow may be recorded with any other device; with {@link OxygenDevice#NONE} it may not, nor with
 * {@link OxygenDevice#UNKNOWN_DEVICE}, which says that neither device nor flow was recorded.
 *
 * <p>Immutable and thread-safe; equal when device and flow are equal.
 */
public final class OxygenSupport {
  private static final OxygenSupport[] WITHOUT_FLOW = new OxygenSupport[OxygenDevice.values().length];

  static {
    for (OxygenDevice d : OxygenDevice.values()) {
      if (d != OxygenDevice.NASAL_CANNULA) {
        WITHOUT_FLOW[d.ordinal()] = new OxygenSupport(d, OptionalDouble.empty());
      }
    }
  }

  private final OxygenDevice device;
  private final OptionalDouble flowLitresPerMinute;

  private OxygenSupport(OxygenDevice device, OptionalDouble flowLitresPerMinute) {
    this.device = device;
    this.flowLitresPerMinute = flowLitresPerMinute;
  }

  /**
   * Support by a device without a recorded flow.
   *
   * @throws InvalidValueException for a nasal cannula, which needs its flow
   */
  public static OxygenSupport of(OxygenDevice device) {
    Objects.requireNonNull(device, "device");
    if (device == OxygenDevice.NASAL_CANNULA) {
      throw new InvalidValueException("oxygen.flowLitresPerMinute", "(none)",
          "a flow in L/min with a nasal cannula: it decides low flow (<= 6) from high flow (> 6)");
    }
    return WITHOUT_FLOW[device.ordinal()];
  }

  /**
   * Support by a device at a flow in L/min.
   *
   * @throws InvalidValueException if the flow is not a finite number above 0, or the device is
   *     {@link OxygenDevice#NONE} or {@link OxygenDevice#UNKNOWN_DEVICE}
   */
  public static OxygenSupport of(OxygenDevice device, double flowLitresPerMinute) {
    Objects.requireNonNull(device, "device");
    if (device == OxygenDevice.NONE) {
      throw new InvalidValueException("oxygen.flowLitresPerMinute", flowLitresPerMinute,
          "no flow when no oxygen is given");
    }
    if (device == OxygenDevice.UNKNOWN_DEVICE) {
      throw new InvalidValueException("oxygen.flowLitresPerMinute", flowLitresPerMinute,
          "no flow with an unknown device: a known flow is recorded with its device");
    }
    InvalidValueException.requirePositive("oxygen.flowLitresPerMinute", flowLitresPerMinute);
    return new OxygenSupport(device, OptionalDouble.of(flowLitresPerMinute));
  }

  /** A new builder, for callers that set device and flow separately. */
  public static Builder builder() {
    return new Builder();
  }

  /** No supplemental oxygen. */
  public static OxygenSupport roomAir() {
    return WITHOUT_FLOW[OxygenDevice.NONE.ordinal()];
  }

  /** The device. */
  public OxygenDevice device() {
    return device;
  }

  /** The flow in litres per minute, when recorded. */
  public OptionalDouble flowLitresPerMinute() {
    return flowLitresPerMinute;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OxygenSupport && ((OxygenSupport) o).device == device
        && ((OxygenSupport) o).flowLitresPerMinute.equals(flowLitresPerMinute);
  }

  @Override
  public int hashCode() {
    return 31 * device.hashCode() + flowLitresPerMinute.hashCode();
  }

  @Override
  public String toString() {
    return flowLitresPerMinute.isPresent()
        ? "OxygenSupport{" + device + " at " + flowLitresPerMinute.getAsDouble() + " L/min}"
        : "OxygenSupport{" + device + "}";
  }

  /** Builds an {@link OxygenSupport}; the device is required, the flow optional. Not thread-safe. */
  public static final class Builder {
    private OxygenDevice device;
    private OptionalDouble flow = OptionalDouble.empty();

    Builder() {}

    /** The device. */
    public Builder device(OxygenDevice device) {
      this.device = Objects.requireNonNull(device, "device");
      return this;
    }

    /** The flow in L/min. */
    public Builder flowLitresPerMinute(double flowLitresPerMinute) {
      this.flow = OptionalDouble.of(flowLitresPerMinute);
      return this;
    }

    /** The flow in L/min, or empty for not recorded. */
    public Builder flowLitresPerMinute(OptionalDouble flowLitresPerMinute) {
      this.flow = Objects.requireNonNull(flowLitresPerMinute, "flowLitresPerMinute");
      return this;
    }

    /**
     * The oxygen support.
     *
     * @throws IllegalStateException if no device was set
     * @throws InvalidValueException if device and flow do not go together (see the factories)
     */
    public OxygenSupport build() {
      if (device == null) {
        throw new IllegalStateException("Cannot build OxygenSupport: the device is required");
      }
      return flow.isPresent() ? of(device, flow.getAsDouble()) : of(device);
    }
  }
}
