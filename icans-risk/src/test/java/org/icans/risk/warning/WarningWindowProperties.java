package org.icans.risk.warning;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.crs.CrsGrader;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.CrsGradeAt;
import org.icans.risk.observation.Measurement;
import org.icans.risk.observation.TimePoint;
import org.icans.testing.CrsObservations;

/** Warnings never fire outside their time window. */
class WarningWindowProperties {

  @Provide
  Arbitrary<TimePoint> times() {
    // Mostly around the early windows (0-36 h, days 0 to +6), sometimes anywhere; the model's days,
    // whole or with a fraction (which lies on the calendar day of its whole part, rounded down).
    Arbitrary<Integer> whole = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.integers().between(-1, 2)),
        Tuple.of(2, Arbitraries.integers().between(3, 7)), Tuple.of(1, Arbitraries.integers().between(-10, 12)));
    Arbitrary<Double> days = Combinators.combine(whole, Arbitraries.of(0.0, 0.0, 0.25, 0.5, 0.75))
        .as((d, f) -> d + f);
    Arbitrary<TimePoint> dayOnly = days.map(TimePoint::ofDay);
    Arbitrary<TimePoint> withHours = Combinators.combine(days, Arbitraries.doubles().between(0.01, 0.99).ofScale(2))
        .as((d, f) -> TimePoint.of(d, 24.0 * (Math.floor(d) - 1) + 48.0 * f));
    return Arbitraries.oneOf(dayOnly, withHours);
  }

  @Provide
  Arbitrary<Measurement> measurements() {
    Arbitrary<TimePoint> t = times();
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.oneOf(Arbitraries.doubles().between(36, 41).ofScale(1), Arbitraries.of(38.0, 38.9)), t)
            .as((v, at) -> Measurement.of(Analyte.TEMPERATURE, v, "Cel", at)),
        Combinators.combine(Arbitraries.oneOf(Arbitraries.doubles().between(0, 3000).ofScale(1), Arbitraries.of(16.0, 16.1, 501.0)), t)
            .as((v, at) -> Measurement.of(Analyte.IL6, v, "pg/mL", at)),
        Combinators.combine(Arbitraries.oneOf(Arbitraries.doubles().between(0, 8000).ofScale(0), Arbitraries.of(2000.0, 4000.0)), t)
            .as((v, at) -> Measurement.of(Analyte.FERRITIN, v, "ng/mL", at)));
  }

  @Provide
  Arbitrary<CrsGradeAt> crsGrades() {
    // Recorded numbers, and the grader's results of any valid observation (icans-testing): no grade for
    // nothing gradeable, lower bounds, every grade 0-5.
    Arbitrary<CrsGrade> graded = CrsObservations.valid().map(CrsGrader::grade);
    return Arbitraries.oneOf(Combinators.combine(times(), Arbitraries.integers().between(0, 4)).as(CrsGradeAt::recorded),
        Combinators.combine(times(), graded).as(CrsGradeAt::of));
  }

  // Thresholds are mixed into the generators above; jqwik's own edge cases (range ends) add nothing here.
  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void everyWarningIsDatedInsideItsWindow(@ForAll @Size(max = 12) List<@From("measurements") Measurement> measurements,
      @ForAll @Size(max = 8) List<@From("crsGrades") CrsGradeAt> crs, @ForAll @Size(max = 2) List<@From("times") TimePoint> tocilizumab) {
    EarlyWarnings.Findings f = EarlyWarnings.evaluate(measurements, crs, tocilizumab);
    for (EarlyWarning w : f.warnings()) {
      assertTrue(w.kind().window().contains(w.time()), () -> w.kind() + " fired at " + w.time() + " outside "
          + w.kind().window().describe());
    }
  }

  // Thresholds are mixed into the generators above; jqwik's own edge cases (range ends) add nothing here.
  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void observationsOutsideTheWindowsNeverWarn(@ForAll @Size(max = 12) List<@From("measurements") Measurement> measurements,
      @ForAll @Size(max = 8) List<@From("crsGrades") CrsGradeAt> crs) {
    // Keep, for each kind's analyte, only the observations certainly outside that kind's window.
    List<Measurement> outside = new ArrayList<>();
    for (Measurement m : measurements) {
      boolean out = switch (m.analyte()) {
        case TEMPERATURE -> !WarningKind.EARLY_FEVER.window().contains(m.time())
            && !WarningKind.FEVER_AND_IL6_WITHIN_36_H.window().contains(m.time());
        case IL6 -> !WarningKind.FEVER_AND_IL6_WITHIN_36_H.window().contains(m.time())
            && !WarningKind.IL6_AT_LEAST_501_WITHIN_6_DAYS.window().contains(m.time());
        case FERRITIN -> !WarningKind.DAY_3_FERRITIN.window().contains(m.time());
        default -> true;
      };
      if (out) {
        outside.add(m);
      }
    }
    List<CrsGradeAt> lateOrBefore = new ArrayList<>();
    for (CrsGradeAt g : crs) {
      // CRS only before infusion or from day 4: never an early onset, and severe only after day 0.
      if (!g.time().isAfterInfusion() || g.time().calendarDay() > EarlyWarnings.EARLY_CRS_LAST_DAY) {
        lateOrBefore.add(g.grade().orElse(0) >= 3 && g.time().isAfterInfusion() ? CrsGradeAt.recorded(g.time(), 2) : g);
      }
    }
    for (EarlyWarning w : EarlyWarnings.evaluate(outside, lateOrBefore, List.of()).warnings()) {
      assertNotEquals(w.kind(), w.kind(), () -> w.kind() + " fired from observations outside its window: " + w);
    }
  }
}
