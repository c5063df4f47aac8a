package org.icans.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.patient.Patient;

/** Every assessment and course generated is valid; a course is one patient on distinct days. */
class AssessmentsProperties {

  @Provide
  Arbitrary<Assessment> valid() {
    return Assessments.valid();
  }

  @Provide
  Arbitrary<List<Assessment>> courses() {
    return Assessments.courses();
  }

  @Provide
  Arbitrary<Assessment> icansOnlyAt40() {
    return Assessments.of(Arbitraries.just("X"), Arbitraries.just(3.0), Arbitraries.just(Patient.aged(40)),
        IcansObservations.fullyAssessed(), Arbitraries.just(CrsObservation.notAssessed()));
  }

  static void assertValid(Assessment a) {
    Assessment rebuilt = Assessment.builder().patientId(a.patientId()).day(a.day()).patient(a.patient())
        .icans(a.icans()).crs(a.crs()).build();
    assertEquals(a, rebuilt);
    assertFalse(a.patientId().isBlank());
    assertTrue(a.day() >= Assessment.MIN_DAY && Double.isFinite(a.day()), a::toString);
    PatientsProperties.assertValid(a.patient());
    IcansObservationsProperties.assertValid(a.icans());
    CrsObservationsProperties.assertValid(a.crs());
  }

  @Property
  void everyAssessmentIsValid(@ForAll("valid") Assessment a) {
    assertValid(a);
  }

  @Property(tries = 300)
  void aCourseIsOnePatientOnDistinctDays(@ForAll("courses") List<Assessment> course) {
    assertTrue(course.size() >= 1 && course.size() <= 14, () -> "size " + course.size());
    Set<Double> days = new HashSet<>();
    for (Assessment a : course) {
      assertValid(a);
      assertEquals(course.get(0).patientId(), a.patientId());
      assertEquals(course.get(0).patient(), a.patient());
      assertTrue(days.add(a.day()), () -> "day " + a.day() + " twice");
    }
  }

  @Property(tries = 200)
  void ofUsesTheGivenParts(@ForAll("icansOnlyAt40") Assessment a) {
    assertValid(a);
    assertEquals("X", a.patientId());
    assertEquals(3.0, a.day());
    assertEquals(Patient.aged(40), a.patient());
    assertTrue(a.icans().consciousness().isPresent());
    assertEquals(CrsObservation.notAssessed(), a.crs());
  }
}
