package org.icans.risk.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icans.model.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Units (reference B4): every accepted unit converts to the analyte's standard unit by the
 * reference's factors; unitless and wrong-unit values are refused naming analyte, unit and what is
 * allowed.
 */
class MeasurementTest {
  private static final TimePoint DAY1 = TimePoint.ofDay(1);

  @ParameterizedTest(name = "{0} {1} {2} = {3} in the standard unit")
  @CsvSource({
      // analyte, value, unit, expected standard value   -- the conversion, by hand
      "crp,         5,      mg/dL,   5",       // standard unit, no conversion
      "crp,         50,     mg/L,    5",       // B4: mg/L = 10 x mg/dL
      "crp,         0.05,   g/L,     5",       // 0.05 g/L = 50 mg/L = 5 mg/dL
      "platelets,   150,    10*9/L,  150",
      "platelets,   150,    10*3/uL, 150",     // B4: 10^9/L = 10^3/uL, same number
      "platelets,   150000, /uL,     150",     // B4: 150,000/uL = 150 x 10^9/L
      "platelets,   150,    /nL,     150",     // 1/nL = 10^9/L
      "platelets,   150000, {cells}/uL, 150",  // UCUM annotations are ignored
      "creatinine,  1.2,    mg/dL,   1.2",
      "creatinine,  12,     mg/L,    1.2",
      "creatinine,  88.4,   umol/L,  1",       // B4: umol/L = mg/dL x 88.4
      "creatinine,  0.1326, mmol/L,  1.5",     // 132.6 umol/L / 88.4
      "ldh,         300,    U/L,     300",
      "ldh,         300,    [IU]/L,  300",     // B4: IU/L = U/L
      "ldh,         5,      ukat/L,  300",     // B4: ukat/L x 60 = U/L
      "ferritin,    2000,   ug/L,    2000",    // B4: ng/mL = ug/L
      "ferritin,    2,      mg/L,    2000",
      "il6,         16,     ng/L,    16",      // B4: pg/mL = ng/L
      "il6,         0.016,  ng/mL,   16",
      "temperature, 38.9,   Cel,     38.9",
      "temperature, 100.4,  [degF],  38",      // B4: 38.0 C = 100.4 F
      "temperature, 311.15, K,       38",
  })
  void convertsToTheStandardUnit(String analyte, double value, String unit, double expected) {
    Measurement m = Measurement.of(Analyte.byKey(analyte).orElseThrow(), value, unit, DAY1);
    assertEquals(expected, m.standardValue(), 1e-12 * Math.max(1, expected));
    assertEquals(value, m.value());
    assertEquals(unit, m.unit());
  }

  @Test
  void conversionIsExactWhereTheFactorIsAPowerOfTen() {
    // 0.016 ng/mL x 1000 must be 16 exactly, not 16.000000000000004: the IL-6 threshold is "> 16".
    assertEquals(16.0, Measurement.of(Analyte.IL6, 0.016, "ng/mL", DAY1).standardValue());
    assertEquals(5.0, Measurement.of(Analyte.CRP, 50, "mg/L", DAY1).standardValue());
  }

  @ParameterizedTest(name = "{0} {1} ''{2}'' refused at {3}")
  @CsvSource({
      // analyte, value, unit, field, a phrase the message must contain
      "crp,         5,     '',        crp.unit,         a unit is required",
      "crp,         5,     ' ',       crp.unit,         a unit is required",
      "crp,         5,     10*9/L,    crp.unit,         does not convert to mg/dL",
      "crp,         5,     mmol/L,    crp.unit,         no molar mass",
      "crp,         5,     mg,        crp.unit,         does not convert to mg/dL",
      "platelets,   150,   x10^9/L,   platelets.unit,   write 10*9/L",
      "platelets,   150,   umol/L,    platelets.unit,   not a cell count",
      "platelets,   150,   mg/dL,     platelets.unit,   10*9/L",
      "ldh,         300,   IU/L,      ldh.unit,         write U/L or [IU]/L",
      "ldh,         300,   /L,        ldh.unit,         ukat/L",
      "creatinine,  1,     U/L,       creatinine.unit,  88.4 umol/L per mg/dL",
      "ferritin,    900,   pmol/L,    ferritin.unit,    approximate molar factor",
      "il6,         20,    pg,        il6.unit,         pg/mL",
      "temperature, 38,    degC,      temperature.unit, write Cel",
      "temperature, 38,    C,         temperature.unit, write Cel",      // valid UCUM (coulomb), wrong quantity
      "platelets,   150,   G/L,       platelets.unit,   write 10*9/L",   // valid UCUM (gauss per litre)
      "temperature, 38,    mg/dL,     temperature.unit, 'Cel, [degF] or K'",
      "temperature, 38,    '\u00b0C',  temperature.unit, write Cel or [degF]",
      "creatinine,  80,    '\u00b5mol/L', creatinine.unit, write u for micro",
  })
  void refusesUnitlessAndWrongUnits(String analyte, double value, String unit, String field, String phrase) {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Measurement.of(Analyte.byKey(analyte).orElseThrow(), value, unit, DAY1));
    assertEquals(field, e.field());
    assertTrue(e.getMessage().contains(phrase), e.getMessage());
    assertTrue(e.getMessage().contains("allowed"), e.getMessage());
  }

  @ParameterizedTest(name = "{0} {1} {2} refused")
  @CsvSource({
      "crp,         -1,   mg/dL,  crp.value",
      "platelets,   0,    10*9/L, platelets.value",
      "temperature, 50,   Cel,    temperature.value",
      "temperature, 60,   [degF], temperature.value",
      "temperature, 20,   Cel,    temperature.value",
  })
  void refusesValuesOutOfRange(String analyte, double value, String unit, String field) {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Measurement.of(Analyte.byKey(analyte).orElseThrow(), value, unit, DAY1));
    assertEquals(field, e.field());
  }

  @Test
  void refusesNonFiniteValues() {
    assertThrows(InvalidValueException.class, () -> Measurement.of(Analyte.LDH, Double.NaN, "U/L", DAY1));
    assertThrows(InvalidValueException.class,
        () -> Measurement.of(Analyte.LDH, Double.POSITIVE_INFINITY, "U/L", DAY1));
  }

  @Test
  void describesTheValueAsGivenAndConverted() {
    assertEquals("CRP 50 mg/L (5 mg/dL)", Measurement.of(Analyte.CRP, 50, "mg/L", DAY1).describe());
    assertEquals("CRP 5 mg/dL", Measurement.of(Analyte.CRP, 5, "mg/dL", DAY1).describe());
    assertTrue(Measurement.of(Analyte.CRP, 50, "mg/L", DAY1).wasConverted());
    assertFalse(Measurement.of(Analyte.CRP, 5, "mg/dL", DAY1).wasConverted());
  }

  @Test
  void isAValue() {
    assertEquals(Measurement.of(Analyte.CRP, 50, "mg/L", DAY1), Measurement.of(Analyte.CRP, 50, "mg/L", DAY1));
    assertEquals(Measurement.of(Analyte.CRP, 50, "mg/L", DAY1).hashCode(),
        Measurement.of(Analyte.CRP, 50, "mg/L", DAY1).hashCode());
    assertFalse(Measurement.of(Analyte.CRP, 50, "mg/L", DAY1).equals(Measurement.of(Analyte.CRP, 5, "mg/dL", DAY1)));
  }
}
