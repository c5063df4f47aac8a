package org.icans.management;

import java.util.Locale;
import org.icans.model.evidence.Citation;

/**
 * Adult or child, for the scope of a policy. The sources give adult doses as fixed amounts
 * (dexamethasone 10 mg) and paediatric doses per kilogram; a policy whose verified text gives only
 * adult doses covers adults only, so that a child never receives an adult fixed dose by default.
 *
 * <p>The boundary, 18 years, is a project choice ({@link #SOURCE}): the references name no age at
 * which a management source's adult doses start.
 */
public enum AgeGroup {
  /** Younger than {@link #ADULT_FROM_YEARS}. */
  CHILD,
  /** {@link #ADULT_FROM_YEARS} years or older. */
  ADULT;

  /** The age in years from which a patient is an adult for policy scope. */
  public static final double ADULT_FROM_YEARS = 18;

  /** Where the boundary comes from. */
  public static final Citation SOURCE = ManagementSources.CHOICE_ADULT_AGE;

  /** The group of an age in years. */
  public static AgeGroup of(double ageYears) {
    return ageYears >= ADULT_FROM_YEARS ? ADULT : CHILD;
  }

  /** For people: {@code "adult"} or {@code "child"}. */
  public String display() {
    return name().toLowerCase(Locale.ROOT);
  }
}
