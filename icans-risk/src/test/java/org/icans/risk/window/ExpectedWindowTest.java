package org.icans.risk.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.icans.model.patient.LabelEra;
import org.icans.risk.SourcedFact;
import org.icans.risk.product.ProductProfiles;
import org.junit.jupiter.api.Test;

/** Proximity and driving advice by label era (reference A2.10, C.7), never merged across eras. */
class ExpectedWindowTest {

  private static String text(List<SourcedFact> facts) {
    StringBuilder b = new StringBuilder();
    facts.forEach(f -> b.append(f.text()).append('\n'));
    return b.toString();
  }

  @Test
  void eraFollowsTheRemsRemovalAnnouncement() {
    assertEquals(LabelEra.REMS, LabelEra.forInfusionDate(LocalDate.of(2025, 6, 26)));
    assertEquals(LabelEra.AFTER_REMS_REMOVAL, LabelEra.forInfusionDate(LocalDate.of(2025, 6, 27)));
  }

  @Test
  void remsEraAdvice() {
    ExpectedWindow w = ExpectedWindow.of(Optional.of(ProductProfiles.CILTACABTAGENE_AUTOLEUCEL.product()),
        Optional.of(LabelEra.REMS));
    String driving = text(w.drivingAndProximity());
    assertTrue(driving.contains("about 4 weeks"), driving);
    assertTrue(driving.contains("up to 8 weeks"), driving);
    assertTrue(driving.contains("Carvykti: stay near the facility for at least 4 weeks"), driving);
    assertFalse(driving.contains("2 weeks"), driving);
    assertTrue(text(w.watch()).contains("at least daily for 10 days"), text(w.watch()));
  }

  @Test
  void afterRemsRemovalAdvice() {
    ExpectedWindow w = ExpectedWindow.of(Optional.of(ProductProfiles.AXICABTAGENE_CILOLEUCEL.product()),
        Optional.of(LabelEra.AFTER_REMS_REMOVAL));
    String driving = text(w.drivingAndProximity());
    assertTrue(driving.contains("at least 2 weeks"), driving);
    assertFalse(driving.contains("8 weeks"), driving);
    assertFalse(text(w.watch()).contains("Yescarta label"), text(w.watch()));
    assertTrue(text(w.onset()).startsWith("axi-cel: median onset 4 days"), text(w.onset()));
  }

  @Test
  void unknownEraShowsBothLabelled() {
    String driving = text(ExpectedWindow.of(Optional.empty(), Optional.empty()).drivingAndProximity());
    assertTrue(driving.contains("[REMS era (before 27 June 2025)] Stay near"), driving);
    assertTrue(driving.contains("[after the REMS removal (from 27 June 2025)] No driving"), driving);
  }

  @Test
  void obecabtageneNeverHadARems() {
    String driving = text(ExpectedWindow.of(Optional.of(ProductProfiles.OBECABTAGENE_AUTOLEUCEL.product()),
        Optional.of(LabelEra.REMS)).drivingAndProximity());
    assertTrue(driving.contains("without a REMS"), driving);
    assertFalse(driving.contains("8 weeks"), driving);
  }
}
