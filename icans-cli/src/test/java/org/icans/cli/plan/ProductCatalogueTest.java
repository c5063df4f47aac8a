package org.icans.cli.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** --product takes every name of the model's one product catalogue. */
class ProductCatalogueTest {

  @Test
  void brandNamesAbbreviationsAndBispecificsAreAccepted() {
    for (String name : new String[] {"Yescarta", "axi-cel", "tisagenlecleucel", "Carvykti", "teclistamab",
        "talquetamab", "elranatamab", "glofitamab"}) {
      Run.run(PlanCommand.NAME, "--icans-grade", "2", "--crs-grade", "0", "--age", "60", "--weight", "70kg",
          "--policy", "pharmacy-pearls", "--product", name).assertOk();
    }
    Run.Result r = Run.run(PlanCommand.NAME, "--icans-grade", "2", "--crs-grade", "0", "--age", "60", "--weight",
        "70kg", "--product", "nivolumab");
    r.assertUsageError("plan", "--product: 'nivolumab' is not allowed", "axicabtagene ciloleucel (Yescarta, axi-cel)",
        "mosunetuzumab");
    assertTrue(r.err().contains("teclistamab"), r.err());
  }
}
