package org.icans.cli.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;
import org.icans.risk.product.ProductProfile;
import org.icans.risk.product.ProductProfiles;
import org.junit.jupiter.api.Test;

class ProductCatalogueTest {
  @Test
  void everyCarTProfileIsFoundByNameBrandAndAbbreviation() {
    for (ProductProfile p : ProductProfiles.all()) {
      assertEquals(p.product(), ProductCatalogue.find(p.product().name()).orElseThrow());
      assertEquals(p.product(), ProductCatalogue.find(p.brandName().toUpperCase(java.util.Locale.ROOT)).orElseThrow());
      assertEquals(p.product(), ProductCatalogue.find(p.abbreviation()).orElseThrow());
    }
  }

  @Test
  void theBispecificsOfThePolicyScopesAreKnown() {
    assertEquals(TargetAntigen.BCMA, ProductCatalogue.find("Teclistamab").orElseThrow().target());
    for (String cd20 : new String[] {"epcoritamab", "glofitamab", "mosunetuzumab"}) {
      assertEquals(TargetAntigen.CD20, ProductCatalogue.find(" " + cd20 + " ").orElseThrow().target());
      assertEquals(TherapyModality.BISPECIFIC_T_CELL_ENGAGER, ProductCatalogue.find(cd20).orElseThrow().modality());
    }
    assertEquals(ProductProfiles.all().size() + 4, ProductCatalogue.all().size());
  }

  @Test
  void anUnknownNameIsNotFound() {
    assertTrue(ProductCatalogue.find("talquetamab").isEmpty());
    assertTrue(ProductCatalogue.find("").isEmpty());
    assertTrue(ProductCatalogue.acceptedNames().endsWith("teclistamab, epcoritamab, glofitamab, mosunetuzumab"));
  }
}
