/**
 * {@code icans grade --format fhir}: FHIR R4 in (a Bundle or NDJSON), graded FHIR Observations out,
 * through the {@code icans-fhir} library.
 */
package org.icans.cli.fhir;
