/**
 * Guideline policies that turn ICANS and CRS grades and the clinical context into cited plans,
 * with the audit of a plan and the comparison of policies. Patient guidance is in org.icans.guidance.
 */
module org.icans.management {
  requires transitive org.icans.grading;

  exports org.icans.management;
  exports org.icans.management.action;
  exports org.icans.management.dosing;
}
