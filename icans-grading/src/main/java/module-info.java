/**
 * ASTCT 2019 consensus grading of ICANS and CRS, explainable to the rule and source, and the
 * course of a patient's toxicities over time.
 */
module org.icans.grading {
  requires transitive org.icans.model;

  exports org.icans.grading;
  exports org.icans.grading.course;
  exports org.icans.grading.crs;
  exports org.icans.grading.icans;
}
