package org.icans.grading.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icans.grading.crs.CrsGrader;
import org.icans.grading.icans.IcansGrader;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenSupport;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;
import org.junit.jupiter.api.Test;

/** The course keeps the graded assessments: peaks and the worst day are assessments with both grades. */
class PatientCourseTest {
  private static final Patient ADULT = Patient.aged(60);

  private static Assessment day(double day, int ice, double temperature, Hypotension hypotension) {
    return Assessment.builder().patientId("P1").day(day).patient(ADULT)
        .icans(IcansObservation.builder().ice(IceScore.ofTotal(ice)).build())
        .crs(CrsObservation.builder().temperatureCelsius(temperature).hypotension(hypotension)
            .oxygen(OxygenSupport.roomAir()).build())
        .build();
  }

  private static final List<Assessment> DAYS = List.of(
      day(3, 10, 39.0, Hypotension.FLUIDS),      // ICANS 0 (lower bound), CRS 2
      day(1, 10, 38.5, Hypotension.NONE),        // CRS 1
      day(5, 2, 37.0, Hypotension.NONE),         // ICANS 3 (lower bound)
      day(6, 2, 38.4, Hypotension.NONE),         // ICANS 3, CRS 1: the worst day (tie on ICANS, higher CRS)
      day(9, 10, 37.0, Hypotension.NONE));

  @Test
  void theAssessmentsAreKeptInDayOrderWithBothGrades() {
    PatientCourse c = PatientCourse.of(DAYS);
    assertEquals(List.of(1.0, 3.0, 5.0, 6.0, 9.0), c.assessments().stream().map(GradedAssessment::day).toList());
    GradedAssessment d3 = c.assessments().get(1);
    assertEquals(IcansGrader.grade(DAYS.get(0)), d3.icans());
    assertEquals(CrsGrader.grade(DAYS.get(0)), d3.crs());
  }

  @Test
  void peaksAndTheWorstDayAreAssessments() {
    PatientCourse c = PatientCourse.of(DAYS);
    assertEquals(5.0, c.icansPeak().orElseThrow().day());
    assertEquals(c.icans().peakDay().getAsDouble(), c.icansPeak().orElseThrow().day());
    assertEquals(3.0, c.crsPeak().orElseThrow().day());
    assertEquals(2, c.crsPeak().orElseThrow().crs().gradeOrMinusOne());
    GradedAssessment worst = c.worst().orElseThrow();
    assertEquals(6.0, worst.day());
    assertEquals(3, worst.icans().gradeOrMinusOne());
    assertEquals(1, worst.crs().gradeOrMinusOne());
    assertTrue(worst.summary().startsWith("P1 day 6: "), worst::summary);
  }

  @Test
  void aCourseWithoutAnyGradeHasNoPeakAndNoWorstDay() {
    Assessment nothing = Assessment.builder().patientId("P1").day(1).patient(ADULT).build();
    PatientCourse c = PatientCourse.of(List.of(nothing));
    assertTrue(c.worst().isEmpty());
    assertTrue(c.icansPeak().isEmpty());
    assertTrue(c.crsPeak().isEmpty());
    assertTrue(PatientCourse.of(c.icans(), c.crs()).assessments().isEmpty());
  }

  @Test
  void coursesHaveValueEquality() {
    assertEquals(PatientCourse.of(DAYS), PatientCourse.of(List.copyOf(DAYS)));
    assertEquals(PatientCourse.of(DAYS).hashCode(), PatientCourse.of(List.copyOf(DAYS)).hashCode());
    assertEquals(PatientCourse.of(DAYS).icans(), PatientCourse.of(List.copyOf(DAYS)).icans());
    assertNotEquals(PatientCourse.of(DAYS), PatientCourse.of(DAYS.subList(0, 4)));
    assertEquals(GradedAssessment.of(DAYS.get(2)), GradedAssessment.of(DAYS.get(2)));
  }

  @Test
  void theWorstDayBreaksTiesByCrsThenByTheEarlierDay() {
    Assessment icans2crs1 = day(1, 5, 38.5, Hypotension.NONE);
    Assessment icans2crs0 = day(2, 5, 37.0, Hypotension.NONE);
    Assessment icans2crs0Later = day(3, 5, 37.0, Hypotension.NONE);
    assertEquals(1.0, PatientCourse.of(List.of(icans2crs1, icans2crs0)).worst().orElseThrow().day());
    assertEquals(2.0, PatientCourse.of(List.of(icans2crs0Later, icans2crs0)).worst().orElseThrow().day());
    Assessment icans1 = day(4, 8, 37.0, Hypotension.NONE);
    PatientCourse mild = PatientCourse.of(List.of(icans1));
    assertEquals(4.0, mild.icansPeak().orElseThrow().day(), "a grade 1 peak is a peak");
    assertTrue(mild.crsPeak().isEmpty(), "CRS grade 0 has no peak");
  }

  @Test
  void coursesSayWhatTheyHoldAndDifferFromOtherValues() {
    PatientCourse c = PatientCourse.of(DAYS);
    assertNotEquals(c, "a course");
    assertNotEquals(c.icans(), "a course");
    assertNotEquals(c.icans(), c.crs());
    assertNotEquals(c.icans().hashCode(), c.crs().hashCode());
    assertNotEquals(c.hashCode(), PatientCourse.of(DAYS.subList(0, 2)).hashCode());
    assertEquals("PatientCourse[icans " + c.icans() + ", crs " + c.crs() + ", 5 assessments]", c.toString());
    assertTrue(c.icans().toString().startsWith("SyndromeCourse[max OptionalInt[3], onset"), c.icans()::toString);
    GradedAssessment half = GradedAssessment.of(Assessment.builder().patientId("P2").day(4.5).patient(ADULT).build());
    assertEquals("P2", half.patientId());
    assertTrue(half.summary().startsWith("P2 day 4.5: "), half::summary);
    // Whole days print without a decimal point below 10^15 days, as doubles from there on.
    GradedAssessment far = GradedAssessment.of(Assessment.builder().patientId("P3").day(1e15).patient(ADULT).build());
    assertTrue(far.summary().startsWith("P3 day 1.0E15: "), far::summary);
    GradedAssessment near = GradedAssessment.of(Assessment.builder().patientId("P3").day(1e15 - 1).patient(ADULT).build());
    assertTrue(near.summary().startsWith("P3 day 999999999999999: "), near::summary);
  }

  @Test
  void aNullAssessmentIsNamedByItsPlace() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> PatientCourse.of(java.util.Arrays.asList(DAYS.get(0), DAYS.get(1), null)));
    assertEquals("assessments[2]", e.getMessage());
  }

  @Test
  void gradesThatAreNotTheAssessmentsOwnAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new GradedAssessment(DAYS.get(0),
        IcansGrader.grade(DAYS.get(2)), CrsGrader.grade(DAYS.get(0))));
    assertThrows(NullPointerException.class, () -> PatientCourse.of(java.util.Arrays.asList(DAYS.get(0), null)));
  }
}
