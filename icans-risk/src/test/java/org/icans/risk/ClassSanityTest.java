package org.icans.risk;

import com.google.common.testing.ClassSanityTester;
import java.util.List;
import org.icans.grading.course.DatedGrade;
import org.icans.grading.course.GradedAssessment;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.crs.CrsGrader;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.patient.Patient;
import org.icans.model.testing.FactorySanity;
import org.icans.risk.observation.Measurement;
import org.icans.risk.observation.TimePoint;
import org.icans.risk.window.ExpectedWindow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava's {@link ClassSanityTester} over the public static factories of the risk value types
 * (issue 12, point 6): equal exactly when their arguments are, null refused. {@link Measurement}
 * (a unit must belong to its analyte) and {@link TimePoint} (hours must lie on the day) take
 * arguments that depend on each other, and {@link ExpectedWindow} two optionals of different types,
 * which the tester's values cannot respect; {@code ValueEqualityTest} checks them with an
 * {@code EqualsTester}.
 */
class ClassSanityTest {
  static ClassSanityTester tester(Class<?> type) {
    return new ClassSanityTester()
        .setDistinctValues(int.class, 0, 1)
        .setDistinctValues(double.class, 1.0, 2.0)
        .setDistinctValues(String.class, "a", "b")
        .setDistinctValues(org.icans.model.evidence.Citation.class, RiskSources.GUST17, RiskSources.GUST17.at("elsewhere"))
        .setDistinctValues(TimePoint.class, TimePoint.ofDay(1), TimePoint.ofDay(2))
        .setDistinctValues(CrsGrade.class, crs(37.0), crs(38.5))
        .setDistinctValues(GradedAssessment.class, graded(37.0), graded(38.5))
        .setDistinctValues(DatedGrade.class, DatedGrade.of(1, 0), DatedGrade.of(1, 1));
  }

  private static CrsGrade crs(double celsius) {
    return CrsGrader.grade(CrsObservation.builder().temperatureCelsius(celsius).build());
  }

  private static GradedAssessment graded(double celsius) {
    return GradedAssessment.of(Assessment.builder().patientId("P1").day(1).patient(Patient.aged(40))
        .crs(CrsObservation.builder().temperatureCelsius(celsius).build()).build());
  }

  @TestFactory
  List<DynamicTest> factoriesGiveEqualValuesExactlyForEqualArgumentsAndRefuseNull() {
    List<Class<?>> types = NullRejectionTest.TYPES.stream()
        .filter(c -> c != Measurement.class && c != TimePoint.class && c != ExpectedWindow.class).toList();
    return FactorySanity.tests(types, ClassSanityTest::tester);
  }
}
