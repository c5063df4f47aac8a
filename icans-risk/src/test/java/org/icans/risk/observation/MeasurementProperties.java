package org.icans.risk.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.model.InvalidValueException;

/**
 * Whatever the number and whichever accepted unit it comes in, a measurement either lies in its
 * analyte's plausible range [P] after conversion, or is refused naming the analyte: a unit mix-up
 * never reaches a score.
 */
class MeasurementProperties {
  private static final TimePoint DAY = TimePoint.ofDay(1);

  @Provide
  Arbitrary<AcceptedUnits.Pair> pairs() {
    return Arbitraries.of(AcceptedUnits.pairs());
  }

  /** Any finite double: the whole range, lab-sized numbers on a log scale, and the awkward ones. */
  @Provide
  Arbitrary<Double> values() {
    Arbitrary<Double> logScale = Combinators.combine(Arbitraries.doubles().between(-10, 10).ofScale(3),
        Arbitraries.integers().between(-6, 10)).as((m, e) -> m * Math.pow(10, e));
    return Arbitraries.oneOf(Arbitraries.doubles(), logScale,
        Arbitraries.of(0.0, -0.0, -1.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 1e300, Double.MAX_VALUE,
            -Double.MAX_VALUE));
  }

  @Property(tries = 3000)
  void acceptedInsideThePlausibleRangeOrRefusedNamingTheAnalyte(@ForAll("pairs") AcceptedUnits.Pair p,
      @ForAll("values") double value) {
    Analyte a = p.analyte();
    Measurement m;
    try {
      m = Measurement.of(a, value, p.unit(), DAY);
    } catch (InvalidValueException e) {
      assertEquals(a.code() + ".value", e.field(), e.getMessage());
      assertTrue(e.getMessage().startsWith(a.code() + ".value: "), e.getMessage());
      return;
    }
    assertTrue(Double.isFinite(m.standardValue()), m::toString);
    assertTrue(a.plausibleRange().contains(m.standardValue()), () -> m + " outside " + a.plausibleRange().describe());
  }

  @Property(tries = 3000)
  void inTheStandardUnitAValueIsAcceptedExactlyWhenInsideTheRange(@ForAll Analyte a, @ForAll("values") double value) {
    PlausibleRange r = a.plausibleRange();
    boolean accepted = AcceptedUnits.tryOf(a, value, a.standardUnit(), DAY).isPresent();
    assertEquals(r.contains(value), accepted, () -> a.code() + " " + value + " " + a.standardUnit());
  }

  @Property(tries = 2000)
  void aRefusalOutsideTheRangeNamesAnalyteValueUnitAndRange(@ForAll("pairs") AcceptedUnits.Pair p,
      @ForAll("values") double value) {
    Analyte a = p.analyte();
    if (value < 0 && a != Analyte.TEMPERATURE || value == 0 && a == Analyte.PLATELETS) {
      return; // refused before conversion, as negative or as a zero divisor: checked by MeasurementTest
    }
    try {
      Measurement.of(a, value, p.unit(), DAY);
    } catch (InvalidValueException e) {
      assertTrue(e.value().endsWith(" " + p.unit()), e.getMessage());
      assertTrue(e.allowed().startsWith(a.label() + " " + a.plausibleRange().describe()), e.getMessage());
      assertTrue(e.allowed().contains(": outside this range is probably a unit mix-up"), e.getMessage());
    }
  }
}
