/**
 * FHIR R4 in and out of the ICANS and CRS grading library. {@link org.icans.fhir.FhirReader} reads a
 * patient's Observations (a Bundle or NDJSON) into assessments, grouped by an
 * {@link org.icans.fhir.AssessmentPeriod}, and names every refused record in a
 * {@link org.icans.fhir.FhirIssue}; {@link org.icans.fhir.FhirWriter} writes each graded assessment
 * as an ICANS and a CRS grade Observation. What has no LOINC or SNOMED CT code is coded in the
 * project's CodeSystem ({@link org.icans.fhir.IcansCodeSystem}, {@link org.icans.fhir.IcansConcept});
 * the standard codes used are in {@link org.icans.fhir.StandardCodes}.
 */
package org.icans.fhir;
