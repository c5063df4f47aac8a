/**
 * ICANS risk: biomarker scores computed from lab values with explicit UCUM units (EASIX,
 * simplified EASIX, m-EASIX, EASIX-pre), early warnings from the course of temperature, labs and
 * CRS, product baselines (incidence, onset, duration per pivotal trial), and a patient's risk
 * report as text and JSON, every number with its source and verification status. Days are the
 * model's ({@code Assessment.day()}), CRS grades the grader's ({@code CrsGrade}), the label era the
 * model's ({@code LabelEra}).
 *
 * <p>UCUM ({@code org.fhir:ucum}, an automatic module) is used only inside the non-exported
 * {@code org.icans.risk.internal} packages: no UCUM type appears in the API, so it is not required
 * transitively.
 */
@SuppressWarnings("requires-automatic")
module org.icans.risk {
  // The grader's CrsGrade, GradedAssessment and PatientCourse appear in the API (RiskInput,
  // CrsGradeAt); org.icans.grading brings org.icans.model, whose day, product and label era the API
  // takes too.
  requires transitive org.icans.grading;
  // org.fhir:ucum 1.0.10 has no module descriptor and no Automatic-Module-Name: its module name is
  // derived from the jar name.
  requires ucum;

  exports org.icans.risk;
  exports org.icans.risk.observation;
  exports org.icans.risk.score;
  exports org.icans.risk.warning;
  exports org.icans.risk.product;
  exports org.icans.risk.window;
  exports org.icans.risk.report;
}
