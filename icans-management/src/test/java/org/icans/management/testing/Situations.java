package org.icans.management.testing;

import org.icans.management.Situation;
import org.icans.model.patient.Product;
import org.icans.model.patient.ProductCatalogue;

/** Products (from the catalogue) and situations the tests share. */
public final class Situations {
  private Situations() {}

  public static final Product AXI_CEL = ProductCatalogue.AXICABTAGENE_CILOLEUCEL.product();
  public static final Product BREXU_CEL = ProductCatalogue.BREXUCABTAGENE_AUTOLEUCEL.product();
  public static final Product TISA_CEL = ProductCatalogue.TISAGENLECLEUCEL.product();
  public static final Product CILTA_CEL = ProductCatalogue.CILTACABTAGENE_AUTOLEUCEL.product();
  public static final Product TECLISTAMAB = ProductCatalogue.TECLISTAMAB.product();
  public static final Product GLOFITAMAB = ProductCatalogue.GLOFITAMAB.product();

  /** An adult of 60 years and 70 kg with this product and grades. */
  public static Situation adult(Product product, int icans, int crs) {
    return Situation.builder().icansGrade(icans).crsGrade(crs).ageYears(60).weightKg(70).product(product).build();
  }

  /** The sample of the issue: ICANS grade 3, CRS grade 0, adult 70 kg, axicabtagene ciloleucel. */
  public static Situation sample() {
    return adult(AXI_CEL, 3, 0);
  }
}
