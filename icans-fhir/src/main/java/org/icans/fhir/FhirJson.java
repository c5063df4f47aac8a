package org.icans.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The one FHIR R4 context of this module (HAPI's, built once: it scans the model classes, which
 * takes a second or two) and its JSON parsers. A parser is cheap but not thread-safe, so every call
 * makes its own.
 */
final class FhirJson {
  private FhirJson() {}

  static FhirContext context() {
    return FhirContext.forR4Cached();
  }

  static IParser parser() {
    return context().newJsonParser();
  }

  static String pretty(IBaseResource resource) {
    return parser().setPrettyPrint(true).encodeResourceToString(resource);
  }

  static String compact(IBaseResource resource) {
    return parser().setPrettyPrint(false).encodeResourceToString(resource);
  }
}
