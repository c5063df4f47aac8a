package org.icans.fhir;

/**
 * The input is not FHIR R4 JSON at all (broken JSON, no {@code resourceType}), so no record of it
 * can be read. A record that is FHIR but breaks the binding's rules is a {@link FhirIssue} instead,
 * and the others are still read.
 */
public final class FhirFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  FhirFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
