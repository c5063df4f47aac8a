package org.icans.risk.product;

import java.util.List;
import java.util.Objects;
import org.icans.model.patient.Product;
import org.icans.risk.SourcedFact;

/**
 * What the literature says about ICANS with one product: incidence, onset and duration per pivotal
 * trial or cohort (each with its grading system and source), the risk factors the product itself
 * carries (its target, its costimulatory domain), and notes such as delayed non-ICANS neurotoxicity.
 *
 * <p>Immutable.
 *
 * @param product the product: nonproprietary name, modality, target antigen
 * @param brandName the brand name
 * @param abbreviation the short name the literature uses: {@code axi-cel}
 * @param incidence what each trial or cohort reported, in the reference's order
 * @param productRiskFactors risk factors that come with the product
 * @param notes other sourced statements about neurotoxicity with this product
 */
public record ProductProfile(Product product, String brandName, String abbreviation, List<IncidenceReport> incidence,
    List<RiskFactor> productRiskFactors, List<SourcedFact> notes) {

  /** Validates and copies. */
  public ProductProfile {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(brandName, "brandName");
    Objects.requireNonNull(abbreviation, "abbreviation");
    incidence = List.copyOf(Objects.requireNonNull(incidence, "incidence"));
    productRiskFactors = List.copyOf(Objects.requireNonNull(productRiskFactors, "productRiskFactors"));
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
  }
}
