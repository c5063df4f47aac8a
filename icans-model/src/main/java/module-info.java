/**
 * The immutable domain of ICANS and CRS: assessments, findings, encephalopathy tools and patient
 * context. No dependencies at run time.
 */
module org.icans.model {
  requires static org.immutables.value.annotations;

  exports org.icans.model;
  exports org.icans.model.crs;
  exports org.icans.model.encephalopathy;
  exports org.icans.model.evidence;
  exports org.icans.model.icans;
  exports org.icans.model.patient;

  // The library's one JSON writer, for the modules that render JSON; not part of the API.
  exports org.icans.model.internal.json to org.icans.management, org.icans.risk;
}
