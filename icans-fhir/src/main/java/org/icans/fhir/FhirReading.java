package org.icans.fhir;

import java.util.List;
import java.util.Objects;

/**
 * What was read from a FHIR Bundle or NDJSON: the assessments, in order of the patients' first
 * appearance and then of time, and every refused record with its reason. Resources this binding
 * does not use (heart rate, medications ...) are counted as ignored, never refused.
 *
 * @param assessments the assessments read
 * @param issues the refused records, in the order met
 * @param resourcesRead the resources in the input
 * @param resourcesIgnored the resources not used: other types, other codes, entered in error
 */
public record FhirReading(List<FhirAssessment> assessments, List<FhirIssue> issues, int resourcesRead,
    int resourcesIgnored) {
  /** Validates and copies. */
  public FhirReading {
    assessments = List.copyOf(Objects.requireNonNull(assessments, "assessments"));
    issues = List.copyOf(Objects.requireNonNull(issues, "issues"));
  }

  /** Whether nothing was refused. */
  public boolean isClean() {
    return issues.isEmpty();
  }
}
