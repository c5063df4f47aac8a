package org.icans.grading.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.grading.crs.CrsGrader;
import org.icans.grading.icans.EncephalopathyTool;
import org.icans.grading.icans.IcansGrader;
import org.icans.model.assessment.Assessment;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;
import org.icans.testing.Assessments;

/**
 * The assessment path ({@link IcansGrader#grade(Assessment)}, {@link CrsGrader#grade(Assessment)} and
 * {@link GradedAssessment#of}, which read the flat copies an assessment keeps of its findings, cut
 * into windows, and of its patient's completed years and delay) gives the very result objects of the observation path (the
 * assessment's observations and patient graded one by one), for every valid assessment; and the
 * copies change nothing of the assessment's value: equality, hash code and text are those of its
 * attributes.
 */
class AssessmentPathProperties {

  @Provide
  Arbitrary<Assessment> assessments() {
    return Assessments.valid();
  }

  @Property(tries = 2000)
  void gradingAnAssessmentIsGradingItsObservationsAndPatient(@ForAll("assessments") Assessment a) {
    assertSame(IcansGrader.grade(a.icans(), a.patient()), IcansGrader.grade(a));
    assertSame(IcansGrader.grade(a.icans(), EncephalopathyTool.forPatient(a.patient())), IcansGrader.grade(a));
    assertSame(CrsGrader.grade(a.crs()), CrsGrader.grade(a));
    GradedAssessment graded = GradedAssessment.of(a);
    assertSame(a, graded.assessment());
    assertSame(IcansGrader.grade(a.icans(), a.patient()), graded.icans());
    assertSame(CrsGrader.grade(a.crs()), graded.crs());
  }

  @Property(tries = 500)
  void theFlatCopiesLeaveTheValueAsItWas(@ForAll("assessments") Assessment a) {
    Assessment copy = Assessment.builder().from(a).build();
    assertNotSame(a, copy);
    assertEquals(a, copy);
    assertEquals(a.hashCode(), copy.hashCode());
    assertEquals(a.toString(), copy.toString());
    String text = a.toString();
    assertEquals("Assessment{patientId=" + a.patientId() + ", day=" + a.day() + ", patient=" + a.patient()
        + ", icans=" + a.icans() + ", crs=" + a.crs() + "}", text);
    assertFalse(text.contains("Window") || text.contains("patientByte") || text.contains("crsTemperature"), text);
    // Another patient of the same age and delay but another weight: not equal, as before.
    Assessment other = Assessment.builder().from(a)
        .patient(org.icans.model.patient.Patient.builder().from(a.patient())
            .weightKg(a.patient().weightKg().orElse(70) + 1).build())
        .build();
    assertFalse(a.equals(other));
    assertSame(IcansGrader.grade(a), IcansGrader.grade(other));
    assertSame(CrsGrader.grade(a), CrsGrader.grade(other));
  }

  /**
   * The assessment path takes the tool from the completed years an assessment keeps, the
   * observation path from the age itself: the same tool at every age and delay, because the tool
   * changes at a whole number of years.
   */
  @Property(tries = 3000)
  void theToolByCompletedYearsIsTheToolByAge(@ForAll("ages") double age, @ForAll boolean delay) {
    Patient patient = Patient.builder().ageYears(age).developmentalDelay(delay).build();
    Assessment a = Assessment.builder().patientId("PT1").day(0).patient(patient)
        .icans(IcansObservation.builder().ice(IceScore.ofTotal(5)).capd(CapdScore.ofTotal(12)).build()).build();
    assertEquals(EncephalopathyTool.forPatient(age, delay), IcansGrader.grade(a).tool(), age + " " + delay);
    assertSame(IcansGrader.grade(a.icans(), patient), IcansGrader.grade(a), age + " " + delay);
  }

  @Provide
  Arbitrary<Double> ages() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0, Patient.MAX_AGE_YEARS),
        Arbitraries.integers().between(0, (int) Patient.MAX_AGE_YEARS).map(Integer::doubleValue),
        Arbitraries.integers().between(1, (int) Patient.MAX_AGE_YEARS).map(y -> Math.nextDown((double) y)),
        Arbitraries.doubles().between(11, 13));
  }

  /**
   * The tool the assessment path takes from the patient's byte is the documented choice at the
   * boundaries, -0.0 included (the model accepts it as an age of 0).
   */
  @Example
  void theToolAtTheBoundaryAges() {
    double[] ages = {-0.0, 0.0, Double.MIN_VALUE, Math.nextDown(12.0), 12.0, Math.nextUp(12.0), Patient.MAX_AGE_YEARS};
    for (double age : ages) {
      for (boolean delay : new boolean[] {false, true}) {
        Patient patient = Patient.builder().ageYears(age).developmentalDelay(delay).build();
        Assessment a = Assessment.builder().patientId("PT1").day(0).patient(patient)
            .icans(IcansObservation.builder().build()).build();
        EncephalopathyTool expected = EncephalopathyTool.forPatient(age, delay);
        assertEquals(expected, IcansGrader.grade(a).tool(), age + " " + delay);
        assertEquals(expected, IcansGrader.grade(a.icans(), patient).tool(), age + " " + delay);
        assertEquals(expected, EncephalopathyTool.forPatient(patient), age + " " + delay);
      }
    }
  }
}
