package org.icans.risk.observation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.icans.model.InvalidValueException;
import org.icans.model.crs.CrsObservation;
import org.icans.risk.internal.text.Numbers;

/**
 * One lab value or temperature with its explicit unit and time: for example CRP 50 mg/L on day +1.
 * The value is kept as given and also converted to the analyte's standard unit ({@link
 * Analyte#standardUnit()}), which every formula and threshold uses.
 *
 * <p>A value without a unit, in a unit that is not UCUM, or in a unit that does not convert exactly
 * to the standard unit is refused with an {@link InvalidValueException} naming the analyte, the
 * unit and the units allowed. Values must be finite and not negative; a platelet count must be
 * above zero (every EASIX divides by it). After conversion the value must lie in the analyte's
 * {@linkplain Analyte#plausibleRange() plausible range}, a project safety rule [P] (not a clinical
 * reference range, and citing no source): a value outside is refused as a probable unit mix-up,
 * with the range in the standard unit and in the unit given, and, where the same number would be
 * plausible in another unit commonly reported for the analyte, that unit as the one probably meant:
 *
 * <pre>
 * crp.value: 163.9 mg/dL is not allowed; allowed: CRP from 0 to 100 mg/dL (0 to 1000 mg/L): outside
 * this range is probably a unit mix-up (mg/L entered as mg/dL?)
 * </pre>
 *
 * <p>The value is refused, never converted on that guess. A temperature must lie in the model's
 * range, {@link CrsObservation#MIN_TEMPERATURE_C} to {@link CrsObservation#MAX_TEMPERATURE_C} Cel
 * (project choice R-11), the one temperature range of the library.
 *
 * <p>Immutable; equal when analyte, value, unit and time are equal.
 */
public final class Measurement {
  private final Analyte analyte;
  private final double value;
  private final String unit;
  private final TimePoint time;
  private final double standardValue;

  private Measurement(Analyte analyte, double value, String unit, TimePoint time) {
    this.analyte = Objects.requireNonNull(analyte, "analyte");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.time = Objects.requireNonNull(time, "time");
    String field = analyte.code() + ".value";
    if (!Double.isFinite(value)) {
      throw new InvalidValueException(field, value, "a finite number");
    }
    if (analyte != Analyte.TEMPERATURE && value < 0) {
      throw new InvalidValueException(field, Numbers.plain(value), "a number 0 or more");
    }
    if (analyte == Analyte.PLATELETS && value == 0) {
      throw new InvalidValueException(field, "0", "a count above 0 (EASIX, simplified EASIX and m-EASIX divide by it)");
    }
    this.value = value;
    BigDecimal standard = UnitRules.toStandard(analyte, BigDecimal.valueOf(value), unit);
    double s = standard.doubleValue();
    if (!analyte.plausibleRange().contains(s)) {
      throw new InvalidValueException(field, Numbers.plain(value) + " " + unit,
          implausible(analyte, BigDecimal.valueOf(value), standard, unit));
    }
    this.standardValue = s;
  }

  /**
   * What is allowed instead of a value outside the plausible range: the range in the standard unit,
   * in the unit given and in the units probably meant; then the probable mix-up.
   */
  private static String implausible(Analyte analyte, BigDecimal value, BigDecimal standard, String unit) {
    PlausibleRange range = analyte.plausibleRange();
    List<String> meant = new ArrayList<>();
    for (String u : analyte.mixUpUnits()) {
      BigDecimal reading = UnitRules.toStandard(analyte, value, u);
      if (reading.compareTo(standard) != 0 && range.contains(reading.doubleValue())) {
        meant.add(u);
      }
    }
    List<String> shown = new ArrayList<>();
    if (!unit.equals(range.unit())) {
      shown.add(unit);
    }
    for (String u : meant) {
      if (!u.equals(range.unit())) {
        shown.add(u);
      }
    }
    List<String> inOtherUnits = new ArrayList<>();
    for (String u : shown) {
      inOtherUnits.add(inUnit(analyte, range.low(), u) + " to " + inUnit(analyte, range.high(), u) + " " + u);
    }
    return analyte.label() + " " + range.describe()
        + (inOtherUnits.isEmpty() ? "" : " (" + String.join("; ", inOtherUnits) + ")")
        + ": outside this range is probably a unit mix-up"
        + (meant.isEmpty() ? " or a mistyped value" : " (" + String.join(" or ", meant) + " entered as " + unit + "?)");
  }

  /** An end of the plausible range, given in the standard unit, in {@code unit}: six significant digits. */
  private static String inUnit(Analyte analyte, double standard, String unit) {
    return Numbers.significant(UnitRules.fromStandard(analyte, BigDecimal.valueOf(standard), unit).doubleValue(), 6);
  }

  /**
   * A measurement.
   *
   * @param analyte what was measured
   * @param value the number as reported
   * @param unit its UCUM unit, for example {@code "mg/L"}, {@code "10*9/L"}, {@code "Cel"}
   * @param time when the sample was taken
   * @throws InvalidValueException if the unit is missing, not UCUM, or does not convert to the
   *     analyte's standard unit (field {@code <analyte>.unit}), or the value is not finite, negative,
   *     or outside the analyte's plausible range after conversion (field {@code <analyte>.value})
   */
  public static Measurement of(Analyte analyte, double value, String unit, TimePoint time) {
    return new Measurement(analyte, value, unit, time);
  }

  /** What was measured. */
  public Analyte analyte() {
    return analyte;
  }

  /** The number as reported, in {@link #unit()}. */
  public double value() {
    return value;
  }

  /** The UCUM unit as reported. */
  public String unit() {
    return unit;
  }

  /** When the sample was taken. */
  public TimePoint time() {
    return time;
  }

  /** The value in the analyte's standard unit ({@link Analyte#standardUnit()}). */
  public double standardValue() {
    return standardValue;
  }

  /** Whether the value had to be converted (its unit is not the standard unit). */
  public boolean wasConverted() {
    return !unit.equals(analyte.standardUnit());
  }

  /** For people: {@code CRP 50 mg/L (5 mg/dL)}, or {@code CRP 5 mg/dL} when not converted. */
  public String describe() {
    String given = analyte.label() + " " + Numbers.plain(value) + " " + unit;
    return wasConverted()
        ? given + " (" + Numbers.significant(standardValue, 6) + " " + analyte.standardUnit() + ")"
        : given;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Measurement)) {
      return false;
    }
    Measurement m = (Measurement) o;
    return analyte == m.analyte && Double.compare(value, m.value) == 0 && unit.equals(m.unit) && time.equals(m.time);
  }

  @Override
  public int hashCode() {
    return Objects.hash(analyte, value, unit, time);
  }

  @Override
  public String toString() {
    return describe() + " on " + time.label();
  }
}
