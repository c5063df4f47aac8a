package org.icans.risk.observation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icans.model.InvalidValueException;
import org.icans.risk.internal.units.UcumUnits;

/**
 * Converts a value given in a UCUM unit to its analyte's standard unit, exactly where the factor is
 * exact, or refuses it naming the unit and what is allowed. Package-private: {@link Measurement} is
 * the way in.
 */
final class UnitRules {
  private UnitRules() {}

  /** Creatinine: 1 mg/dL = 88.4 umol/L (reference B4). */
  static final BigDecimal CREATININE_UMOL_PER_L_PER_MG_PER_DL = new BigDecimal("88.4");

  /** LDH: IU/L and U/L are the same (reference B4); UCUM keeps [IU] arbitrary, so the codes are mapped here. */
  private static final Set<String> LDH_INTERNATIONAL_UNITS = Set.of("[IU]/L", "[iU]/L");

  private static final BigDecimal CELSIUS_KELVIN_OFFSET = new BigDecimal("273.15");
  private static final BigDecimal FAHRENHEIT_OFFSET = new BigDecimal("32");
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);
  private static final BigDecimal NINE = BigDecimal.valueOf(9);

  /** Common lab spellings that are not UCUM, and the UCUM code to use instead. */
  private static final Map<String, String> HINTS = Map.ofEntries(
      Map.entry("IU/L", "U/L or [IU]/L"),
      Map.entry("x10^9/L", "10*9/L"),
      Map.entry("x10E9/L", "10*9/L"),
      Map.entry("10E9/L", "10*9/L"),
      Map.entry("G/L", "10*9/L"),
      Map.entry("K/uL", "10*3/uL"),
      Map.entry("x10^3/uL", "10*3/uL"),
      Map.entry("mcg/L", "ug/L"),
      Map.entry("C", "Cel"),
      Map.entry("degC", "Cel"),
      Map.entry("F", "[degF]"),
      Map.entry("degF", "[degF]"));

  static BigDecimal toStandard(Analyte analyte, BigDecimal value, String unit) {
    String field = analyte.code() + ".unit";
    if (unit.isBlank()) {
      throw new InvalidValueException(field, "''", "a unit is required: " + analyte.allowedUnits());
    }
    if (unit.equals(analyte.standardUnit())
        || analyte == Analyte.LDH && LDH_INTERNATIONAL_UNITS.contains(unit)) {
      // The value as given, not rounded to the 16 digits of a conversion: a value an ulp outside the
      // plausible range stays outside it.
      return value;
    }
    Optional<String> problem = UcumUnits.problem(unit);
    if (problem.isPresent()) {
      throw new InvalidValueException(field, "'" + unit + "'",
          analyte.allowedUnits() + " (not UCUM: " + problem.get() + hint(unit) + ")");
    }
    if (analyte == Analyte.TEMPERATURE) {
      return celsius(value, unit, field);
    }
    boolean substance = UcumUnits.involvesSubstanceAmount(unit);
    Optional<BigDecimal> factor = UcumUnits.factor(unit, analyte.standardUnit());
    switch (analyte) {
      case LDH:
        if (factor.isPresent() && substance) {
          return scale(value, factor.get());
        }
        break;
      case PLATELETS:
        if (factor.isPresent() && !substance) {
          return scale(value, factor.get());
        }
        if (substance) {
          throw new InvalidValueException(field, "'" + unit + "'",
              analyte.allowedUnits() + " (an amount of substance is not a cell count)");
        }
        break;
      case CREATININE:
        if (factor.isPresent()) {
          return scale(value, factor.get());
        }
        Optional<BigDecimal> toMicromolar = UcumUnits.factor(unit, "umol/L");
        if (toMicromolar.isPresent() && substance) {
          return scale(value, toMicromolar.get()).divide(CREATININE_UMOL_PER_L_PER_MG_PER_DL, MathContext.DECIMAL64);
        }
        break;
      case FERRITIN:
      case CRP:
      case IL6:
        if (factor.isPresent()) {
          return scale(value, factor.get());
        }
        if (substance && UcumUnits.factor(unit, "mol/L").isPresent()) {
          String why = analyte == Analyte.FERRITIN
              ? "the reference gives only an approximate molar factor for ferritin (pmol/L about 2.247 x ng/mL),"
                  + " not exact enough for the 2,000 and 4,000 ng/mL points"
              : "the reference records no molar mass for " + analyte.label();
          throw new InvalidValueException(field, "'" + unit + "'", analyte.allowedUnits() + " (" + why + ")");
        }
        break;
      default:
        break;
    }
    throw new InvalidValueException(field, "'" + unit + "'",
        analyte.allowedUnits() + " ('" + unit + "' does not convert to " + analyte.standardUnit() + hint(unit) + ")");
  }

  /**
   * The value in {@code unit} that {@link #toStandard} converts to {@code standard}: every conversion
   * here is {@code a + b x} (a scale factor, or an offset and a scale for temperatures), so two
   * conversions, of 0 and of 1, give its inverse.
   *
   * @throws InvalidValueException as {@link #toStandard} does when {@code unit} is refused
   */
  static BigDecimal fromStandard(Analyte analyte, BigDecimal standard, String unit) {
    BigDecimal offset = toStandard(analyte, BigDecimal.ZERO, unit);
    BigDecimal slope = toStandard(analyte, BigDecimal.ONE, unit).subtract(offset);
    return standard.subtract(offset).divide(slope, MathContext.DECIMAL64);
  }

  private static BigDecimal scale(BigDecimal value, BigDecimal factor) {
    return value.multiply(factor, MathContext.DECIMAL64);
  }

  /** A temperature in K or [degF], in Cel ({@code Cel} itself is the standard unit, returned as given above). */
  private static BigDecimal celsius(BigDecimal value, String unit, String field) {
    switch (unit) {
      case "K":
        return value.subtract(CELSIUS_KELVIN_OFFSET);
      case "[degF]":
        return value.subtract(FAHRENHEIT_OFFSET).multiply(FIVE).divide(NINE, MathContext.DECIMAL64);
      default:
        throw new InvalidValueException(field, "'" + unit + "'",
            Analyte.TEMPERATURE.allowedUnits() + (hint(unit).isEmpty() ? "" : " (" + hint(unit).substring(2) + ")"));
    }
  }

  private static String hint(String unit) {
    String h = HINTS.get(unit);
    if (h != null) {
      return "; write " + h;
    }
    if (unit.indexOf('\u00b5') >= 0 || unit.indexOf('\u03bc') >= 0) {
      return "; write u for micro, e.g. umol/L";
    }
    if (unit.indexOf('\u00b0') >= 0) {
      return "; write Cel or [degF]";
    }
    return "";
  }
}
