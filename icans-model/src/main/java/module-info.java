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
}
