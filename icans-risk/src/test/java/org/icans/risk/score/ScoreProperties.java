package org.icans.risk.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.Measurement;
import org.icans.risk.observation.TimePoint;

/**
 * Each score is invariant to the unit the same value is given in; m-EASIX grows with LDH and CRP
 * and falls with platelets.
 */
class ScoreProperties {
  private static final TimePoint DAY = TimePoint.ofDay(1);

  /** A value with up to three decimals, as labs report them. */
  @Provide
  Arbitrary<BigDecimal> labValues() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("5000")).ofScale(3);
  }

  private static Measurement m(Analyte a, BigDecimal v, String unit) {
    return Measurement.of(a, v.doubleValue(), unit, DAY);
  }

  /** The same quantity in another unit: value x factor, written out exactly. */
  private static BigDecimal times(BigDecimal v, String factor) {
    return v.multiply(new BigDecimal(factor));
  }

  private static void assertSameScore(double expected, double actual) {
    assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)));
  }

  @Property(tries = 300)
  void easixIsInvariantToUnits(@ForAll("labValues") BigDecimal ldhMicrokat, @ForAll("labValues") BigDecimal creatinine,
      @ForAll("labValues") BigDecimal platelets, @ForAll @IntRange(max = 2) int variant) {
    // The LDH is drawn in ukat/L so that its U/L value (x 60) is exact too.
    double reference = ScoreCalculator.easix(m(Analyte.LDH, times(ldhMicrokat, "60"), "U/L"),
        m(Analyte.CREATININE, creatinine, "mg/dL"), m(Analyte.PLATELETS, platelets, "10*9/L")).value();
    Measurement ldh = m(Analyte.LDH, ldhMicrokat, "ukat/L");
    Measurement cr = variant == 0 ? m(Analyte.CREATININE, times(creatinine, "10"), "mg/L")
        : variant == 1 ? m(Analyte.CREATININE, times(creatinine, "88.4"), "umol/L")
        : m(Analyte.CREATININE, times(creatinine, "0.0884"), "mmol/L");
    Measurement plt = variant == 0 ? m(Analyte.PLATELETS, platelets, "10*3/uL")
        : variant == 1 ? m(Analyte.PLATELETS, times(platelets, "1000"), "/uL")
        : m(Analyte.PLATELETS, platelets, "/nL");
    assertSameScore(reference, ScoreCalculator.easix(ldh, cr, plt).value());
  }

  @Property(tries = 300)
  void simplifiedEasixIsInvariantToUnits(@ForAll("labValues") BigDecimal ldh, @ForAll("labValues") BigDecimal platelets) {
    double reference = ScoreCalculator.simplifiedEasix(m(Analyte.LDH, ldh, "U/L"),
        m(Analyte.PLATELETS, platelets, "10*9/L")).value();
    assertSameScore(reference, ScoreCalculator.simplifiedEasix(m(Analyte.LDH, ldh, "[IU]/L"),
        m(Analyte.PLATELETS, times(platelets, "1000"), "/uL")).value());
  }

  @Property(tries = 300)
  void mEasixIsInvariantToUnits(@ForAll("labValues") BigDecimal ldh, @ForAll("labValues") BigDecimal crp,
      @ForAll("labValues") BigDecimal platelets, @ForAll @IntRange(max = 1) int variant) {
    double reference = ScoreCalculator.mEasix(m(Analyte.LDH, ldh, "U/L"), m(Analyte.CRP, crp, "mg/dL"),
        m(Analyte.PLATELETS, platelets, "10*9/L")).value();
    Measurement c = variant == 0 ? m(Analyte.CRP, times(crp, "10"), "mg/L") : m(Analyte.CRP, times(crp, "0.01"), "g/L");
    assertSameScore(reference, ScoreCalculator.mEasix(m(Analyte.LDH, ldh, "U/L"), c,
        m(Analyte.PLATELETS, platelets, "10*3/uL")).value());
  }

  @Property(tries = 300)
  void easixPreIsInvariantToUnitsAndSoIsItsCutOff(@ForAll("labValues") BigDecimal ldh,
      @ForAll("labValues") BigDecimal creatinine, @ForAll("labValues") BigDecimal platelets) {
    TimePoint pre = TimePoint.ofDay(-5);
    ScoreResult a = ScoreCalculator.easixPre(Measurement.of(Analyte.LDH, ldh.doubleValue(), "U/L", pre),
        Measurement.of(Analyte.CREATININE, creatinine.doubleValue(), "mg/dL", pre),
        Measurement.of(Analyte.PLATELETS, platelets.doubleValue(), "10*9/L", pre), -5);
    ScoreResult b = ScoreCalculator.easixPre(Measurement.of(Analyte.LDH, ldh.doubleValue(), "U/L", pre),
        Measurement.of(Analyte.CREATININE, times(creatinine, "10").doubleValue(), "mg/L", pre),
        Measurement.of(Analyte.PLATELETS, times(platelets, "1000").doubleValue(), "/uL", pre), -5);
    assertEquals(a.value(), b.value());
    assertEquals(a.beyondCutOff(), b.beyondCutOff());
  }

  @Property(tries = 500)
  void mEasixGrowsWithLdhAndCrpAndFallsWithPlatelets(@ForAll("labValues") BigDecimal ldh,
      @ForAll("labValues") BigDecimal crp, @ForAll("labValues") BigDecimal platelets,
      @ForAll("labValues") BigDecimal more) {
    double base = mEasix(ldh, crp, platelets);
    double moreLdh = mEasix(ldh.add(more), crp, platelets);
    double moreCrp = mEasix(ldh, crp.add(more), platelets);
    double morePlatelets = mEasix(ldh, crp, platelets.add(more));
    assertTrue(moreLdh > base, () -> "LDH up, m-EASIX " + base + " -> " + moreLdh);
    assertTrue(moreCrp > base, () -> "CRP up, m-EASIX " + base + " -> " + moreCrp);
    assertTrue(morePlatelets < base, () -> "platelets up, m-EASIX " + base + " -> " + morePlatelets);
  }

  private static double mEasix(BigDecimal ldh, BigDecimal crp, BigDecimal platelets) {
    return ScoreCalculator.mEasix(m(Analyte.LDH, ldh, "U/L"), m(Analyte.CRP, crp, "mg/dL"),
        m(Analyte.PLATELETS, platelets, "10*9/L")).value();
  }
}
