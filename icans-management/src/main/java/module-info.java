/** Guideline policies that turn grades and clinical context into cited plans (coming next). */
module org.icans.management {
  requires transitive org.icans.grading;

  exports org.icans.management;
}
