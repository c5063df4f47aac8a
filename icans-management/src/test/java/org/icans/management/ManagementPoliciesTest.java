package org.icans.management;

import static org.icans.management.testing.Situations.AXI_CEL;
import static org.icans.management.testing.Situations.CILTA_CEL;
import static org.icans.management.testing.Situations.GLOFITAMAB;
import static org.icans.management.testing.Situations.TECLISTAMAB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.icans.management.testing.Situations;
import org.icans.model.InvalidValueException;
import org.icans.model.evidence.Evidence;
import org.icans.model.patient.Product;
import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;
import org.junit.jupiter.api.Test;

/** The registry: ids, look-up, defaults. */
class ManagementPoliciesTest {

  @Test
  void everyPolicyOfTheIssueIsRegisteredWithItsSource() {
    assertEquals(List.of("asco-2021", "cartox-2018", "crombie-2024", "teclistamab-label", "droracle-2026",
        "pharmacy-pearls", "cevering-2026"), ManagementPolicies.ids());
    assertEquals(ManagementSources.ASCO21, ManagementPolicies.require("asco-2021").citation());
    assertEquals(ManagementSources.CARTOX18, ManagementPolicies.require("cartox-2018").citation());
    assertEquals(ManagementSources.CROMBIE24, ManagementPolicies.require("crombie-2024").citation());
    assertEquals(ManagementSources.TECLISTAMAB, ManagementPolicies.require("teclistamab-label").citation());
    assertEquals(ManagementSources.DRORACLE26, ManagementPolicies.require("droracle-2026").citation());
    assertEquals(ManagementSources.PHARMACY_PEARLS, ManagementPolicies.require("pharmacy-pearls").citation());
    assertEquals(ManagementSources.CEVERING26, ManagementPolicies.require("cevering-2026").citation());
    for (ManagementPolicy p : ManagementPolicies.all()) {
      boolean seed = p.id().equals("droracle-2026") || p.id().equals("pharmacy-pearls") || p.id().equals("cevering-2026");
      assertEquals(seed ? Evidence.SECONDARY : Evidence.VERIFIED, p.citation().evidence(), p.id());
      assertTrue(p.date().map(d -> d.matches("\\d{4}(-\\d{2}-\\d{2})?")).orElse(p.id().equals("pharmacy-pearls")), p.id());
      assertTrue(!p.description().isBlank() && !p.title().isBlank(), p.id());
    }
  }

  @Test
  void lookUp() {
    assertEquals("asco-2021", ManagementPolicies.byId(" ASCO-2021 ").orElseThrow().id());
    assertEquals(Optional.empty(), ManagementPolicies.byId("nccn"));
    assertEquals("id", assertThrows(NullPointerException.class, () -> ManagementPolicies.byId(null)).getMessage());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ManagementPolicies.require("nccn"));
    assertEquals("policy", e.field());
    assertTrue(e.allowed().contains("asco-2021") && e.allowed().contains("cevering-2026"), e.getMessage());
  }

  @Test
  void defaults() {
    assertEquals("asco-2021", ManagementPolicies.defaultFor(Situations.adult(AXI_CEL, 2, 0)).orElseThrow().id());
    assertEquals("asco-2021", ManagementPolicies.defaultFor(Situations.adult(CILTA_CEL, 2, 0)).orElseThrow().id());
    assertEquals("crombie-2024", ManagementPolicies.defaultFor(Situations.adult(GLOFITAMAB, 2, 0)).orElseThrow().id());
    assertEquals("teclistamab-label", ManagementPolicies.defaultFor(Situations.adult(TECLISTAMAB, 2, 0)).orElseThrow().id());
    Product talquetamab = Product.of("talquetamab", TherapyModality.BISPECIFIC_T_CELL_ENGAGER, TargetAntigen.GPRC5D);
    assertTrue(ManagementPolicies.defaultFor(Situations.adult(talquetamab, 2, 0)).isEmpty(), "no verified source");
    Situation child = Situation.builder().icansGrade(2).crsGrade(0).ageYears(7).weightKg(22).product(AXI_CEL).build();
    assertTrue(ManagementPolicies.defaultFor(child).isEmpty(), "no verified paediatric policy; never seed 002");
    assertTrue(ManagementPolicies.defaultFor(Situation.of(2, 0, 50, 70)).isEmpty(), "product not given");
  }

  @Test
  void compareNeedsTwoDistinctKnownPolicies() {
    Situation s = Situations.sample();
    assertEquals(2, ManagementPolicies.compare(s, List.of("asco-2021", "droracle-2026")).plans().size());
    assertEquals("comparison.policies", assertThrows(InvalidValueException.class,
        () -> ManagementPolicies.compare(s, List.of("asco-2021"))).field());
    assertEquals("comparison.policies", assertThrows(InvalidValueException.class,
        () -> ManagementPolicies.compare(s, List.of("asco-2021", "asco-2021"))).field());
    assertEquals("policy", assertThrows(InvalidValueException.class,
        () -> ManagementPolicies.compare(s, List.of("asco-2021", "sitc-2020"))).field());
    assertEquals(7, ManagementPolicies.compareAll(s).plans().size());
  }
}
