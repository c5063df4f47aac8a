/** Biomarker scores with units and ICANS risk stratification (coming next). */
module org.icans.risk {
  requires transitive org.icans.model;

  exports org.icans.risk;
}
