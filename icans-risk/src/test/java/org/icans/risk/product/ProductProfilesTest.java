package org.icans.risk.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.icans.model.patient.TargetAntigen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The product profiles hold the reference's verified figures (B3), each with its grading system. */
class ProductProfilesTest {

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource({
      "axicabtagene ciloleucel,   axi-cel",
      "Yescarta,                  axi-cel",
      "AXI-CEL,                   axi-cel",
      "axicabtagene_ciloleucel,   axi-cel",
      "Kymriah,                   tisa-cel",
      "liso-cel,                  liso-cel",
      "Tecartus,                  brexu-cel",
      "obecabtagene autoleucel,   obe-cel",
      "Abecma,                    ide-cel",
      "cilta cel,                 cilta-cel",
  })
  void findsProductsByNameBrandOrAbbreviation(String name, String abbreviation) {
    assertEquals(abbreviation, ProductProfiles.find(name).orElseThrow().abbreviation());
  }

  @Test
  void unknownProductsHaveNoProfile() {
    assertEquals(Optional.empty(), ProductProfiles.find("teclistamab"));
  }

  @Test
  void targetsAreAsSeed002ListsThem() {
    for (ProductProfile p : ProductProfiles.all()) {
      boolean bcma = List.of("ide-cel", "cilta-cel").contains(p.abbreviation());
      assertEquals(bcma ? TargetAntigen.BCMA : TargetAntigen.CD19, p.product().target(), p.abbreviation());
      assertEquals(!bcma, p.productRiskFactors().contains(RiskFactor.CD19_TARGET), p.abbreviation());
    }
    assertTrue(ProductProfiles.AXICABTAGENE_CILOLEUCEL.productRiskFactors().contains(RiskFactor.CD28_COSTIMULATION));
  }

  @Test
  void julietKeepsItsThreeGradingSystemsApart() {
    List<String> juliet = ProductProfiles.TISAGENLECLEUCEL.incidence().stream()
        .filter(r -> r.study().startsWith("JULIET")).map(IncidenceReport::summary).toList();
    assertEquals(List.of(
        "JULIET (regraded), large B-cell lymphoma: neurotoxicity any grade 45% (CTCAE v4.03)",
        "JULIET (regraded), large B-cell lymphoma: neurotoxicity any grade 17% (modified CRES)",
        "JULIET (regraded), large B-cell lymphoma: ICANS any grade 17% (ASTCT 2019)"), juliet);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "axi-cel   | ZUMA-1 (label), large B-cell lymphoma: neurotoxicity any grade 87%; median onset 4 d; 98% of events within the first 8 weeks (grading system not stated in the reference)",
      "liso-cel  | TRANSCEND CLL 004, chronic lymphocytic leukaemia (n=117): neurological events any grade 45%; grade >= 3 19%; median onset 7 d; median duration 7 d; grade 3 18%, grade 4 1%; onset IQR 4-11 d; duration 4-16 d (grading system not stated in the reference)",
      "brexu-cel | real world, mantle cell lymphoma (n=476): ICANS any grade 62%; grade >= 3 30%; median onset 7 d; median duration 8 d; grade 4 7% (grading system not stated in the reference)",
      "ide-cel   | KarMMa (FDA review), multiple myeloma: neurotoxicity grade >= 3 4% (grading system not stated in the reference)",
  })
  void figuresAreTheReferences(String product, String first) {
    assertEquals(first, ProductProfiles.find(product).orElseThrow().incidence().get(0).summary());
  }

  @Test
  void ageIsKeptAsADisagreement() {
    assertEquals(2, RiskFactor.ageDisagreement().size());
    assertTrue(RiskFactor.ageDisagreement().get(0).text().startsWith("Younger"));
    assertTrue(RiskFactor.ageDisagreement().get(1).text().startsWith("Older"));
    assertTrue(RiskFactor.ELEVATED_BASELINE_NFL.disagreement().isPresent());
  }
}
