package org.icans.risk.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.icans.risk.observation.AcceptedUnits;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.Measurement;
import org.icans.risk.observation.PlausibleRange;
import org.icans.risk.observation.TimePoint;

/**
 * Each score is invariant to the unit the same value is given in; m-EASIX grows with LDH and CRP
 * and falls with platelets; every score of accepted measurements is a finite number, 0 or more.
 * Values are drawn inside each analyte's plausible range [P]: outside it, {@link Measurement#of}
 * refuses them.
 */
class ScoreProperties {
  private static final TimePoint DAY = TimePoint.ofDay(1);
  private static final TimePoint PRE = TimePoint.ofDay(-5);

  private static Arbitrary<BigDecimal> between(String low, String high) {
    return Arbitraries.bigDecimals().between(new BigDecimal(low), new BigDecimal(high)).ofScale(3);
  }

  /** LDH in U/L, with up to three decimals, as labs report them: the plausible range, 10 to 50,000. */
  @Provide
  Arbitrary<BigDecimal> ldhValues() {
    return between("10", "50000");
  }

  /** LDH in ukat/L: x 60 stays in the plausible range in U/L. */
  @Provide
  Arbitrary<BigDecimal> ldhMicrokatValues() {
    return between("0.167", "833.333");
  }

  /** Creatinine in mg/dL, 0.05 to 25. */
  @Provide
  Arbitrary<BigDecimal> creatinineValues() {
    return between("0.05", "25");
  }

  /** Platelets in 10^9/L, 1 to 2,000. */
  @Provide
  Arbitrary<BigDecimal> plateletValues() {
    return between("1", "2000");
  }

  /** CRP in mg/dL, 0 to 100. */
  @Provide
  Arbitrary<BigDecimal> crpValues() {
    return between("0", "100");
  }

