package org.icans.risk.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icans.model.InvalidValueException;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.Measurement;
import org.icans.risk.observation.TimePoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples, computed by hand in the comments with the units converted first (Pennisi 2021:
 * LDH U/L, creatinine and CRP mg/dL, platelets 10^9/L; Korell 2022: EASIX-pre cut-off > 4.67).
 */
class ScoreCalculatorTest {
  private static Measurement m(Analyte a, double v, String unit, double day) {
    return Measurement.of(a, v, unit, TimePoint.ofDay(day));
  }

  @ParameterizedTest(name = "EASIX: LDH {0} {1} x creatinine {2} {3} / platelets {4} {5} = {6}")
  @CsvSource({
      // by hand, in U/L x mg/dL / 10^9/L
      "250, U/L,    1.0,   mg/dL,  100,    10*9/L,  2.5",   // 250 x 1.0 / 100
      "250, U/L,    88.4,  umol/L, 100000, /uL,     2.5",   // creatinine 88.4/88.4 = 1.0; platelets 100000/1000 = 100
      "5,   ukat/L, 132.6, umol/L, 50,     10*3/uL, 9",     // LDH 5 x 60 = 300; creatinine 132.6/88.4 = 1.5; 300 x 1.5 / 50
      "420, U/L,    13,    mg/L,   60,     10*9/L,  9.1",   // creatinine 13 mg/L = 1.3 mg/dL; 420 x 1.3 / 60
      "10,  U/L,    0.05,  mg/dL,  2000,   10*9/L,  0.00025", // the lowest plausible inputs [P]: 10 x 0.05 / 2000
      "50000, U/L,  25,    mg/dL,  1,      10*9/L,  1250000", // the highest: 50000 x 25 / 1
  })
  void easix(double ldh, String ldhUnit, double creatinine, String creatinineUnit, double platelets,
      String plateletUnit, double expected) {
    ScoreResult r = ScoreCalculator.easix(m(Analyte.LDH, ldh, ldhUnit, 0), m(Analyte.CREATININE, creatinine,
        creatinineUnit, 0), m(Analyte.PLATELETS, platelets, plateletUnit, 0));
    assertEquals(expected, r.value(), 1e-12);
    assertEquals(Score.EASIX, r.score());
    assertTrue(r.studiedTimePoint());
    assertEquals(Optional.empty(), r.beyondCutOff());
  }

  @ParameterizedTest(name = "simplified EASIX: LDH {0} {1} / platelets {2} {3} = {4}")
  @CsvSource({
      "300, U/L,    150,    10*9/L,  2",     // 300 / 150
      "5,   ukat/L, 150000, /uL,     2",     // 5 x 60 = 300; 150000/1000 = 150
      "310, [IU]/L, 71,     10*3/uL, 4.366197183098592", // 310 / 71
  })
  void simplifiedEasix(double ldh, String ldhUnit, double platelets, String plateletUnit, double expected) {
    ScoreResult r = ScoreCalculator.simplifiedEasix(m(Analyte.LDH, ldh, ldhUnit, 1),
        m(Analyte.PLATELETS, platelets, plateletUnit, 1));
    assertEquals(expected, r.value(), 1e-12);
  }

  @ParameterizedTest(name = "m-EASIX: LDH {0} U/L x CRP {1} {2} / platelets {3} 10*9/L = {4}")
  @CsvSource({
      "300, 5,    mg/dL, 100, 15",     // 300 x 5 / 100
      "300, 50,   mg/L,  100, 15",     // CRP 50 mg/L = 5 mg/dL: the same patient, the same score
      "300, 0.05, g/L,   100, 15",     // 0.05 g/L = 5 mg/dL
      "340, 85,   mg/L,  82,  35.24390243902439", // CRP 8.5 mg/dL; 340 x 8.5 / 82
      "420, 150,  mg/L,  60,  105",    // CRP 15 mg/dL; 420 x 15 / 60
  })
  void mEasix(double ldh, double crp, String crpUnit, double platelets, double expected) {
    ScoreResult r = ScoreCalculator.mEasix(m(Analyte.LDH, ldh, "U/L", 3), m(Analyte.CRP, crp, crpUnit, 3),
        m(Analyte.PLATELETS, platelets, "10*9/L", 3));
    assertEquals(expected, r.value(), 1e-12);
  }

