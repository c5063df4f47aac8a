package org.icans.fhir;

import java.util.Objects;

/**
 * A FHIR record that was refused, and why: the resource (for example {@code Observation/obs-12},
 * or several when they contradict each other), the element ({@code Observation.valueQuantity.code}),
 * the value found, and what is allowed. The resource is left out; every other resource is still
 * read.
 *
 * @param resource the resource or resources refused, as references
 * @param element the element, as a FHIR path
 * @param value the value found, as text ({@code (missing)} when absent)
 * @param allowed what the element accepts, in words
 */
public record FhirIssue(String resource, String element, String value, String allowed) {
  /** Validates: no nulls. */
  public FhirIssue {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(allowed, "allowed");
  }

  /** For people: {@code Observation/obs-12: Observation.valueQuantity.code: '[degC]' is not allowed; allowed: ...}. */
  public String message() {
    return resource + ": " + element + ": '" + value + "' is not allowed; allowed: " + allowed;
  }

  @Override
  public String toString() {
    return message();
  }
}
