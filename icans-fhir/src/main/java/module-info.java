/**
 * The HL7 FHIR R4 binding of the ICANS and CRS grading library: a patient's Observations (a
 * {@code Bundle} or NDJSON) are read into assessments, graded, and written back as FHIR
 * Observations, with the project's CodeSystem for what no standard code names.
 */
module org.icans.fhir {
  requires transitive org.icans.grading;
  // HAPI FHIR and UCUM-java have no module descriptors: automatic modules named after their jars.
  requires transitive hapi.fhir.base;
  requires transitive org.hl7.fhir.r4;
  requires hapi.fhir.structures.r4;
  requires ucum;

  exports org.icans.fhir;
}
