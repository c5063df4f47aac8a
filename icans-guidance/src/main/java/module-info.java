/**
 * Patient guidance after CAR T-cell or bispecific antibody therapy: the triage of symptoms a
 * patient reports at home, the wallet card and home sheet, the clinician's differential of a
 * neurological change, and the known pitfalls, every statement with its source. Not grading, not
 * management, not risk: it needs only the model (products, label eras, citations).
 */
module org.icans.guidance {
  requires transitive org.icans.model;

  exports org.icans.guidance;
}