  @Test
  void mEasixWithCrpInMilligramsPerLitreMistakenForMilligramsPerDecilitreIsTenfold() {
    // The trap of reference B4: a CRP of 50 mg/L entered as 50 mg/dL makes m-EASIX ten times larger.
    double right = ScoreCalculator.mEasix(m(Analyte.LDH, 300, "U/L", 1), m(Analyte.CRP, 50, "mg/L", 1),
        m(Analyte.PLATELETS, 100, "10*9/L", 1)).value();
    double wrong = ScoreCalculator.mEasix(m(Analyte.LDH, 300, "U/L", 1), m(Analyte.CRP, 50, "mg/dL", 1),
        m(Analyte.PLATELETS, 100, "10*9/L", 1)).value();
    assertEquals(15, right, 1e-12);
    assertEquals(150, wrong, 1e-12);
  }

  @ParameterizedTest(name = "EASIX-pre {0} x {1} / {2} = {3}: beyond 4.67 is {4}")
  @CsvSource({
      "280, 1.0, 60,  4.666666666666667, false", // 280 / 60
      "281, 1.0, 60,  4.683333333333334, true",  // 281 / 60
      "467, 1.0, 100, 4.67,              false", // exactly the cut-off: not above (Korell: > 4.67)
      "310, 1.1, 71,  4.802816901408451, true",  // 341 / 71
  })
  void easixPreAndItsCutOff(double ldh, double creatinine, double platelets, double expected, boolean beyond) {
    ScoreResult r = ScoreCalculator.easixPre(m(Analyte.LDH, ldh, "U/L", -5), m(Analyte.CREATININE, creatinine,
        "mg/dL", -5), m(Analyte.PLATELETS, platelets, "10*9/L", -5), -5);
    assertEquals(expected, r.value(), 1e-12);
    assertEquals(Optional.of(beyond), r.beyondCutOff());
    assertEquals("before lymphodepletion (day -5)", r.timePoint());
    assertTrue(r.studiedTimePoint());
    assertEquals(4.67, Score.EASIX_PRE.cutOff().orElseThrow().threshold());
  }

  @ParameterizedTest(name = "EASIX-pre {0} x 1 / 100 is shown as {1}")
  @CsvSource({"467.04, 4.6704", "466.96, 4.6696", "467, 4.67", "480, 4.8", "1234.5, 12.3"})
  void easixPreNearItsCutOffIsShownWithEnoughDigitsToSeeTheSide(double ldh, String shown) {
    ScoreResult r = ScoreCalculator.easixPre(m(Analyte.LDH, ldh, "U/L", -5), m(Analyte.CREATININE, 1, "mg/dL", -5),
        m(Analyte.PLATELETS, 100, "10*9/L", -5), -5);
    assertEquals(shown, r.displayValue());
  }

  @Test
  void easixPreNeedsLabsOnOrBeforeTheStartOfLymphodepletion() {
    InvalidValueException after = assertThrows(InvalidValueException.class, () -> ScoreCalculator.easixPre(
        m(Analyte.LDH, 300, "U/L", -3), m(Analyte.CREATININE, 1, "mg/dL", -3), m(Analyte.PLATELETS, 100, "10*9/L", -3),
        -5));
    assertEquals("easix_pre.day", after.field());
    InvalidValueException unknown = assertThrows(InvalidValueException.class, () -> ScoreCalculator.compute(
        Score.EASIX_PRE, List.of(m(Analyte.LDH, 300, "U/L", -5), m(Analyte.CREATININE, 1, "mg/dL", -5),
            m(Analyte.PLATELETS, 100, "10*9/L", -5)), OptionalDouble.empty()));
    assertEquals("lymphodepletion_start", unknown.field());
  }

