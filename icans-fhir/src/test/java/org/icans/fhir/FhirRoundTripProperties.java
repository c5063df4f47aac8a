package org.icans.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hl7.fhir.r4.model.Bundle;
import org.icans.grading.course.GradedAssessment;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.icans.IcansObservation;

/** Write then read gives the assessment back; grading the FHIR form equals grading directly. */
class FhirRoundTripProperties {
  static final OffsetDateTime INFUSION = OffsetDateTime.parse("2026-03-02T10:00:00+01:00");
  static final FhirReader READER = FhirReader.of(AssessmentPeriod.effectiveTime());

  @Provide
  Arbitrary<Assessment> wholeYears() {
    return FhirArbitraries.assessments(false);
  }

  @Provide
  Arbitrary<Assessment> anyAge() {
    return FhirArbitraries.assessments(true);
  }

  /** Whether the assessment writes any Observation (an assessment of nothing has no FHIR form). */
  static boolean observesSomething(Assessment a) {
    return !a.icans().equals(IcansObservation.notAssessed()) || !a.crs().equals(CrsObservation.notAssessed())
        || a.patient().weightKg().isPresent();
  }

  static Assessment viaFhir(Assessment a) {
    FhirReading r = READER.readJson(FhirWriter.json(FhirWriter.assessmentBundle(List.of(a), INFUSION)));
    assertEquals(List.of(), r.issues());
    assertEquals(1, r.assessments().size(), () -> r.assessments().toString());
    return r.assessments().get(0).assessment();
  }

  @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
  void writeThenReadGivesTheSameAssessment(@ForAll("wholeYears") Assessment a) {
    Assume.that(observesSomething(a));
    assertEquals(a, viaFhir(a));
  }

  @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
  void gradingTheFhirFormEqualsGradingDirectly(@ForAll("anyAge") Assessment a) {
    Assume.that(observesSomething(a));
    GradedAssessment direct = GradedAssessment.of(a);
    GradedAssessment fhir = GradedAssessment.of(viaFhir(a));
    assertEquals(direct.icans(), fhir.icans());
    assertEquals(direct.crs(), fhir.crs());
  }

  @Property(tries = 50, edgeCases = EdgeCasesMode.NONE)
  void ndjsonReadsAsTheBundleDoes(@ForAll("wholeYears") Assessment a, @ForAll("wholeYears") Assessment b) {
    // The writer refuses two assessments of one patient at one time.
    Assume.that(!a.patientId().equals(b.patientId()) || Math.round(a.day() * 86400) != Math.round(b.day() * 86400));
    // One age and delay a patient: the writer records them once (and refuses assessments that disagree).
    Assessment second = a.patientId().equals(b.patientId()) ? Assessment.builder().from(b).patient(a.patient()).build() : b;
    Bundle bundle = FhirWriter.assessmentBundle(List.of(a, second), INFUSION);
    String ndjson = bundle.getEntry().stream().map(e -> FhirWriter.compactJson(e.getResource()))
        .collect(Collectors.joining("\n"));
    FhirReading fromBundle = READER.readJson(FhirWriter.json(bundle));
    FhirReading fromNdjson = READER.readNdjson(new StringReader(ndjson));
    assertEquals(List.of(), fromNdjson.issues());
    assertEquals(fromBundle.assessments().stream().map(FhirAssessment::assessment).collect(Collectors.toList()),
        fromNdjson.assessments().stream().map(FhirAssessment::assessment).collect(Collectors.toList()));
  }
}
