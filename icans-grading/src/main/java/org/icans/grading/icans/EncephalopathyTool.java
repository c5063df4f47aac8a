package org.icans.grading.icans;

import java.util.Objects;
import org.icans.grading.GradingSources;
import org.icans.model.Coded;
import org.icans.model.InvalidValueException;
import org.icans.model.evidence.Citation;
import org.icans.model.patient.Patient;

/**
 * The encephalopathy screen that applies to a patient under the ASTCT consensus: the ICE score
 * from the 12th birthday, the CAPD for children under 12 and for patients of any age with
 * developmental delay (Lee DW et al. 2019; seed 002; project choice 1 at exactly 12.0 years).
 */
public enum EncephalopathyTool implements Coded {
  /** Immune Effector Cell-Associated Encephalopathy score, 0-10. */
  ICE("ice"),
  /** Cornell Assessment of Pediatric Delirium, 0-32 or unable to perform. */
  CAPD("capd");

  private final String code;

  EncephalopathyTool(String code) {
    this.code = code;
  }

  /** The age in years from which ICE applies to a patient without developmental delay. */
  public static final double ICE_FROM_AGE_YEARS = 12.0;

  /** Where the choice of tool comes from. */
  public static final Citation SOURCE = GradingSources.CHOICE_TOOL;

  /**
   * The tool for a patient of this age (years) and developmental delay.
   *
   * @throws InvalidValueException if the age is not a number from 0 to {@link Patient#MAX_AGE_YEARS}
   *     (NaN and infinities included: a tool chosen for no age would be a guess)
   */
  public static EncephalopathyTool forPatient(double ageYears, boolean developmentalDelay) {
    if (!(ageYears >= 0 && ageYears <= Patient.MAX_AGE_YEARS)) {
      throw new InvalidValueException("ageYears", ageYears, "a number of years from 0 to "
          + (int) Patient.MAX_AGE_YEARS);
    }
    return developmentalDelay || ageYears < ICE_FROM_AGE_YEARS ? CAPD : ICE;
  }

  /** The tool for this patient. */
  public static EncephalopathyTool forPatient(Patient patient) {
    return VALUES[indexFor(patient)];
  }

  private static final EncephalopathyTool[] VALUES = values();

  /**
   * The ordinal of the tool for a patient (0 ICE, 1 CAPD), without a branch on the age, which is
   * as unpredictable as the patients are. A {@link Patient}'s age is 0-120 by construction.
   */
  static int indexFor(Patient patient) {
    Objects.requireNonNull(patient, "patient");
    return indexFor(patient.ageYears(), patient.developmentalDelay());
  }

  /**
   * The ordinal of the tool for a {@link Patient}'s age (0-120 by construction, never NaN) and
   * developmental delay: 0 ICE, 1 CAPD.
   */
  static int indexFor(double ageYears, boolean developmentalDelay) {
    // The sign bit of (age - 12) is 1 exactly when age < 12 (12.0 - 12 is +0.0); never NaN here.
    int child = (int) (Double.doubleToRawLongBits(ageYears - ICE_FROM_AGE_YEARS) >>> 63);
    return child | (developmentalDelay ? 1 : 0);
  }

  /** The stable code, as files and command lines write it: {@code ice}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The encephalopathy tool with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code encephalopathyTool})
   *     naming the code and every allowed code
   */
  public static EncephalopathyTool fromCode(String code) {
    return Coded.fromCode(EncephalopathyTool.class, "encephalopathyTool", code);
  }
}
