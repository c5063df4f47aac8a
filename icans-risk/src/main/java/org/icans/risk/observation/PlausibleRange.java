package org.icans.risk.observation;

import java.util.Objects;
import org.icans.model.InvalidValueException;
import org.icans.risk.internal.text.Numbers;

/**
 * The values of an analyte this library accepts, in its standard unit ({@link
 * Analyte#standardUnit()}), both ends included: for example CRP from 0 to 100 mg/dL.
 *
 * <p><b>[P] A project safety rule, not a clinical reference range.</b> The reference gives no
 * plausibility bounds (management-risk.md B4 gives only the units and their pitfalls), so these
 * bounds cite no source. They are wide enough for any value a lab reports for a patient, and narrow
 * enough that the classic unit mix-ups of reference B4 fall outside: CRP in mg/L entered as mg/dL,
 * creatinine in umol/L entered as mg/dL, platelets per microlitre entered as 10^9/L. A value outside
 * is refused ({@link Measurement#of}) as a probable unit mix-up, never coerced into the range.
 *
 * <p>Immutable; equal when both ends and the unit are equal.
 *
 * @param low the lowest value accepted, in {@code unit}
 * @param high the highest value accepted, in {@code unit}
 * @param unit the analyte's standard UCUM unit
 */
public record PlausibleRange(double low, double high, String unit) {
  /**
   * Validates.
   *
   * @throws InvalidValueException if an end is not finite, {@code low} is above {@code high}, or the
   *     unit is blank
   */
  public PlausibleRange {
    Objects.requireNonNull(unit, "unit");
    if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
      throw new InvalidValueException("plausible_range", low + " to " + high, "finite ends, low not above high");
    }
    if (unit.isBlank()) {
      throw new InvalidValueException("plausible_range.unit", "''", "the analyte's standard UCUM unit");
    }
  }

  /** Whether {@code standardValue}, in {@link #unit()}, lies in the range (both ends included). */
  public boolean contains(double standardValue) {
    return standardValue >= low && standardValue <= high;
  }

  /** For people: {@code from 0 to 100 mg/dL}. */
  public String describe() {
    return "from " + Numbers.plain(low) + " to " + Numbers.plain(high) + " " + unit;
  }
}
