package org.icans.risk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.icans.grading.course.GradedAssessment;
import org.icans.grading.course.DatedGrade;
import org.icans.grading.course.PatientCourse;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.crs.CrsGrader;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.evidence.Citation;
import org.icans.model.patient.Patient;
import org.icans.model.patient.Product;
import org.icans.model.testing.NullChecks;
import org.icans.risk.internal.text.Numbers;
import org.icans.risk.internal.units.UcumUnits;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.CrsGradeAt;
import org.icans.risk.observation.Measurement;
import org.icans.risk.observation.PlausibleRange;
import org.icans.risk.observation.TimePoint;
import org.icans.risk.product.GradingSystem;
import org.icans.risk.product.IncidenceReport;
import org.icans.risk.product.ProductProfile;
import org.icans.risk.product.ProductProfiles;
import org.icans.risk.product.RiskFactor;
import org.icans.risk.report.FlaggedRiskFactor;
import org.icans.risk.report.RiskAssessor;
import org.icans.risk.report.RiskInput;
import org.icans.risk.report.RiskReport;
import org.icans.risk.score.CutOff;
import org.icans.risk.score.Score;
import org.icans.risk.score.ScoreCalculator;
import org.icans.risk.score.ScoreResult;
import org.icans.risk.warning.EarlyWarning;
import org.icans.risk.warning.EarlyWarnings;
import org.icans.risk.warning.WarningKind;
import org.icans.risk.warning.WarningWindow;
import org.icans.risk.window.ExpectedWindow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public constructor and method of every public class of icans-risk, the internal ones
 * included, refuses {@code null} for each of its parameters with a {@link NullPointerException}
 * naming the parameter (issue 14), checked class by class with Guava's {@code NullPointerTester}
 * ({@link NullChecks}, from the model's test jar, which also requires the message to name the
 * parameter): the static factories, and the instance methods of a sample of each type.
 */
class NullRejectionTest {
  static final TimePoint DAY_1 = TimePoint.ofDay(1);
  static final Measurement LDH = Measurement.of(Analyte.LDH, 300, "U/L", DAY_1);
  static final Measurement PLATELETS = Measurement.of(Analyte.PLATELETS, 100, "10*9/L", DAY_1);
  static final Assessment ASSESSMENT = Assessment.builder().patientId("P1").day(1.5).patient(Patient.aged(40))
      .crs(CrsObservation.builder().temperatureCelsius(38.5).build()).build();
  static final CrsGrade CRS = CrsGrader.grade(ASSESSMENT);

  static RiskInput input() {
    return RiskInput.builder("P1").add(LDH).add(PLATELETS).recordedCrsGrade(DAY_1, 1).build();
  }

  static NullChecks checks() {
    Product product = ProductProfiles.AXICABTAGENE_CILOLEUCEL.product();
    return new NullChecks()
        .setDefault(TimePoint.class, DAY_1)
        .setDefault(Measurement.class, LDH)
        .setDefault(CrsGrade.class, CRS)
        .setDefault(CrsGradeAt.class, CrsGradeAt.of(DAY_1, CRS))
        .setDefault(Assessment.class, ASSESSMENT)
        .setDefault(GradedAssessment.class, GradedAssessment.of(ASSESSMENT))
        .setDefault(PatientCourse.class, PatientCourse.of(List.of(ASSESSMENT)))
        .setDefault(DatedGrade.class, DatedGrade.of(1, 1))
        .setDefault(Product.class, product)
        .setDefault(Citation.class, RiskSources.GUST17)
        .setDefault(SourcedFact.class, SourcedFact.of("a fact", RiskSources.GUST17))
        .setDefault(ProductProfile.class, ProductProfiles.AXICABTAGENE_CILOLEUCEL)
        .setDefault(IncidenceReport.class, ProductProfiles.AXICABTAGENE_CILOLEUCEL.incidence().get(0))
        .setDefault(RiskInput.class, input())
        .setDefault(ScoreResult.class, ScoreCalculator.simplifiedEasix(LDH, PLATELETS))
        .setDefault(Map.class, Map.of())
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(Optional.class, Optional.empty())
        .setDefault(OptionalDouble.class, OptionalDouble.empty())
        .setDefault(OptionalInt.class, OptionalInt.empty());
  }

  /** The public types of icans-risk whose static methods and constructors are checked. */
  static final List<Class<?>> TYPES = List.of(Caveat.class, RiskSources.class, SourcedFact.class,
      Numbers.class, UcumUnits.class,
      Analyte.class, CrsGradeAt.class, Measurement.class, PlausibleRange.class, TimePoint.class,
      GradingSystem.class, IncidenceReport.class, ProductProfile.class, ProductProfiles.class, RiskFactor.class,
      FlaggedRiskFactor.class, RiskAssessor.class, RiskInput.class, RiskReport.class,
      CutOff.class, Score.class, ScoreCalculator.class, ScoreCalculator.Series.class, ScoreResult.class,
      EarlyWarning.class, EarlyWarnings.class, EarlyWarnings.Findings.class, WarningKind.class, WarningWindow.class,
      WarningWindow.Membership.class, ExpectedWindow.class);

  /** A sample of every value type, service and builder, whose instance methods are checked. */
  static List<Object> instances() {
    RiskReport report = RiskAssessor.assess(input());
    return List.of(Caveat.general("a caveat", RiskSources.GUST17), SourcedFact.of("a fact", RiskSources.GUST17),
        Analyte.LDH, CrsGradeAt.of(DAY_1, CRS), CrsGradeAt.recorded(DAY_1, 2), LDH, Analyte.LDH.plausibleRange(),
        DAY_1, ProductProfiles.AXICABTAGENE_CILOLEUCEL, ProductProfiles.AXICABTAGENE_CILOLEUCEL.incidence().get(0),
        RiskFactor.CD19_TARGET, new FlaggedRiskFactor(RiskFactor.CD19_TARGET, true), input(),
        RiskInput.builder("P1"), report, Score.EASIX_PRE.cutOff().orElseThrow(), Score.EASIX,
        ScoreCalculator.simplifiedEasix(LDH, PLATELETS), ScoreCalculator.series(List.of(), OptionalDouble.empty()),
        new EarlyWarning(WarningKind.EARLY_FEVER, DAY_1, "found", "meaning"),
        EarlyWarnings.evaluate(List.of(), List.of(), List.of()), WarningKind.EARLY_FEVER,
        WarningKind.EARLY_FEVER.window(), report.expectedWindow());
  }

  @TestFactory
  List<DynamicTest> staticMethodsAndConstructorsRefuseNull() {
    return TYPES.stream().map(c -> DynamicTest.dynamicTest(c.getName(), () -> checks().checkStatic(c))).toList();
  }

  @TestFactory
  List<DynamicTest> instanceMethodsRefuseNull() {
    return instances().stream().map(o -> DynamicTest.dynamicTest(o.getClass().getName(),
        () -> checks().checkInstance(o))).toList();
  }
}
