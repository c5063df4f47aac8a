package org.icans.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;
import org.icans.model.InvalidValueException;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.Measurement;
import org.icans.risk.observation.PlausibleRange;
import org.icans.risk.observation.TimePoint;
import org.icans.risk.product.GradingSystem;
import org.icans.risk.product.IncidenceReport;
import org.icans.risk.report.RiskInput;
import org.icans.risk.score.CutOff;
import org.icans.risk.score.Score;
import org.icans.risk.score.ScoreCalculator;
import org.icans.risk.score.ScoreResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every numeric factory of icans-risk refuses NaN and the infinities with an {@link
 * InvalidValueException} (issue 14): an invalid number never becomes a score, a warning or a day.
 */
class NonFiniteRejectionTest {
  static final TimePoint DAY_1 = TimePoint.ofDay(1);
  static final Measurement LDH = Measurement.of(Analyte.LDH, 300, "U/L", TimePoint.ofDay(-6));
  static final Measurement CREATININE = Measurement.of(Analyte.CREATININE, 1, "mg/dL", TimePoint.ofDay(-6));
  static final Measurement PLATELETS = Measurement.of(Analyte.PLATELETS, 100, "10*9/L", TimePoint.ofDay(-6));

  /** Each numeric factory, and the number it is given. */
  static final Map<String, DoubleConsumer> FACTORIES = Map.ofEntries(
      Map.entry("TimePoint.ofDay", d -> TimePoint.ofDay(d)),
      Map.entry("TimePoint.of (day)", d -> TimePoint.of(d, 30)),
      Map.entry("TimePoint.of (hours)", d -> TimePoint.of(1, d)),
      Map.entry("TimePoint.calendarDayOf", d -> TimePoint.calendarDayOf(d)),
      Map.entry("Measurement.of", d -> Measurement.of(Analyte.CRP, d, "mg/L", DAY_1)),
      Map.entry("Measurement.of (temperature)", d -> Measurement.of(Analyte.TEMPERATURE, d, "Cel", DAY_1)),
      Map.entry("PlausibleRange (low)", d -> new PlausibleRange(d, 1, "mg/dL")),
      Map.entry("PlausibleRange (high)", d -> new PlausibleRange(0, d, "mg/dL")),
      Map.entry("CutOff", d -> new CutOff(d, true, "meaning", RiskSources.KORELL22)),
      Map.entry("ScoreResult", d -> new ScoreResult(Score.EASIX, 1, "day +1", d, List.of(), true, Optional.empty())),
      Map.entry("IncidenceReport (percent)", d -> incidence(OptionalDouble.of(d), OptionalDouble.empty())),
      Map.entry("IncidenceReport (days)", d -> incidence(OptionalDouble.empty(), OptionalDouble.of(d))),
      Map.entry("Caveat.onDay", d -> Caveat.onDay(d, "text", RiskSources.GUST17)),
      Map.entry("RiskInput.Builder.lymphodepletionStartDay", d -> RiskInput.builder("P1").lymphodepletionStartDay(d)),
      Map.entry("ScoreCalculator.easixPre", d -> ScoreCalculator.easixPre(LDH, CREATININE, PLATELETS, d)),
      Map.entry("ScoreCalculator.compute", d -> ScoreCalculator.compute(Score.EASIX_PRE,
          List.of(LDH, CREATININE, PLATELETS), OptionalDouble.of(d))),
      Map.entry("ScoreCalculator.series", d -> ScoreCalculator.series(List.of(LDH), OptionalDouble.of(d))),
      Map.entry("Score.isStudiedAt", d -> Score.EASIX.isStudiedAt(d, OptionalDouble.empty())));

  static IncidenceReport incidence(OptionalDouble percent, OptionalDouble days) {
    return new IncidenceReport("study", "population", OptionalInt.empty(), "ICANS", GradingSystem.NOT_STATED, percent,
        OptionalDouble.empty(), days, OptionalDouble.empty(), Optional.empty(), RiskSources.GUST17);
  }

  static Stream<Arguments> factoriesAndNumbers() {
    return FACTORIES.keySet().stream().sorted().flatMap(name -> Stream.of(Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY).map(d -> Arguments.of(name, d)));
  }

  @ParameterizedTest(name = "{0} refuses {1}")
  @MethodSource("factoriesAndNumbers")
  void refusesNanAndInfinities(String factory, double number) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> FACTORIES.get(factory).accept(number));
    assertEquals(InvalidValueException.class, e.getClass());
  }
}
