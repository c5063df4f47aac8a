package org.icans.guidance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icans.model.InvalidValueException;
import org.icans.model.crs.CrsObservation;

/**
 * A body temperature measured at home, in degrees Celsius or Fahrenheit, and whether it is a
 * fever by the patient education sheet: 38 °C (100.4 °F) or higher (seed 003, "When should I call
 * my care team?").
 *
 * <p>The value is kept in the unit it was measured in and compared with the threshold in that unit,
 * so 100.4 °F is a fever exactly as 38.0 °C is. Accepted range: the thermometer range of the model,
 * {@value CrsObservation#MIN_TEMPERATURE_C}-{@value CrsObservation#MAX_TEMPERATURE_C} °C (77-113 °F).
 *
 * <p>Immutable.
 *
 * @param value the reading
 * @param unit the unit of the reading
 */
public record BodyTemperature(double value, Unit unit) {
  /** The fever threshold of the sheet in degrees Celsius: 38 °C or higher. */
  public static final double FEVER_CELSIUS = 38.0;
  /** The fever threshold of the sheet in degrees Fahrenheit: 100.4 °F or higher. */
  public static final double FEVER_FAHRENHEIT = 100.4;
  /** The fever threshold as patients read it, in both units: {@code 38 °C (100.4 °F)}. */
  public static final String FEVER_THRESHOLD = "38 °C (100.4 °F)";

  private static final Pattern READING =
      Pattern.compile("\\s*([0-9]{2,3}(?:\\.[0-9]+)?)\\s*(?:°|º|˚|deg)?\\s*([cCfF])\\s*");

  /** A temperature unit. */
  public enum Unit {
    /** Degrees Celsius. */
    CELSIUS("°C", CrsObservation.MIN_TEMPERATURE_C, CrsObservation.MAX_TEMPERATURE_C, FEVER_CELSIUS),
    /** Degrees Fahrenheit. */
    FAHRENHEIT("°F", CrsObservation.MIN_TEMPERATURE_C * 9 / 5 + 32, CrsObservation.MAX_TEMPERATURE_C * 9 / 5 + 32,
        FEVER_FAHRENHEIT);

    private final String symbol;
    private final double min;
    private final double max;
    private final double fever;

    Unit(String symbol, double min, double max, double fever) {
      this.symbol = symbol;
      this.min = min;
      this.max = max;
      this.fever = fever;
    }

    /** The symbol, {@code °C} or {@code °F}. */
    public String symbol() {
      return symbol;
    }
  }

  /** Validates the reading. */
  public BodyTemperature {
    Objects.requireNonNull(unit, "temperature.unit");
    if (!(value >= unit.min && value <= unit.max)) {
      throw new InvalidValueException("temperature", value + " " + unit.symbol,
          "a number from " + plain(unit.min) + " to " + plain(unit.max) + " " + unit.symbol);
    }
  }

  /** A reading in degrees Celsius. */
  public static BodyTemperature celsius(double value) {
    return new BodyTemperature(value, Unit.CELSIUS);
  }

  /** A reading in degrees Fahrenheit. */
  public static BodyTemperature fahrenheit(double value) {
    return new BodyTemperature(value, Unit.FAHRENHEIT);
  }

  /**
   * A reading written as a number with a decimal point and a unit letter, for example
   * {@code "38.2C"}, {@code "38.2 °C"} or {@code "100.9 F"}. Independent of the default locale: a
   * decimal comma is refused, not guessed.
   *
   * @throws InvalidValueException naming the text and the accepted form
   */
  public static BodyTemperature parse(String text) {
    Matcher m = READING.matcher(Objects.requireNonNull(text, "temperature"));
    if (!m.matches()) {
      throw new InvalidValueException("temperature", "'" + text + "'",
          "a number with a decimal point and C or F, for example 38.2C or 100.9F");
    }
    double v = Double.parseDouble(m.group(1));
    return m.group(2).equalsIgnoreCase("c") ? celsius(v) : fahrenheit(v);
  }

  /** Whether this is a fever by the sheet: 38 °C or 100.4 °F or higher. */
  public boolean isFever() {
    return value >= unit.fever;
  }

  /** The reading in degrees Celsius. */
  public double celsius() {
    return unit == Unit.CELSIUS ? value : (value - 32) * 5 / 9;
  }

  /** The reading in degrees Fahrenheit. */
  public double fahrenheit() {
    return unit == Unit.FAHRENHEIT ? value : value * 9 / 5 + 32;
  }

  /**
   * The reading as written for a patient: the measured value as given (at least one decimal), then
   * the other unit to one decimal, for example {@code 38.3 °C (100.9 °F)}. The measured value is
   * never rounded, and the converted one is rounded toward the measured side of the fever
   * threshold, so that a reading just under the threshold never shows as a fever.
   * Independent of the default locale.
   */
  public String display() {
    if (unit == Unit.CELSIUS) {
      return asGiven(value) + " °C (" + converted(fahrenheit()) + " °F)";
    }
    return asGiven(value) + " °F (" + converted(celsius()) + " °C)";
  }

  private static String asGiven(double v) {
    BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
    return (d.scale() < 1 ? d.setScale(1) : d).toPlainString();
  }

  /** The other unit to one decimal, rounded away from the threshold's other side (never misleads). */
  private String converted(double v) {
    return BigDecimal.valueOf(v).setScale(1, isFever() ? RoundingMode.CEILING : RoundingMode.FLOOR)
        .toPlainString();
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }
}
