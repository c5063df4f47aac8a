package org.icans.fhir;

import java.io.Reader;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Observation;
import org.icans.model.assessment.Assessment;
import org.icans.model.patient.Patient;
import org.icans.model.testing.NullChecks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public constructor and method of the FHIR API refuses {@code null}, naming the parameter. */
class NullRejectionTest {
  static final Assessment ASSESSMENT = Assessment.builder().patientId("P1").day(1).patient(Patient.aged(40)).build();
  static final FhirAssessment FHIR_ASSESSMENT = new FhirAssessment(ASSESSMENT, "Patient/P1", "2026-03-03", List.of());

  static NullChecks checks() {
    return new NullChecks()
        .setDefault(AssessmentPeriod.class, AssessmentPeriod.effectiveTime())
        .setDefault(ZoneId.class, ZoneId.of("UTC"))
        .setDefault(OffsetDateTime.class, OffsetDateTime.parse("2026-03-02T10:00:00Z"))
        .setDefault(Reader.class, new StringReader(""))
        .setDefault(IBaseResource.class, new Observation())
        .setDefault(Assessment.class, ASSESSMENT)
        .setDefault(FhirAssessment.class, FHIR_ASSESSMENT)
        .setDefault(IcansConcept.class, IcansConcept.ICE_SCORE);
  }

  static List<Class<?>> types() {
    return List.of(FhirReader.class, FhirWriter.class, IcansCodeSystem.class, AssessmentPeriod.class,
        FhirIssue.class, FhirAssessment.class, FhirReading.class);
  }

  static List<Object> instances() {
    return List.of(FhirReader.of(AssessmentPeriod.effectiveTime()), AssessmentPeriod.calendarDay(ZoneId.of("UTC")),
        new FhirIssue("r", "e", "v", "a"), FHIR_ASSESSMENT, new FhirReading(List.of(), List.of(), 0, 0));
  }

  @ParameterizedTest
  @MethodSource("types")
  void staticMethodsAndConstructorsRefuseNullByName(Class<?> type) {
    checks().checkStatic(type);
  }

  @ParameterizedTest
  @MethodSource("instances")
  void instanceMethodsRefuseNullByName(Object instance) {
    checks().checkInstance(instance);
  }
}
