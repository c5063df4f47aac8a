package org.icans.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icans.grading.course.DatedGrade;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.crs.CrsGrader;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.Hypotension;
import org.icans.model.patient.LabelEra;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.CrsGradeAt;
import org.icans.risk.observation.Measurement;
import org.icans.risk.observation.TimePoint;
import org.icans.risk.product.ProductProfiles;
import org.icans.risk.product.RiskFactor;
import org.icans.risk.report.FlaggedRiskFactor;
import org.icans.risk.report.RiskAssessor;
import org.icans.risk.report.RiskInput;
import org.icans.risk.score.ScoreCalculator;
import org.icans.risk.warning.EarlyWarning;
import org.icans.risk.warning.EarlyWarnings;
import org.icans.risk.warning.WarningKind;
import org.icans.risk.window.ExpectedWindow;
import org.junit.jupiter.api.Test;

/**
 * Every result type of icans-risk compares by value (issue 17, point 4), checked with Guava's
 * {@link EqualsTester}: equal parts give equal values and hash codes, any part that differs gives
 * a different value, and nothing equals {@code null} or a value of another type.
 */
class ValueEqualityTest {
  static final TimePoint DAY_1 = TimePoint.ofDay(1);
  static final CrsGrade FEVER = CrsGrader.grade(CrsObservation.builder().temperatureCelsius(38.5).build());
  static final CrsGrade SHOCK = CrsGrader.grade(CrsObservation.builder().temperatureCelsius(39)
      .hypotension(Hypotension.ONE_VASOPRESSOR).build());

  static RiskInput input(String id, double ldh, Optional<LabelEra> era) {
    RiskInput.Builder b = RiskInput.builder(id).product(ProductProfiles.AXICABTAGENE_CILOLEUCEL.product())
        .add(Analyte.LDH, ldh, "U/L", DAY_1).add(Analyte.PLATELETS, 100, "10*9/L", DAY_1)
        .add(Analyte.TEMPERATURE, 39.2, "Cel", TimePoint.of(1, 30)).crsGrade(DAY_1, FEVER)
        .riskFactor(RiskFactor.HIGH_DISEASE_BURDEN);
    era.ifPresent(b::labelEra);
    return b.build();
  }

  @Test
  void riskReportsAreEqualWhenEveryPartIs() {
    new EqualsTester()
        .addEqualityGroup(RiskAssessor.assess(input("P1", 300, Optional.empty())),
            RiskAssessor.assess(input("P1", 300, Optional.empty())))
        .addEqualityGroup(RiskAssessor.assess(input("P2", 300, Optional.empty())))
        .addEqualityGroup(RiskAssessor.assess(input("P1", 400, Optional.empty())))
        .addEqualityGroup(RiskAssessor.assess(input("P1", 300, Optional.of(LabelEra.REMS))))
        .addEqualityGroup(RiskAssessor.assess(RiskInput.builder("P1").build()))
        .testEquals();
    assertEquals("RiskReport[P1, 1 scores, 2 warnings]", RiskAssessor.assess(input("P1", 300, Optional.empty()))
        .toString());
  }

  @Test
  void riskInputsAreEqualWhenEveryPartIs() {
    new EqualsTester()
        .addEqualityGroup(input("P1", 300, Optional.empty()), input("P1", 300, Optional.empty()))
        .addEqualityGroup(input("P1", 300, Optional.of(LabelEra.AFTER_REMS_REMOVAL)))
        .addEqualityGroup(input("P1", 301, Optional.empty()))
        .addEqualityGroup(RiskInput.builder("P1").build(), RiskInput.builder("P1").build())
        .addEqualityGroup(RiskInput.builder("P1").lymphodepletionStartDay(-5).build())
        .addEqualityGroup(RiskInput.builder("P1").lymphodepletionStartDay(-5.5).build())
        .addEqualityGroup(RiskInput.builder("P1").tocilizumab(DAY_1).build())
        .testEquals();
  }

