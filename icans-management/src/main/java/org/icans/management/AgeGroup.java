package org.icans.management;

import org.icans.management.internal.Num;
import org.icans.model.Coded;
import org.icans.model.InvalidValueException;
import org.icans.model.evidence.Citation;
import org.icans.model.patient.Patient;

/**
 * Adult or child, for the scope of a policy. The sources give adult doses as fixed amounts
 * (dexamethasone 10 mg) and paediatric doses per kilogram; a policy whose verified text gives only
 * adult doses covers adults only, so that a child never receives an adult fixed dose by default.
 *
 * <p>The boundary, 18 years, is a project choice ({@link #SOURCE}): the references name no age at
 * which a management source's adult doses start.
 */
public enum AgeGroup implements Coded {
  /** Younger than {@link #ADULT_FROM_YEARS}. */
  CHILD("child"),
  /** {@link #ADULT_FROM_YEARS} years or older. */
  ADULT("adult");

  private final String code;

  AgeGroup(String code) {
    this.code = code;
  }

  /** The age in years from which a patient is an adult for policy scope. */
  public static final double ADULT_FROM_YEARS = 18;

  /** Where the boundary comes from. */
  public static final Citation SOURCE = ManagementSources.CHOICE_ADULT_AGE;

  /**
   * The group of an age in years.
   *
   * @throws InvalidValueException unless the age is a number from 0 to {@link Patient#MAX_AGE_YEARS}
   *     (not {@code NaN}, not infinite)
   */
  public static AgeGroup of(double ageYears) {
    if (!(ageYears >= 0 && ageYears <= Patient.MAX_AGE_YEARS)) {
      throw new InvalidValueException("ageYears", Num.plain(ageYears),
          "an age in years, 0-" + Num.plain(Patient.MAX_AGE_YEARS));
    }
    return ageYears >= ADULT_FROM_YEARS ? ADULT : CHILD;
  }

  /** For people: {@code "adult"} or {@code "child"}. */
  public String display() {
    return code;
  }

  /** The stable code, as files and command lines write it: {@code child}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The age group with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code ageGroup})
   *     naming the code and every allowed code
   */
  public static AgeGroup fromCode(String code) {
    return Coded.fromCode(AgeGroup.class, "ageGroup", code);
  }
}