  /** Part of a range, to add to a value drawn from its lower half. */
  @Provide
  Arbitrary<BigDecimal> fractions() {
    return between("0.001", "1");
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
  void easixIsInvariantToUnits(@ForAll("ldhMicrokatValues") BigDecimal ldhMicrokat,
      @ForAll("creatinineValues") BigDecimal creatinine, @ForAll("plateletValues") BigDecimal platelets,
      @ForAll @IntRange(max = 2) int variant) {
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
  void simplifiedEasixIsInvariantToUnits(@ForAll("ldhValues") BigDecimal ldh,
      @ForAll("plateletValues") BigDecimal platelets) {
    double reference = ScoreCalculator.simplifiedEasix(m(Analyte.LDH, ldh, "U/L"),
        m(Analyte.PLATELETS, platelets, "10*9/L")).value();
    assertSameScore(reference, ScoreCalculator.simplifiedEasix(m(Analyte.LDH, ldh, "[IU]/L"),
        m(Analyte.PLATELETS, times(platelets, "1000"), "/uL")).value());
  }

  @Property(tries = 300)
  void mEasixIsInvariantToUnits(@ForAll("ldhValues") BigDecimal ldh, @ForAll("crpValues") BigDecimal crp,
      @ForAll("plateletValues") BigDecimal platelets, @ForAll @IntRange(max = 1) int variant) {
    double reference = ScoreCalculator.mEasix(m(Analyte.LDH, ldh, "U/L"), m(Analyte.CRP, crp, "mg/dL"),
        m(Analyte.PLATELETS, platelets, "10*9/L")).value();
    Measurement c = variant == 0 ? m(Analyte.CRP, times(crp, "10"), "mg/L") : m(Analyte.CRP, times(crp, "0.01"), "g/L");
    assertSameScore(reference, ScoreCalculator.mEasix(m(Analyte.LDH, ldh, "U/L"), c,
        m(Analyte.PLATELETS, platelets, "10*3/uL")).value());
  }

  @Property(tries = 300)
  void easixPreIsInvariantToUnitsAndSoIsItsCutOff(@ForAll("ldhValues") BigDecimal ldh,
      @ForAll("creatinineValues") BigDecimal creatinine, @ForAll("plateletValues") BigDecimal platelets) {
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
  void mEasixGrowsWithLdhAndCrpAndFallsWithPlatelets(@ForAll("ldhValues") BigDecimal ldhAny,
      @ForAll("crpValues") BigDecimal crpAny, @ForAll("plateletValues") BigDecimal plateletsAny,
      @ForAll("fractions") BigDecimal more) {
    // Each value from the lower half of its range (CRP above 0, else LDH would not move m-EASIX),
    // each increase by up to half the range: the results stay in the plausible ranges.
    BigDecimal ldh = ldhAny.divide(BigDecimal.valueOf(2)).max(BigDecimal.TEN);
    BigDecimal crp = crpAny.divide(BigDecimal.valueOf(2)).max(new BigDecimal("0.001"));
    BigDecimal platelets = plateletsAny.divide(BigDecimal.valueOf(2)).max(BigDecimal.ONE);
    double base = mEasix(ldh, crp, platelets);
    double moreLdh = mEasix(ldh.add(times(more, "25000")), crp, platelets);
    double moreCrp = mEasix(ldh, crp.add(times(more, "50")), platelets);
    double morePlatelets = mEasix(ldh, crp, platelets.add(times(more, "1000")));
    assertTrue(moreLdh > base, () -> "LDH up, m-EASIX " + base + " -> " + moreLdh);
    assertTrue(moreCrp > base, () -> "CRP up, m-EASIX " + base + " -> " + moreCrp);
    assertTrue(morePlatelets < base, () -> "platelets up, m-EASIX " + base + " -> " + morePlatelets);
  }

  private static double mEasix(BigDecimal ldh, BigDecimal crp, BigDecimal platelets) {
    return ScoreCalculator.mEasix(m(Analyte.LDH, ldh, "U/L"), m(Analyte.CRP, crp, "mg/dL"),
        m(Analyte.PLATELETS, platelets, "10*9/L")).value();
  }

  /**
   * A measurement {@link Measurement#of} accepts: any accepted unit, any number on a log scale from
   * 10^-6 to 10^10 that falls in the plausible range, and the range's ends exactly.
   */
  private static Arbitrary<Measurement> accepted(Analyte a, TimePoint t) {
    PlausibleRange r = a.plausibleRange();
    Arbitrary<Measurement> ends = Arbitraries.of(r.low(), r.high()).map(v -> Measurement.of(a, v, a.standardUnit(), t));
    Arbitrary<Double> logScale = Combinators.combine(Arbitraries.doubles().between(1, 10).ofScale(4),
        Arbitraries.integers().between(-6, 10)).as((m, e) -> m * Math.pow(10, e));
    Arbitrary<Measurement> any = Combinators.combine(Arbitraries.of(AcceptedUnits.of(a)), logScale)
        .as((u, v) -> AcceptedUnits.tryOf(a, v, u, t)).filter(Optional::isPresent).map(Optional::get);
    return Arbitraries.frequencyOf(Tuple.of(1, ends), Tuple.of(4, any));
  }

  @Provide
  Arbitrary<List<Measurement>> acceptedInputs() {
    return Combinators.combine(accepted(Analyte.LDH, PRE), accepted(Analyte.CREATININE, PRE),
        accepted(Analyte.PLATELETS, PRE), accepted(Analyte.CRP, PRE)).as(List::of);
  }

  @Property(tries = 2000)
  void everyScoreOfAcceptedMeasurementsIsFiniteAndNotNegative(@ForAll("acceptedInputs") List<Measurement> all) {
    for (Score s : Score.values()) {
      List<Measurement> inputs = new ArrayList<>();
      for (Measurement m : all) {
        if (s.inputs().contains(m.analyte())) {
          inputs.add(m);
        }
      }
      double v = ScoreCalculator.compute(s, inputs, OptionalDouble.of(-5)).value();
      assertTrue(Double.isFinite(v) && v >= 0, () -> s + " = " + v + " from " + inputs);
    }
  }
}
