package org.icans.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import ca.uhn.fhir.validation.SingleValidationMessage;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Observation;
import org.icans.grading.course.GradedAssessment;
import org.icans.model.InvalidValueException;
import org.icans.model.assessment.Assessment;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;
import org.junit.jupiter.api.Test;

/** The grade Observations: their content, and HAPI's validator against the R4 base definitions finds no error. */
class FhirWriterValidationTest {
  static final OffsetDateTime INFUSION = FhirRoundTripProperties.INFUSION;

  static List<FhirAssessment> sample() {
    Arbitrary<Assessment> a = FhirArbitraries.assessments(true);
    List<Assessment> list = a.sampleStream().limit(12).collect(Collectors.toList());
    // One patient, its age and delay those of the first: the FHIR form records them once a patient.
    Patient first = list.get(0).patient();
    List<Assessment> samePatient = list.stream().filter(FhirRoundTripProperties::observesSomething)
        .map(x -> Assessment.builder().from(x).patientId("PT1").patient(first).build()).collect(Collectors.toList());
    samePatient.add(Assessment.builder().patientId("PT9").day(61).patient(Patient.aged(54))
        .icans(IcansObservation.builder().ice(IceScore.ofTotal(2)).consciousness(Consciousness.AWAKENS_TO_VOICE).build())
        .build());
    FhirReading r = FhirReader.of(AssessmentPeriod.effectiveTime())
        .readJson(FhirWriter.json(FhirWriter.assessmentBundle(samePatient, INFUSION)));
    return r.assessments();
  }

  @Test
  void everyGradeObservationAndTheBundleValidateWithoutError() {
    List<FhirAssessment> assessments = sample();
    assertTrue(assessments.size() > 8);
    List<SingleValidationMessage> errors = new ArrayList<>();
    for (FhirAssessment a : assessments) {
      for (Observation o : FhirWriter.grades(a)) {
        errors.addAll(Validation.errors(o));
      }
    }
    Bundle bundle = FhirWriter.gradeBundle(assessments);
    errors.addAll(Validation.errors(bundle));
    assertEquals(List.of(), errors, () -> Validation.describe(errors));
  }

  @Test
  void theValidatorIsRealItRefusesAnObservationWithoutStatusAndCode() {
    assertTrue(Validation.errors(new Observation()).size() >= 2);
    Observation wrongCode = FhirWriter.grades(sample().get(0)).get(0);
    wrongCode.getCode().getCodingFirstRep().setCode("icans-grade-x");
    assertTrue(!Validation.errors(wrongCode).isEmpty(), "a code the CodeSystem does not define is an error");
  }

  @Test
  void theCodeSystemAndTheAssessmentBundleValidateWithoutError() {
    List<SingleValidationMessage> errors = new ArrayList<>(Validation.errors(IcansCodeSystem.resource()));
    // One assessment per patient and second (the writer refuses two at one time, see below), and one
    // age and delay per patient (the first met).
    Set<String> times = new HashSet<>();
    Map<String, Patient> patients = new HashMap<>();
    List<Assessment> list = FhirArbitraries.assessments(false).sampleStream()
        .filter(a -> times.add(a.patientId() + "|" + Math.round(a.day() * 86400))).limit(10)
        .map(a -> Assessment.builder().from(a).patient(patients.computeIfAbsent(a.patientId(), id -> a.patient()))
            .build())
        .collect(Collectors.toList());
    errors.addAll(Validation.errors(FhirWriter.assessmentBundle(list, INFUSION)));
    assertEquals(List.of(), errors, () -> Validation.describe(errors));
  }

  @Test
  void twoAssessmentsOfOnePatientAtOneTimeAreRefusedNamingBoth() {
    Assessment one = FhirArbitraries.assessments(false).sample();
    Assessment again = Assessment.builder().from(one).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> FhirWriter.assessmentBundle(List.of(one, again), INFUSION));
    assertEquals("assessments[1]", e.field());
    assertTrue(e.allowed().contains("assessments[0] is at that time"), e.getMessage());
  }

  @Test
  void anIcansGradeCarriesItsDomainsLowerBoundMethodNoteAndSources() {
    List<FhirAssessment> all = sample();
    FhirAssessment a = all.get(all.size() - 1);
    Observation icans = FhirWriter.grades(a).get(0);
    GradedAssessment g = GradedAssessment.of(a.assessment());
    assertEquals(3, ((IntegerType) icans.getValue()).getValue());
    assertEquals(g.icans().gradeOrMinusOne(), 3);
    assertEquals("icans-grade", icans.getCode().getCodingFirstRep().getCode());
    assertEquals("astct-2019", icans.getMethod().getCodingFirstRep().getCode());
    assertTrue(icans.getMethod().getText().contains("doi:10.1016/j.bbmt.2018.12.758"));
    assertTrue(icans.getNoteFirstRep().getText().startsWith("ICANS grade 3 by encephalopathy"));
    assertEquals(a.sources().size(), icans.getDerivedFrom().size());
    ObservationComponentComponent lower = component(icans, "lower-bound");
    assertEquals(true, ((BooleanType) lower.getValue()).getValue());
    assertEquals(3, ((IntegerType) component(icans, "encephalopathy").getValue()).getValue());
    assertEquals(2, ((IntegerType) component(icans, "consciousness").getValue()).getValue());
    assertEquals("not-performed", component(icans, "seizure").getDataAbsentReason().getCodingFirstRep().getCode());
    Observation crs = FhirWriter.grades(a).get(1);
    assertEquals("unknown", crs.getDataAbsentReason().getCodingFirstRep().getCode());
  }

  static ObservationComponentComponent component(Observation o, String code) {
    return o.getComponent().stream().filter(c -> c.getCode().getCodingFirstRep().getCode().equals(code))
        .findFirst().orElseThrow();
  }

}