  @Test
  void expectedWindowsAreEqualWhenEraAndStatementsAre() {
    var axicel = Optional.of(ProductProfiles.AXICABTAGENE_CILOLEUCEL.product());
    new EqualsTester()
        .addEqualityGroup(ExpectedWindow.of(axicel, Optional.empty()), ExpectedWindow.of(axicel, Optional.empty()))
        .addEqualityGroup(ExpectedWindow.of(axicel, Optional.of(LabelEra.REMS)))
        .addEqualityGroup(ExpectedWindow.of(axicel, Optional.of(LabelEra.AFTER_REMS_REMOVAL)))
        .addEqualityGroup(ExpectedWindow.of(Optional.empty(), Optional.empty()))
        .testEquals();
    assertEquals("ExpectedWindow[rems, 6 onset, 5 watch, 2 driving and proximity statements]",
        ExpectedWindow.of(axicel, Optional.of(LabelEra.REMS)).toString());
  }

  @Test
  void warningWindowsAreEqualWhenUnitAndEndsAre() {
    // Early fever and fever with IL-6 share the window 0-36 h.
    new EqualsTester()
        .addEqualityGroup(WarningKind.EARLY_FEVER.window(), WarningKind.FEVER_AND_IL6_WITHIN_36_H.window())
        .addEqualityGroup(WarningKind.DAY_3_FERRITIN.window())
        .addEqualityGroup(WarningKind.EARLY_CRS_ONSET.window())
        .addEqualityGroup(WarningKind.SEVERE_CRS.window())
        .testEquals();
  }

  @Test
  void crsGradesAreEqualWhenTimeGradeAndGraderResultAre() {
    new EqualsTester()
        .addEqualityGroup(CrsGradeAt.of(DAY_1, FEVER), CrsGradeAt.of(TimePoint.ofDay(1.0), FEVER))
        .addEqualityGroup(CrsGradeAt.of(DAY_1, SHOCK))
        .addEqualityGroup(CrsGradeAt.of(TimePoint.ofDay(1.5), FEVER))
        .addEqualityGroup(CrsGradeAt.recorded(DAY_1, 1), CrsGradeAt.recorded(DAY_1, 1), CrsGradeAt.of(DatedGrade.of(1, 1)))
        .addEqualityGroup(CrsGradeAt.recorded(DAY_1, 3))
        .addEqualityGroup(CrsGradeAt.of(DatedGrade.ungraded(1)),
            CrsGradeAt.of(DatedGrade.ungraded(1)))
        .addEqualityGroup(CrsGradeAt.of(DAY_1, CrsGrader.grade(CrsObservation.notAssessed())))
        .testEquals();
    assertEquals("CRS grade 3 (lower bound: hypoxia not assessed) on day +1", CrsGradeAt.of(DAY_1, SHOCK).toString());
  }

  @Test
  void timePointsScoresWarningsAndCaveatsAreRecords() {
    Measurement ldh = Measurement.of(Analyte.LDH, 300, "U/L", DAY_1);
    Measurement platelets = Measurement.of(Analyte.PLATELETS, 100, "10*9/L", DAY_1);
    new EqualsTester()
        .addEqualityGroup(TimePoint.ofDay(1.5), new TimePoint(1.5, OptionalDouble.empty()))
        .addEqualityGroup(TimePoint.of(1.5, 30))
        .addEqualityGroup(ScoreCalculator.simplifiedEasix(ldh, platelets), ScoreCalculator.simplifiedEasix(ldh, platelets))
        .addEqualityGroup(ScoreCalculator.simplifiedEasix(Measurement.of(Analyte.LDH, 300, "U/L", TimePoint.ofDay(1.5)),
            platelets))
        .addEqualityGroup(new EarlyWarning(WarningKind.EARLY_FEVER, DAY_1, "found", "meaning"),
            new EarlyWarning(WarningKind.EARLY_FEVER, DAY_1, "found", "meaning"))
        .addEqualityGroup(Caveat.onDay(1.5, "text", RiskSources.GUST17), Caveat.onDay(1, "text", RiskSources.GUST17))
        .addEqualityGroup(EarlyWarnings.evaluate(List.of(), List.of(CrsGradeAt.recorded(DAY_1, 1)), List.of()),
            EarlyWarnings.evaluate(List.of(), List.of(CrsGradeAt.recorded(DAY_1, 1)), List.of()))
        .addEqualityGroup(new FlaggedRiskFactor(RiskFactor.CD19_TARGET, true))
        .testEquals();
  }
}
