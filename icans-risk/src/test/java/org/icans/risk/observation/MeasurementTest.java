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
    Measurement m = Measurement.of(Analyte.fromCode(analyte), value, unit, DAY1);
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
        () -> Measurement.of(Analyte.fromCode(analyte), value, unit, DAY1));
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
        () -> Measurement.of(Analyte.fromCode(analyte), value, unit, DAY1));
    assertEquals(field, e.field());
  }

  /** The safety issue's examples: each a unit mix-up the unit conversion alone accepted. */
  @ParameterizedTest(name = "{0} {1} {2} refused as a probable unit mix-up")
  @CsvSource(delimiter = '|', value = {
      // analyte | value | unit | the whole message
      "platelets  | 100000 | 10*9/L | platelets.value: 100000 10*9/L is not allowed; allowed: platelets from 1 to 2000 "
          + "10*9/L (1000 to 2000000 /uL): outside this range is probably a unit mix-up (/uL entered as 10*9/L?)",
      "creatinine | 88.4   | mg/dL  | creatinine.value: 88.4 mg/dL is not allowed; allowed: creatinine from 0.05 to 25 "
          + "mg/dL (4.42 to 2210 umol/L): outside this range is probably a unit mix-up (umol/L entered as mg/dL?)",
      "crp        | 163.9  | mg/dL  | crp.value: 163.9 mg/dL is not allowed; allowed: CRP from 0 to 100 mg/dL "
          + "(0 to 1000 mg/L): outside this range is probably a unit mix-up (mg/L entered as mg/dL?)",
      "platelets  | 25000  | /mL    | platelets.value: 25000 /mL is not allowed; allowed: platelets from 1 to 2000 "
          + "10*9/L (1000000 to 2000000000 /mL; 1000 to 2000000 /uL): outside this range is probably a unit mix-up "
          + "(/uL entered as /mL?)",
      "platelets  | 0.5    | 10*9/L | platelets.value: 0.5 10*9/L is not allowed; allowed: platelets from 1 to 2000 "
          + "10*9/L: outside this range is probably a unit mix-up or a mistyped value",
      // the unit probably meant is the standard unit: the range is shown in the unit given only
      "platelets  | 150    | /uL    | platelets.value: 150 /uL is not allowed; allowed: platelets from 1 to 2000 "
          + "10*9/L (1000 to 2000000 /uL): outside this range is probably a unit mix-up (10*9/L entered as /uL?)",
      "creatinine | 1      | umol/L | creatinine.value: 1 umol/L is not allowed; allowed: creatinine from 0.05 to 25 "
          + "mg/dL (4.42 to 2210 umol/L): outside this range is probably a unit mix-up (mg/dL entered as umol/L?)",
      "ldh        | 5      | U/L    | ldh.value: 5 U/L is not allowed; allowed: LDH from 10 to 50000 U/L "
          + "(0.166667 to 833.333 ukat/L): outside this range is probably a unit mix-up (ukat/L entered as U/L?)",
      "ldh        | 1000   | ukat/L | ldh.value: 1000 ukat/L is not allowed; allowed: LDH from 10 to 50000 U/L "
          + "(0.166667 to 833.333 ukat/L): outside this range is probably a unit mix-up (U/L entered as ukat/L?)",
      "il6        | 1500   | ng/mL  | il6.value: 1500 ng/mL is not allowed; allowed: IL-6 from 0 to 1000000 pg/mL "
          + "(0 to 1000 ng/mL): outside this range is probably a unit mix-up (pg/mL entered as ng/mL?)",
      "ferritin   | 600    | ug/mL  | ferritin.value: 600 ug/mL is not allowed; allowed: ferritin from 0 to 500000 "
          + "ng/mL (0 to 500 ug/mL): outside this range is probably a unit mix-up (ng/mL entered as ug/mL?)",
      "ferritin   | 600000 | ng/mL  | ferritin.value: 600000 ng/mL is not allowed; allowed: ferritin from 0 to 500000 "
          + "ng/mL: outside this range is probably a unit mix-up or a mistyped value",
      "temperature | 100.4 | Cel    | temperature.value: 100.4 Cel is not allowed; allowed: temperature from 25 to 45 "
          + "Cel (77 to 113 [degF]): outside this range is probably a unit mix-up ([degF] entered as Cel?)",
      "temperature | 38    | [degF] | temperature.value: 38 [degF] is not allowed; allowed: temperature from 25 to 45 "
          + "Cel (77 to 113 [degF]): outside this range is probably a unit mix-up (Cel entered as [degF]?)",
      "temperature | 311   | Cel    | temperature.value: 311 Cel is not allowed; allowed: temperature from 25 to 45 "
          + "Cel (298.15 to 318.15 K): outside this range is probably a unit mix-up (K entered as Cel?)",
      "temperature | 50    | Cel    | temperature.value: 50 Cel is not allowed; allowed: temperature from 25 to 45 "
          + "Cel: outside this range is probably a unit mix-up or a mistyped value",
  })
  void refusesImplausibleValuesAsProbableUnitMixUps(String analyte, double value, String unit, String message) {
    Analyte a = Analyte.fromCode(analyte);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Measurement.of(a, value, unit, DAY1));
    assertEquals(message, e.getMessage());
    assertEquals(analyte + ".value", e.field());
    assertEquals(message.substring(message.indexOf(": ") + 2, message.indexOf(" is not allowed")), e.value());
  }

  @Test
  void aPlateletCountPerMicrolitreIsAcceptedInItsUnit() {
    Measurement m = Measurement.of(Analyte.PLATELETS, 150000, "/uL", DAY1);
    assertEquals(150, m.standardValue(), 1e-12);
    assertEquals("platelets 150000 /uL (150 10*9/L)", m.describe());
  }

  /** Both ends are inside the range, in the standard unit and after conversion; the next number out is refused. */
  @ParameterizedTest(name = "{0}: {1} {3} accepted, {2} {3} refused")
  @CsvSource({
      // analyte, accepted (an end), refused (just past it), unit
      "ldh,         10,        9.999,      U/L",
      "ldh,         50000,     50000.001,  U/L",
      "ldh,         833.3,     833.34,     ukat/L",   // 833.34 x 60 = 50000.4
      "creatinine,  0.05,      0.049,      mg/dL",
      "creatinine,  25,        25.001,     mg/dL",
      "creatinine,  4.42,      4.419,      umol/L",   // 0.05 mg/dL x 88.4
      "creatinine,  2210,      2210.1,     umol/L",   // 25 mg/dL x 88.4
      "platelets,   1,         0.999,      10*9/L",
      "platelets,   2000,      2000.001,   10*9/L",
      "platelets,   1000,      999,        /uL",
      "platelets,   2000000,   2000001,    /uL",
      "crp,         100,       100.001,    mg/dL",
      "crp,         1000,      1000.1,     mg/L",
      "ferritin,    500000,    500000.1,   ng/mL",
      "il6,         1000000,   1000000.1,  pg/mL",
      "il6,         1000,      1000.001,   ng/mL",
      "temperature, 25,        24.999,     Cel",
      "temperature, 45,        45.001,     Cel",
      "temperature, 77,        76.9,       [degF]",
      "temperature, 113,       113.1,      [degF]",
  })
  void theEndsOfThePlausibleRangeAreIncluded(String analyte, double accepted, double refused, String unit) {
    Analyte a = Analyte.fromCode(analyte);
    Measurement.of(a, accepted, unit, DAY1);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Measurement.of(a, refused, unit, DAY1));
    assertTrue(e.getMessage().contains("probably a unit mix-up"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.EnumSource(Analyte.class)
  void exactlyAtBothEndsInTheStandardUnitIsAcceptedAndTheNextDoubleOutIsNot(Analyte a) {
    PlausibleRange r = a.plausibleRange();
    assertEquals(r.low(), Measurement.of(a, r.low(), a.standardUnit(), DAY1).standardValue());
    assertEquals(r.high(), Measurement.of(a, r.high(), a.standardUnit(), DAY1).standardValue());
    assertThrows(InvalidValueException.class, () -> Measurement.of(a, Math.nextDown(r.low()), a.standardUnit(), DAY1));
    assertThrows(InvalidValueException.class, () -> Measurement.of(a, Math.nextUp(r.high()), a.standardUnit(), DAY1));
  }

  @Test
  void zeroIsAcceptedWhereTheRangeStartsAtZero() {
    assertEquals(0, Measurement.of(Analyte.CRP, 0, "mg/L", DAY1).standardValue());
    assertEquals(0, Measurement.of(Analyte.FERRITIN, 0, "ng/mL", DAY1).standardValue());
    assertEquals(0, Measurement.of(Analyte.IL6, 0, "pg/mL", DAY1).standardValue());
  }

  @Test
  void negativeValuesAndAZeroPlateletCountKeepTheirOwnReasons() {
    InvalidValueException negative = assertThrows(InvalidValueException.class,
        () -> Measurement.of(Analyte.CRP, -1, "mg/dL", DAY1));
    assertEquals("crp.value: -1 is not allowed; allowed: a number 0 or more", negative.getMessage());
    InvalidValueException zero = assertThrows(InvalidValueException.class,
        () -> Measurement.of(Analyte.PLATELETS, 0, "/uL", DAY1));
    assertEquals("platelets.value: 0 is not allowed; allowed: a count above 0 (EASIX, simplified EASIX and m-EASIX "
        + "divide by it)", zero.getMessage());
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
