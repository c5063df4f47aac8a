/**
 * {@code icans grade --format fhir}. Entry point: {@link org.icans.cli.fhir.FhirGradeCommand}: FHIR
 * R4 in (a Bundle or NDJSON), graded FHIR Observations out,
 * through the {@code icans-fhir} library.
 */
package org.icans.cli.fhir;
