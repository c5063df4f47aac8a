/**
 * The immutable domain of ICANS and CRS: assessments, findings, encephalopathy tools and patient
 * context. No dependencies at run time.
 */
// "module": the qualified export names org.icans.grading, which is built after this module.
@SuppressWarnings("module")
module org.icans.model {
  requires static org.immutables.value.annotations;

  exports org.icans.model;
  exports org.icans.model.assessment;
  exports org.icans.model.crs;
  exports org.icans.model.encephalopathy;
  exports org.icans.model.evidence;
  exports org.icans.model.icans;
  exports org.icans.model.patient;

  // The packed layout of the observations' findings, for the grader's table lookups: not API.
  exports org.icans.model.internal to org.icans.grading;
  // The library's one JSON writer, for the modules that render JSON; not part of the API.
  // Null checks of caller lists, for the modules that take them; not API.
  exports org.icans.model.internal.check to org.icans.guidance, org.icans.management;
  exports org.icans.model.internal.json to org.icans.management, org.icans.risk;
}
