package org.icans.grading;

import java.util.List;
import java.util.OptionalDouble;
import org.icans.grading.course.DatedGrade;
import org.icans.grading.course.GradedAssessment;
import org.icans.grading.course.Episode;
import org.icans.grading.course.IcansCrsTiming;
import org.icans.grading.course.PatientCourse;
import org.icans.grading.course.SyndromeCourse;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.crs.CrsGrader;
import org.icans.grading.crs.CrsRule;
import org.icans.grading.icans.DomainGrade;
import org.icans.grading.icans.DomainStatus;
import org.icans.grading.icans.EncephalopathyTool;
import org.icans.grading.icans.IcansBatch;
import org.icans.grading.icans.IcansGrade;
import org.icans.grading.icans.IcansGrader;
import org.icans.grading.icans.IcansRule;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;
import org.icans.model.testing.NullChecks;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public constructor and method of the grading API refuses {@code null} for each of its
 * parameters with a message naming it (issue 14, finding 2: a null tool used to grade as ICE),
 * checked class by class with Guava's {@code NullPointerTester} ({@link NullChecks}).
 */
class NullRejectionTest {
  private static final Assessment ASSESSMENT =
      Assessment.builder().patientId("P1").day(1).patient(Patient.aged(40)).build();
  private static final IcansObservation OBSERVATION = IcansObservation.builder().ice(IceScore.ofTotal(6)).build();

  static NullChecks checks() {
    return new NullChecks()
        .setDefault(IcansObservation.class, OBSERVATION)
        .setDefault(CrsObservation.class, CrsObservation.notAssessed())
        .setDefault(Patient.class, Patient.aged(40))
        .setDefault(Assessment.class, ASSESSMENT)
        .setDefault(SyndromeCourse.class, SyndromeCourse.of(List.of(DatedGrade.of(1, 2))))
        .setDefault(DatedGrade.class, DatedGrade.of(1, 2))
        .setDefault(IcansGrade.class, IcansGrader.grade(ASSESSMENT))
        .setDefault(CrsGrade.class, CrsGrader.grade(ASSESSMENT));
  }

  /** The public types of the grading API whose static methods and constructors are checked. */
  static final List<Class<?>> TYPES = List.of(GradingSources.class, DatedGrade.class, Episode.class,
      IcansCrsTiming.class, PatientCourse.class, SyndromeCourse.class, CrsGrade.class, CrsGrader.class,
      CrsRule.class, DomainGrade.class, DomainStatus.class, EncephalopathyTool.class, IcansBatch.class,
      IcansGrade.class, IcansGrader.class, IcansRule.class, GradedAssessment.class);

  /** A sample of every result type, whose instance methods are checked. */
  static List<Object> instances() {
    IcansGrade icans = IcansGrader.grade(OBSERVATION, Patient.aged(40));
    return List.of(icans, icans.domains().get(0), CrsGrader.grade(CrsObservation.notAssessed()),
        DatedGrade.of(1, 2), new Episode(1, 2, 1, OptionalDouble.of(3)),
        SyndromeCourse.of(List.of(DatedGrade.of(1, 2))),
        PatientCourse.of(SyndromeCourse.of(List.of()), SyndromeCourse.of(List.of())), GradingSources.LEE19);
  }

  @TestFactory
  List<DynamicTest> staticMethodsAndConstructorsRefuseNull() {
    return TYPES.stream().map(c -> DynamicTest.dynamicTest(c.getSimpleName(), () -> checks().checkStatic(c)))
        .toList();
  }

  @TestFactory
  List<DynamicTest> instanceMethodsRefuseNull() {
    return instances().stream().map(o -> DynamicTest.dynamicTest(o.getClass().getName(),
        () -> checks().checkInstance(o))).toList();
  }
}
