/**
 * Guideline policies that turn ICANS and CRS grades and the clinical context into cited plans,
 * and patient guidance with the differential of a neurological change.
 */
module org.icans.management {
  requires transitive org.icans.grading;

  exports org.icans.management;
  exports org.icans.management.action;
  exports org.icans.management.audit;
  exports org.icans.management.dosing;
  exports org.icans.management.guidance;
}
