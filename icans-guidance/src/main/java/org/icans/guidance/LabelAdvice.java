package org.icans.guidance;

import static org.icans.guidance.GuidanceSources.CROMBIE24;
import static org.icans.guidance.GuidanceSources.GUIDANCE_AFTER_REMS;
import static org.icans.guidance.GuidanceSources.LABELS_REMS_ERA;
import static org.icans.guidance.GuidanceSources.SHEET_QUESTIONS;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.icans.model.patient.LabelEra;
import org.icans.model.patient.Product;
import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;

/**
 * The driving and proximity advice for a patient, by product and label era, as
 * {@code reference/management-risk.md} A2.9, A2.10 and C7 give it:
 * <ul>
 *   <li>CAR T-cell products that had a REMS (the CD19- and BCMA-directed products named in seed 002,
 *       except obecabtagene autoleucel): REMS era, no driving for 8 weeks and stay near the centre with
 *       a caregiver for 4 weeks (V); after the REMS removal, no driving or hazardous activities for at
 *       least 2 weeks and a care partner for 2 weeks (V, manufacturer guidance). The new proximity
 *       period is tagged U and not given: the patient is told to ask.
 *   <li>Obecabtagene autoleucel was approved without a REMS (V); its driving text is tagged U: ask.
 *   <li>CD3xCD20 bispecific antibodies: no driving or heavy machinery while symptomatic (V, Crombie
 *       2024). Other bispecific labels' driving text is tagged U: ask.
 *   <li>Any other product, or no label era stated: ask.
 * </ul>
 */
final class LabelAdvice {
  private LabelAdvice() {}

  /** Name fragments (nonproprietary names and brand names, seed 002) of the CAR T products with a REMS. */
  private static final List<String> REMS_PRODUCTS = List.of(
      "tisagenlecleucel", "kymriah", "axicabtagene", "yescarta", "lisocabtagene", "breyanzi",
      "brexucabtagene", "tecartus", "idecabtagene", "abecma", "ciltacabtagene", "carvykti");

  private static final GuidanceLine ASK = GuidanceLine.of("Ask your care team how long you should not "
      + "drive, how long you need to stay at or near the hospital, and whether you need a caregiver.",
      SHEET_QUESTIONS);

  /** Whether the product is a CAR T-cell product whose label had a REMS until June 2025. */
  public static boolean hadRems(Product product) {
    if (product.modality() != TherapyModality.CAR_T_CELL) {
      return false;
    }
    String name = product.name().toLowerCase(Locale.ROOT);
    for (String fragment : REMS_PRODUCTS) {
      if (name.contains(fragment)) {
        return true;
      }
    }
    return false;
  }

  /** The advice lines for the patient, each cited. */
  public static List<GuidanceLine> lines(PatientContext context) {
    Product product = context.product();
    LocalDate day0 = context.infusionDate();
    if (product.modality() == TherapyModality.BISPECIFIC_T_CELL_ENGAGER) {
      if (product.target() == TargetAntigen.CD20) {
        return List.of(
            GuidanceLine.of("Do not drive or use heavy machinery while you have symptoms.", CROMBIE24),
            GuidanceLine.of("Ask your care team how long you need to stay at or near the hospital, and "
                + "whether you need a caregiver.", SHEET_QUESTIONS));
      }
      return List.of(ASK);
    }
    if (!hadRems(product) || context.labelEra().isEmpty()) {
      return List.of(ASK);
    }
    if (context.labelEra().get() == LabelEra.REMS) {
      return List.of(
          GuidanceLine.of("Do not drive for 8 weeks after your infusion. The 8 weeks end on "
              + Texts.date(day0.plusWeeks(8)) + ".", LABELS_REMS_ERA),
          GuidanceLine.of("Stay near your treatment centre, with a caregiver, for 4 weeks after your "
              + "infusion. The 4 weeks end on " + Texts.date(day0.plusWeeks(4)) + ".", LABELS_REMS_ERA),
          GuidanceLine.of("This is the advice of the product labels in use before June 2025.",
              LABELS_REMS_ERA));
    }
    return List.of(
        GuidanceLine.of("Do not drive or do other hazardous activities for at least 2 weeks after your "
            + "infusion. The 2 weeks end on " + Texts.date(day0.plusWeeks(2)) + ".", GUIDANCE_AFTER_REMS),
        GuidanceLine.of("Have a care partner with you for the 2 weeks after your infusion.",
            GUIDANCE_AFTER_REMS),
        GuidanceLine.of("Ask your care team how long you need to stay at or near the hospital.",
            SHEET_QUESTIONS),
        GuidanceLine.of("This is the advice a CAR T-cell manufacturer gives patients since the FDA ended "
            + "the special safety program (REMS) for these treatments in June 2025.", GUIDANCE_AFTER_REMS));
  }
}
