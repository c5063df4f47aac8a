package org.icans.fhir;

import java.util.List;
import java.util.Objects;
import org.icans.model.assessment.Assessment;

/**
 * One assessment read from FHIR, with where it came from: the patient's reference, the effective
 * date-time of its period (as FHIR writes it: a date for a calendar day, a date-time for an
 * instant) and the references of the Observations it was made of, which the graded Observations
 * cite as {@code derivedFrom}.
 *
 * @param assessment what was observed, as the grading library takes it
 * @param patientReference the patient, for example {@code Patient/p1}
 * @param effective the period, as a FHIR date or dateTime
 * @param sources the Observations read into it, for example {@code Observation/obs-3}
 */
public record FhirAssessment(Assessment assessment, String patientReference, String effective, List<String> sources) {
  /** Validates: no nulls; the sources are copied. */
  public FhirAssessment {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(patientReference, "patientReference");
    Objects.requireNonNull(effective, "effective");
    sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
  }
}
