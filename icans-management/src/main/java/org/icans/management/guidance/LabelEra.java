package org.icans.management.guidance;

import org.icans.management.guidance.internal.Codes;

/**
 * Which generation of the CAR T-cell product labels a centre's patient advice follows: the labels
 * with a REMS (risk evaluation and mitigation strategy), or the labels after the FDA removed the
 * REMS of the CD19- and BCMA-directed autologous CAR T-cell products (announced 27 June 2025). The
 * driving and proximity advice differs between them ({@code reference/management-risk.md} A2.10
 * and C7: "version the policy by label date").
 *
 * <p>The era is stated by the caller, never guessed from the infusion date: the reference gives the
 * announcement date, not the date each label and each centre changed its advice.
 */
public enum LabelEra {
  /**
   * Labels with a REMS, before June 2025: stay near the treatment centre with a caregiver for
   * 4 weeks, and do not drive for 8 weeks after the infusion.
   */
  REMS("rems"),
  /**
   * After the REMS removal of June 2025: the manufacturer's patient guidance is no driving or
   * hazardous activities for at least 2 weeks and a care partner for the 2 weeks after the
   * infusion. How long to stay near the centre is tagged unverified in the reference and not given.
   */
  AFTER_REMS_REMOVAL("after_rems_removal");

  private final String code;

  LabelEra(String code) {
    this.code = code;
  }

  /** The stable lower-case code, {@code rems} or {@code after_rems_removal}. */
  public String code() {
    return code;
  }

  /**
   * The era with this code (case and surrounding spaces ignored).
   *
   * @throws org.icans.model.InvalidValueException naming the word and the allowed codes
   */
  public static LabelEra fromCode(String word) {
    return Codes.lookup("labelEra", word, values(), LabelEra::code);
  }
}
