package org.icans.risk.report;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.icans.grading.course.GradedAssessment;
import org.icans.grading.course.DatedGrade;
import org.icans.grading.course.PatientCourse;
import org.icans.grading.course.SyndromeCourse;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenSupport;
import org.icans.model.patient.Patient;
import org.icans.risk.observation.CrsGradeAt;
import org.icans.risk.observation.TimePoint;
import org.icans.risk.warning.WarningKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A patient's graded course goes into a risk input as it is: the model's days (fractions
 * included) and the grader's CRS grades, with no conversion to int and no grade 0 for an
 * assessment that could not be graded.
 */
class RiskInputTest {
  static Assessment assessment(String id, double day, CrsObservation crs) {
    return Assessment.builder().patientId(id).day(day).patient(Patient.aged(60)).crs(crs).build();
  }

  static final CrsObservation FEVER = CrsObservation.builder().temperatureCelsius(38.6).hypotension(Hypotension.NONE)
      .oxygen(OxygenSupport.roomAir()).build();
  static final CrsObservation SHOCK = CrsObservation.builder().temperatureCelsius(39.4)
      .hypotension(Hypotension.ONE_VASOPRESSOR).oxygen(OxygenSupport.roomAir()).build();

  @Test
  void aGradedCourseGoesInWithItsDaysAndGrades() {
    PatientCourse course = PatientCourse.of(List.of(assessment("P1", 4.5, SHOCK), assessment("P1", 1.5, FEVER),
        assessment("P1", 2, CrsObservation.notAssessed())));
    RiskInput in = RiskInput.builder("P1").course(course).build();
    assertEquals(List.of(1.5, 2.0, 4.5), in.crsGrades().stream().map(g -> g.time().day()).toList());
    assertEquals(List.of(OptionalInt.of(1), OptionalInt.empty(), OptionalInt.of(3)),
        in.crsGrades().stream().map(CrsGradeAt::grade).toList());
    assertEquals(course.assessments().get(2).crs(), in.crsGrades().get(2).crsGrade().orElseThrow());

    RiskReport r = RiskAssessor.assess(in);
    assertEquals(List.of(WarningKind.EARLY_CRS_ONSET, WarningKind.SEVERE_CRS),
        r.warnings().stream().map(w -> w.kind()).toList());
    assertEquals("CRS grade 1 from day +1.5, within 3 days of infusion.", r.warnings().get(0).found());
    assertTrue(r.caveats().stream().anyMatch(c -> c.text().startsWith("CRS could not be graded on day +2 ")),
        r.caveats().toString());
    // One assessment at a time gives the same input.
    RiskInput.Builder b = RiskInput.builder("P1");
    course.assessments().forEach(b::crsGrade);
    assertEquals(in, b.build());
  }

  @Test
  void aCourseOfGradesAloneGivesItsCrsGradesByDay() {
    PatientCourse course = PatientCourse.of(SyndromeCourse.of(List.of()),
        SyndromeCourse.of(List.of(DatedGrade.of(0.5, 1), DatedGrade.ungraded(1), DatedGrade.of(5, 3))));
    RiskInput in = RiskInput.builder("P1").course(course).build();
    assertEquals(List.of(CrsGradeAt.recorded(TimePoint.ofDay(0.5), 1), CrsGradeAt.of(DatedGrade.ungraded(1)),
        CrsGradeAt.recorded(TimePoint.ofDay(5), 3)), in.crsGrades());
  }

  @Test
  void anotherPatientsAssessmentsAreRefused() {
    PatientCourse course = PatientCourse.of(List.of(assessment("P2", 1, FEVER)));
    assertInvalid(() -> RiskInput.builder("P1").course(course), "course.patientId", "'P2'",
        "this input's patient, 'P1'");
    assertInvalid(() -> RiskInput.builder("P1").crsGrade(GradedAssessment.of(assessment("P2", 1, FEVER))),
        "assessment.patientId", "'P2'", "this input's patient, 'P1'");
  }

  @ParameterizedTest(name = "lymphodepletion from day {0} is accepted")
  @ValueSource(doubles = {-30, -5.5, -5, -0.5})
  void lymphodepletionStartsOnAModelDayBeforeInfusion(double day) {
    assertEquals(OptionalDouble.of(day), RiskInput.builder("P1").lymphodepletionStartDay(day).build()
        .lymphodepletionStartDay());
  }

  @ParameterizedTest(name = "lymphodepletion from day {0} is refused")
  @ValueSource(doubles = {0, 0.5, 3, -30.5, -31})
  void lymphodepletionOnOrAfterInfusionOrBeforeDayMinus30IsRefused(double day) {
    assertInvalid(() -> RiskInput.builder("P1").lymphodepletionStartDay(day), "lymphodepletion_start.day", day,
        "a day before infusion: -30 or later, below 0");
  }
}
