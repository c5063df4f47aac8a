package org.icans.grading.icans;

import org.icans.grading.GradingSources;
import org.icans.model.evidence.Citation;
import org.icans.model.patient.Patient;

/**
 * The encephalopathy screen that applies to a patient under the ASTCT consensus: the ICE score
 * from the 12th birthday, the CAPD for children under 12 and for patients of any age with
 * developmental delay (Lee DW et al. 2019; seed 002; project choice 1 at exactly 12.0 years).
 */
public enum EncephalopathyTool {
  /** Immune Effector Cell-Associated Encephalopathy score, 0-10. */
  ICE,
  /** Cornell Assessment of Pediatric Delirium, 0-32 or unable to perform. */
  CAPD;

  /** The age in years from which ICE applies to a patient without developmental delay. */
  public static final double ICE_FROM_AGE_YEARS = 12.0;

  /** Where the choice of tool comes from. */
  public static final Citation SOURCE = GradingSources.CHOICE_TOOL;

  /** The tool for a patient of this age (years) and developmental delay. */
  public static EncephalopathyTool forPatient(double ageYears, boolean developmentalDelay) {
    return developmentalDelay || ageYears < ICE_FROM_AGE_YEARS ? CAPD : ICE;
  }

  /** The tool for this patient. */
  public static EncephalopathyTool forPatient(Patient patient) {
    return forPatient(patient.ageYears(), patient.developmentalDelay());
  }
}
