package org.icans.grading.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;
import org.junit.jupiter.api.Test;

/** Worked examples of a toxicity's course over time. */
class SyndromeCourseTest {

  /** Grades as "day:grade" pairs, "day:-" for an ungraded day. */
  private static SyndromeCourse course(String points) {
    List<DatedGrade> list = new ArrayList<>();
    for (String p : points.trim().split("\\s+")) {
      String[] dg = p.split(":");
      double day = Double.parseDouble(dg[0]);
      list.add(dg[1].equals("-") ? DatedGrade.ungraded(day) : DatedGrade.of(day, Integer.parseInt(dg[1])));
    }
    return SyndromeCourse.of(list);
  }

  @Test
  void aSingleEpisodeWithOnsetPeakAndResolution() {
    SyndromeCourse c = course("0:0 3:0 5:1 6:3 7:3 8:2 9:- 10:0 12:0");
    assertEquals(OptionalInt.of(3), c.maxGrade());
    assertEquals(OptionalDouble.of(5), c.onsetDay());
    assertEquals(OptionalDouble.of(6), c.peakDay(), "first day at the maximum");
    assertEquals(OptionalDouble.of(10), c.resolutionDay(), "the ungraded day 9 does not resolve it");
    assertEquals(OptionalDouble.of(5), c.durationDays());
    assertEquals(List.of(new Episode(5, 3, 6, OptionalDouble.of(10))), c.episodes());
    assertFalse(c.isOngoing());
  }

  @Test
  void twoEpisodesAndTheDurationFromFirstOnsetToLastResolution() {
    SyndromeCourse c = course("4:2 5:0 8:1 9:4 11:0");
    assertEquals(2, c.episodes().size());
    assertEquals(new Episode(4, 2, 4, OptionalDouble.of(5)), c.episodes().get(0));
    assertEquals(new Episode(8, 4, 9, OptionalDouble.of(11)), c.episodes().get(1));
    assertEquals(OptionalDouble.of(7), c.durationDays());
    assertEquals(OptionalDouble.of(1), c.episodes().get(0).durationDays());
  }

  @Test
  void anOngoingEpisodeHasNoResolution() {
    SyndromeCourse c = course("2:0 4:1 5:2");
    assertTrue(c.isOngoing());
    assertTrue(c.resolutionDay().isEmpty());
    assertTrue(c.durationDays().isEmpty());
  }

  @Test
  void inputOrderDoesNotMatterAndSameDayTiesKeepInputOrder() {
    SyndromeCourse sorted = course("1:0 2:1 3:0");
    SyndromeCourse shuffled = course("3:0 1:0 2:1");
    assertEquals(sorted.points(), shuffled.points());
    // Same day, graded 2 then 0 in input order: the episode starts and resolves on day 4.
    SyndromeCourse tie = course("4:2 4:0");
    assertEquals(OptionalDouble.of(4), tie.resolutionDay());
    SyndromeCourse reversedTie = course("4:0 4:2");
    assertTrue(reversedTie.isOngoing());
  }

  @Test
  void noGradeAtAllAndOnlyGradeZero() {
    SyndromeCourse none = course("1:- 2:-");
    assertTrue(none.maxGrade().isEmpty());
    assertTrue(none.onsetDay().isEmpty());
    SyndromeCourse zero = course("1:0 2:0");
    assertEquals(OptionalInt.of(0), zero.maxGrade());
    assertTrue(zero.peakDay().isEmpty(), "no peak without a grade of 1 or more");
  }

  @Test
  void icansOnsetRelativeToCrs() {
    SyndromeCourse crs = course("1:1 2:2 4:0 10:1 12:0");
    assertEquals(IcansCrsTiming.BEFORE_CRS, PatientCourse.timing(course("0:1"), crs));
    assertEquals(IcansCrsTiming.DURING_CRS, PatientCourse.timing(course("1:1"), crs), "same day as CRS onset");
    assertEquals(IcansCrsTiming.DURING_CRS, PatientCourse.timing(course("3:2"), crs));
    assertEquals(IcansCrsTiming.AFTER_CRS_RESOLVED, PatientCourse.timing(course("4:0 6:1"), crs),
        "CRS was graded 0 on day 4");
    assertEquals(IcansCrsTiming.DURING_CRS, PatientCourse.timing(course("11:3"), crs), "second CRS episode");
    assertEquals(IcansCrsTiming.WITHOUT_CRS, PatientCourse.timing(course("6:2"), course("1:0 2:0")));
    assertEquals(IcansCrsTiming.NO_ICANS, PatientCourse.timing(course("6:0"), crs));
  }

  @Test
  void aPatientCourseGradesAssessments() {
    Patient adult = Patient.aged(55);
    List<Assessment> assessments = List.of(
        assessment(1, 10, 38.5, adult), assessment(3, 10, 39.0, adult), assessment(5, 6, 37.0, adult),
        assessment(7, 10, 36.8, adult));
    PatientCourse c = PatientCourse.of(assessments);
    assertEquals(OptionalInt.of(2), c.icans().maxGrade());
    assertEquals(OptionalDouble.of(5), c.icans().onsetDay());
    assertEquals(OptionalDouble.of(1), c.crs().onsetDay());
    assertEquals(IcansCrsTiming.AFTER_CRS_RESOLVED, c.icansOnsetRelativeToCrs());
  }

  @Test
  void aPatientCourseRefusesTwoPatients() {
    Patient adult = Patient.aged(55);
    Assessment other = Assessment.builder().from(assessment(2, 10, 37, adult)).patientId("other").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PatientCourse.of(List.of(assessment(1, 10, 37, adult), other)));
    assertTrue(e.getMessage().contains("more than one patient"));
  }

  @Test
  void datedGradesAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> DatedGrade.of(Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> DatedGrade.of(1, 6));
    assertThrows(IllegalArgumentException.class, () -> DatedGrade.of(1, -1));
  }

  private static Assessment assessment(double day, int ice, double temperature, Patient patient) {
    return Assessment.builder().patientId("P1").day(day).patient(patient)
        .icans(IcansObservation.builder().ice(IceScore.ofTotal(ice)).build())
        .crs(CrsObservation.builder().temperatureCelsius(temperature).build())
        .build();
  }
}
