package org.icans.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.icans.model.InvalidValueException;
import org.icans.model.assessment.Assessment;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;
import org.junit.jupiter.api.Test;

/**
 * The FHIR form records a patient's age and developmental delay once (a birth date, one
 * Observation): the writer gives every assessment of a patient back its own age and delay, or
 * refuses the assessment that no single birth date or delay fits. It never writes an assessment
 * that would read back with another age or delay, and so perhaps another tool and grade.
 */
class FhirWriterPatientTest {
  private static final OffsetDateTime INFUSION = FhirRoundTripProperties.INFUSION;
  private static final FhirReader READER = FhirReader.of(AssessmentPeriod.effectiveTime());
  private static final IcansObservation BOTH_TOOLS =
      IcansObservation.builder().ice(IceScore.ofTotal(5)).capd(CapdScore.ofTotal(12)).build();

  private static Assessment on(double day, Patient patient) {
    return Assessment.builder().patientId("PT7").day(day).patient(patient).icans(BOTH_TOOLS).build();
  }

  private static List<Assessment> roundTrip(List<Assessment> assessments) {
    Bundle bundle = FhirWriter.assessmentBundle(assessments, INFUSION);
    FhirReading reading = READER.readJson(FhirWriter.json(bundle));
    assertEquals(List.of(), reading.issues());
    return reading.assessments().stream().map(FhirAssessment::assessment).collect(Collectors.toList());
  }

  /** Listed after a later one, an earlier assessment keeps its age (the birth date once came from the first listed). */
  @Test
  void anEarlierAssessmentListedSecondKeepsItsAge() {
    Patient eleven = Patient.aged(11);
    List<Assessment> back = roundTrip(List.of(on(20, eleven), on(2, eleven)));
    assertEquals(2, back.size());
    for (Assessment a : back) {
      assertEquals(11.0, a.patient().ageYears(), "day " + a.day());
    }
  }

  /** A patient who turns 12 between two assessments: CAPD before, ICE after, as recorded. */
  @Test
  void agesAcrossABirthdayComeBackAsRecorded() {
    List<Assessment> back = roundTrip(List.of(on(0, Patient.aged(11)), on(50, Patient.aged(12))));
    assertEquals(List.of(11.0, 12.0),
        back.stream().sorted((x, y) -> Double.compare(x.day(), y.day())).map(a -> a.patient().ageYears())
            .collect(Collectors.toList()));
  }

  @Test
  void agesNoBirthDateFitsAreRefusedNamingTheAssessment() {
    // 40 on day 0 and still 40 on day 400: no birth date gives both.
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> FhirWriter.assessmentBundle(List.of(on(0, Patient.aged(40)), on(400, Patient.aged(40))), INFUSION));
    assertEquals("assessments[1].patient.ageYears", e.field());
    assertTrue(e.allowed().contains("an age of 41 completed years"), e.getMessage());
    assertTrue(e.allowed().contains("assessments[0] its age"), e.getMessage());
    // 40 and then 39, a few days apart.
    e = assertThrows(InvalidValueException.class,
        () -> FhirWriter.assessmentBundle(List.of(on(0, Patient.aged(40)), on(3, Patient.aged(39))), INFUSION));
    assertTrue(e.field().endsWith(".patient.ageYears"), e.getMessage());
  }

  @Test
  void anotherDelayForTheSamePatientIsRefusedNamingTheFirst() {
    Patient withDelay = Patient.builder().ageYears(30).developmentalDelay(true).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> FhirWriter.assessmentBundle(List.of(on(0, Patient.aged(30)), on(1, withDelay)), INFUSION));
    assertEquals("assessments[1].patient.developmentalDelay", e.field());
    assertTrue(e.allowed().contains("assessments[0] (false)"), e.getMessage());
  }

  /** Other patients' ages and delays are their own business. */
  @Test
  void eachPatientHasItsOwnAgeAndDelay() {
    Assessment other = Assessment.builder().from(on(0, Patient.builder().ageYears(8).developmentalDelay(true).build()))
        .patientId("PT8").build();
    List<Assessment> back = roundTrip(List.of(on(0, Patient.aged(30)), other));
    assertEquals(2, back.size());
    for (Assessment a : back) {
      boolean pt8 = a.patientId().equals("PT8");
      assertEquals(pt8 ? 8.0 : 30.0, a.patient().ageYears());
      assertEquals(pt8, a.patient().developmentalDelay());
    }
  }
}
