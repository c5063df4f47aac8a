package org.icans.model.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one product catalogue: names, brands, abbreviations, modality, target and source. */
class ProductCatalogueTest {

  @Test
  void everyNameBrandAndAbbreviationFindsItsProduct() {
    for (CataloguedProduct p : ProductCatalogue.all()) {
      assertEquals(p, ProductCatalogue.find(p.name()).orElseThrow());
      assertEquals(p, ProductCatalogue.find(" " + p.name().toUpperCase(java.util.Locale.ROOT).replace(' ', '_')).orElseThrow());
      p.brandName().ifPresent(b -> assertEquals(p, ProductCatalogue.find(b).orElseThrow()));
      p.abbreviation().ifPresent(a -> assertEquals(p, ProductCatalogue.find(a).orElseThrow()));
      assertEquals(p, ProductCatalogue.of(p.product()).orElseThrow());
    }
  }

  @Test
  void theCatalogueHoldsSevenCarTProductsAndSixBispecifics() {
    assertEquals(7, ProductCatalogue.all().stream().filter(p -> p.product().modality() == TherapyModality.CAR_T_CELL)
        .count());
    assertEquals(6, ProductCatalogue.all().stream()
        .filter(p -> p.product().modality() == TherapyModality.BISPECIFIC_T_CELL_ENGAGER).count());
    Set<String> names = new HashSet<>();
    ProductCatalogue.all().forEach(p -> assertTrue(names.add(p.name()), p::name));
    assertEquals(TargetAntigen.BCMA, ProductCatalogue.find("Carvykti").orElseThrow().product().target());
    assertEquals(TargetAntigen.GPRC5D, ProductCatalogue.find("talquetamab").orElseThrow().product().target());
    assertEquals("axicabtagene ciloleucel (Yescarta, axi-cel)", ProductCatalogue.AXICABTAGENE_CILOLEUCEL.describe());
    assertEquals("teclistamab", ProductCatalogue.TECLISTAMAB.describe());
  }

  @Test
  void unknownAndBlankNamesAreNotFound() {
    assertTrue(ProductCatalogue.find("").isEmpty());
    assertTrue(ProductCatalogue.find("  ").isEmpty());
    assertTrue(ProductCatalogue.find("nivolumab").isEmpty());
    assertTrue(ProductCatalogue.of(Product.of("teclistamab", TherapyModality.CAR_T_CELL, TargetAntigen.BCMA)).isEmpty());
  }
}
