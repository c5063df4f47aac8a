package org.icans.grading;

import com.google.common.testing.ClassSanityTester;
import java.util.List;
import org.icans.grading.course.DatedGrade;
import org.icans.grading.course.PatientCourse;
import org.icans.grading.course.SyndromeCourse;
import org.icans.model.assessment.Assessment;
import org.icans.model.patient.Patient;
import org.icans.model.testing.FactorySanity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava's {@link ClassSanityTester} over the public static factories of the grading results and
 * courses (issue 12, point 6): equal exactly when their arguments are, null refused. Days 1 and 2,
 * grades 0 and 1, two different assessments, two different courses.
 */
class ClassSanityTest {
  static ClassSanityTester tester(Class<?> type) {
    // The factories taking a List: PatientCourse.of(List<Assessment>), SyndromeCourse.of(List<DatedGrade>).
    List<?> one = type == PatientCourse.class ? List.of(assessment(1)) : List.of(DatedGrade.of(1, 0));
    List<?> other = type == PatientCourse.class ? List.of(assessment(2)) : List.of(DatedGrade.of(1, 2));
    return new ClassSanityTester()
        .setDistinctValues(int.class, 0, 1)
        .setDistinctValues(double.class, 1.0, 2.0)
        .setDistinctValues(String.class, "P1", "P2")
        .setDistinctValues(Assessment.class, assessment(1), assessment(2))
        .setDistinctValues(List.class, one, other)
        .setDistinctValues(SyndromeCourse.class, SyndromeCourse.of(List.of(DatedGrade.of(1, 0))),
            SyndromeCourse.of(List.of(DatedGrade.of(1, 2))));
  }

  private static Assessment assessment(double day) {
    return Assessment.builder().patientId("P1").day(day).patient(Patient.aged(40)).build();
  }

  @TestFactory
  List<DynamicTest> factoriesGiveEqualValuesExactlyForEqualArgumentsAndRefuseNull() {
    return FactorySanity.tests(NullRejectionTest.TYPES, ClassSanityTest::tester);
  }
}
