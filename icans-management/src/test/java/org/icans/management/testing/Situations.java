package org.icans.management.testing;

import org.icans.management.Situation;
import org.icans.model.patient.Product;
import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;

/** Products and situations the tests share. */
public final class Situations {
  private Situations() {}

  public static final Product AXI_CEL = Product.of("axicabtagene ciloleucel", TherapyModality.CAR_T_CELL, TargetAntigen.CD19);
  public static final Product BREXU_CEL =
      Product.of("brexucabtagene autoleucel", TherapyModality.CAR_T_CELL, TargetAntigen.CD19);
  public static final Product TISA_CEL = Product.of("tisagenlecleucel", TherapyModality.CAR_T_CELL, TargetAntigen.CD19);
  public static final Product CILTA_CEL = Product.of("ciltacabtagene autoleucel", TherapyModality.CAR_T_CELL, TargetAntigen.BCMA);
  public static final Product TECLISTAMAB =
      Product.of("teclistamab", TherapyModality.BISPECIFIC_T_CELL_ENGAGER, TargetAntigen.BCMA);
  public static final Product GLOFITAMAB =
      Product.of("glofitamab", TherapyModality.BISPECIFIC_T_CELL_ENGAGER, TargetAntigen.CD20);

  /** An adult of 60 years and 70 kg with this product and grades. */
  public static Situation adult(Product product, int icans, int crs) {
    return Situation.builder().icansGrade(icans).crsGrade(crs).ageYears(60).weightKg(70).product(product).build();
  }

  /** The sample of the issue: ICANS grade 3, CRS grade 0, adult 70 kg, axicabtagene ciloleucel. */
  public static Situation sample() {
    return adult(AXI_CEL, 3, 0);
  }
}