  @Test
  void refusesInputsOfOtherAnalytesOrDays() {
    InvalidValueException wrong = assertThrows(InvalidValueException.class, () -> ScoreCalculator.easix(
        m(Analyte.LDH, 300, "U/L", 0), m(Analyte.CRP, 5, "mg/dL", 0), m(Analyte.PLATELETS, 100, "10*9/L", 0)));
    assertEquals("easix.inputs", wrong.field());
    assertTrue(wrong.getMessage().contains("crp"), wrong.getMessage());
    InvalidValueException days = assertThrows(InvalidValueException.class, () -> ScoreCalculator.easix(
        m(Analyte.LDH, 300, "U/L", 0), m(Analyte.CREATININE, 1, "mg/dL", 1), m(Analyte.PLATELETS, 100, "10*9/L", 0)));
    assertTrue(days.getMessage().contains("one calendar day"), days.getMessage());
    assertThrows(InvalidValueException.class, () -> ScoreCalculator.compute(Score.M_EASIX,
        List.of(m(Analyte.LDH, 300, "U/L", 0), m(Analyte.PLATELETS, 100, "10*9/L", 0)), OptionalDouble.empty()));
    assertThrows(InvalidValueException.class, () -> ScoreCalculator.compute(Score.SIMPLIFIED_EASIX,
        List.of(m(Analyte.LDH, 300, "U/L", 0), m(Analyte.LDH, 310, "U/L", 0), m(Analyte.PLATELETS, 100, "10*9/L", 0)),
        OptionalDouble.empty()));
  }

  @Test
  void showsTheCalculationInTheFormulasUnits() {
    ScoreResult r = ScoreCalculator.mEasix(m(Analyte.LDH, 300, "U/L", 1), m(Analyte.CRP, 50, "mg/L", 1),
        m(Analyte.PLATELETS, 100000, "/uL", 1));
    assertEquals("LDH 300 U/L x CRP 5 mg/dL / platelets 100 10*9/L = 15", r.calculation());
    assertEquals("LDH (U/L) x CRP (mg/dL) / platelets (10*9/L)", Score.M_EASIX.formula());
  }

  @Test
  void seriesComputesEveryScoreAtEveryDayWithItsInputs() {
    OptionalDouble ld = OptionalDouble.of(-5);
    List<Measurement> labs = List.of(
        m(Analyte.LDH, 310, "U/L", -5), m(Analyte.CREATININE, 97.24, "umol/L", -5), // 1.1 mg/dL
        m(Analyte.PLATELETS, 71000, "/uL", -5), m(Analyte.CRP, 18, "mg/L", -5),     // 71, 1.8 mg/dL
        m(Analyte.LDH, 340, "U/L", 1), m(Analyte.PLATELETS, 82, "10*3/uL", 1), m(Analyte.CRP, 85, "mg/L", 1),
        m(Analyte.LDH, 500, "U/L", 2), m(Analyte.PLATELETS, 50, "10*9/L", 2),
        m(Analyte.LDH, 999, "U/L", 1)); // a second LDH on day 1: the earliest (input order) is used
    ScoreCalculator.Series s = ScoreCalculator.series(labs, ld);
    List<String> got = s.results().stream()
        .map(r -> r.day() + " " + r.score() + " " + r.displayValue() + (r.studiedTimePoint() ? "" : " unstudied"))
        .toList();
    assertEquals(List.of(
        "-5 EASIX 4.8",               // 310 x 1.1 / 71 = 4.803
        "-5 SIMPLIFIED_EASIX 4.37",   // 310 / 71
        "-5 M_EASIX 7.86",            // 310 x 1.8 / 71
        "-5 EASIX_PRE 4.8",
        "1 SIMPLIFIED_EASIX 4.15",    // 340 / 82
        "1 M_EASIX 35.2",             // 340 x 8.5 / 82
        "2 SIMPLIFIED_EASIX 10 unstudied"), got);
    assertTrue(s.results().get(3).beyondCutOff().orElseThrow());
    // Day +1 is a studied time point for EASIX, which lacks creatinine; day +2 is not studied: no caveat.
    assertEquals(1, s.caveats().size(), s.caveats().toString());
    assertTrue(s.caveats().get(0).text().contains("EASIX not computed on day +1"), s.caveats().toString());
  }

  @Test
  void seriesSaysWhenEasixPreCannotBePlaced() {
    ScoreCalculator.Series s = ScoreCalculator.series(List.of(m(Analyte.LDH, 310, "U/L", -5),
        m(Analyte.CREATININE, 1.1, "mg/dL", -5), m(Analyte.PLATELETS, 71, "10*9/L", -5)), OptionalDouble.empty());
    assertFalse(s.results().stream().anyMatch(r -> r.score() == Score.EASIX_PRE));
    assertTrue(s.caveats().stream().anyMatch(c -> c.text().startsWith("EASIX-pre not computed")), s.caveats().toString());
    assertFalse(s.results().get(0).studiedTimePoint());
  }

  @Test
  void easixPreUsesTheLastCompleteDayBeforeLymphodepletion() {
    ScoreCalculator.Series s = ScoreCalculator.series(List.of(
        m(Analyte.LDH, 200, "U/L", -9), m(Analyte.CREATININE, 1, "mg/dL", -9), m(Analyte.PLATELETS, 100, "10*9/L", -9),
        m(Analyte.LDH, 300, "U/L", -6), m(Analyte.CREATININE, 1, "mg/dL", -6), m(Analyte.PLATELETS, 100, "10*9/L", -6),
        m(Analyte.LDH, 900, "U/L", -4), m(Analyte.CREATININE, 1, "mg/dL", -4), m(Analyte.PLATELETS, 100, "10*9/L", -4)),
        OptionalDouble.of(-6));
    ScoreResult pre = s.results().stream().filter(r -> r.score() == Score.EASIX_PRE).findFirst().orElseThrow();
    assertEquals(-6, pre.day());
    assertEquals(3, pre.value(), 1e-12);
  }

  @Test
  void valuesOfOneCalendarDayCombineWhateverTheirFractions() {
    // Project choice R-14: days 1.25 and 1.75 both lie on day +1; day 2.5 on day +2.
    ScoreResult r = ScoreCalculator.simplifiedEasix(m(Analyte.LDH, 300, "U/L", 1.25), m(Analyte.PLATELETS, 100, "10*9/L", 1.75));
    assertEquals(1, r.day());
    assertEquals("day +1", r.timePoint());
    assertTrue(r.studiedTimePoint());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ScoreCalculator.simplifiedEasix(
        m(Analyte.LDH, 300, "U/L", 1.75), m(Analyte.PLATELETS, 100, "10*9/L", 2.5)));
    assertEquals("simplified_easix.inputs", e.field());
    ScoreCalculator.Series s = ScoreCalculator.series(List.of(m(Analyte.LDH, 300, "U/L", 3.5),
        m(Analyte.PLATELETS, 100, "10*9/L", 3.0), m(Analyte.LDH, 900, "U/L", 3.25)), OptionalDouble.empty());
    assertEquals(List.of("3 SIMPLIFIED_EASIX 9"), // the earliest LDH of the day, 3.25
        s.results().stream().map(x -> x.day() + " " + x.score() + " " + x.displayValue()).toList());
  }

  @Test
  void aFractionalLymphodepletionDayIsItsCalendarDay() {
    // Lymphodepletion from day -5.5 (calendar day -6): labs of day -5.75 (also day -6) are on or before it,
    // labs of day -5 are not.
    List<Measurement> labs = List.of(m(Analyte.LDH, 300, "U/L", -5.75), m(Analyte.CREATININE, 1, "mg/dL", -5.75),
        m(Analyte.PLATELETS, 100, "10*9/L", -6), m(Analyte.LDH, 900, "U/L", -5), m(Analyte.CREATININE, 1, "mg/dL", -5),
        m(Analyte.PLATELETS, 100, "10*9/L", -5));
    ScoreResult pre = ScoreCalculator.series(labs, OptionalDouble.of(-5.5)).results().stream()
        .filter(r -> r.score() == Score.EASIX_PRE).findFirst().orElseThrow();
    assertEquals(-6, pre.day());
    assertEquals(3, pre.value(), 1e-12);
    assertEquals("before lymphodepletion (day -6)", pre.timePoint());
    assertTrue(Score.EASIX.isStudiedAt(-6.5, OptionalDouble.of(-5.5)));
    assertFalse(Score.EASIX.isStudiedAt(-5, OptionalDouble.of(-5.5)));
    assertTrue(Score.EASIX.isStudiedAt(3.9, OptionalDouble.empty()));
    assertFalse(Score.EASIX.isStudiedAt(2.5, OptionalDouble.empty()));
  }
}
