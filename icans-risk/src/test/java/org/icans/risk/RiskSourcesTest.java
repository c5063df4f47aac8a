package org.icans.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icans.model.evidence.Citation;
import org.icans.model.evidence.Evidence;
import org.icans.model.patient.LabelEra;
import org.icans.model.patient.Product;
import org.icans.risk.observation.Analyte;
import org.icans.risk.product.IncidenceReport;
import org.icans.risk.product.ProductProfile;
import org.icans.risk.product.ProductProfiles;
import org.icans.risk.product.RiskFactor;
import org.icans.risk.score.Score;
import org.icans.risk.warning.WarningKind;
import org.icans.risk.window.ExpectedWindow;
import org.junit.jupiter.api.Test;

/**
 * Every number in the module cites its source; nothing unverified is encoded as a fact: an
 * UNVERIFIED citation appears only on statements that something is not given.
 */
class RiskSourcesTest {

  private static List<Citation> all() throws IllegalAccessException {
    List<Citation> out = new ArrayList<>();
    for (Field f : RiskSources.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Citation.class) {
        out.add((Citation) f.get(null));
      }
    }
    return out;
  }

  @Test
  void eachKeyNamesOneReference() throws IllegalAccessException {
    Map<String, String> seen = new HashMap<>();
    for (Citation c : all()) {
      String before = seen.putIfAbsent(c.key(), c.reference());
      if (before != null) {
        assertEquals(before, c.reference(), "key " + c.key() + " names two references");
      }
    }
    assertTrue(seen.size() >= 30, seen.keySet().toString());
  }

  @Test
  void onlyTheNotVerifiedMarkerIsUnverified() throws IllegalAccessException {
    for (Citation c : all()) {
      assertEquals(c == RiskSources.NOT_VERIFIED, c.evidence() == Evidence.UNVERIFIED, c.toString());
    }
  }

  @Test
  void everyScoreWarningAnalyteRiskFactorAndIncidenceFigureIsSourced() {
    for (Score s : Score.values()) {
      assertTrue(!s.sources().isEmpty(), s.name());
      s.sources().forEach(RiskSourcesTest::assertEncodable);
      s.cutOff().ifPresent(c -> assertEncodable(c.source()));
    }
    for (WarningKind k : WarningKind.values()) {
      assertTrue(!k.sources().isEmpty(), k.name());
      k.sources().forEach(RiskSourcesTest::assertEncodable);
    }
    for (Analyte a : Analyte.values()) {
      a.sources().forEach(RiskSourcesTest::assertEncodable);
    }
    for (RiskFactor f : RiskFactor.values()) {
      f.sources().forEach(RiskSourcesTest::assertEncodable);
    }
    for (ProductProfile p : ProductProfiles.all()) {
      for (IncidenceReport r : p.incidence()) {
        assertEquals(Evidence.VERIFIED, r.source().evidence(), r.summary());
      }
      p.notes().forEach(n -> assertEncodable(n.source()));
    }
  }

  @Test
  void unverifiedStatementsOnlySayWhatIsNotGiven() {
    List<SourcedFact> facts = new ArrayList<>();
    for (Optional<LabelEra> era : List.of(Optional.<LabelEra>empty(), Optional.of(LabelEra.REMS),
        Optional.of(LabelEra.AFTER_REMS_REMOVAL))) {
      for (ProductProfile p : ProductProfiles.all()) {
        ExpectedWindow w = ExpectedWindow.of(Optional.of(p.product()), era);
        facts.addAll(w.onset());
        facts.addAll(w.watch());
        facts.addAll(w.drivingAndProximity());
      }
      ExpectedWindow none = ExpectedWindow.of(Optional.<Product>empty(), era);
      facts.addAll(none.onset());
      facts.addAll(none.watch());
      facts.addAll(none.drivingAndProximity());
    }
    for (SourcedFact f : facts) {
      if (f.source().evidence() == Evidence.UNVERIFIED) {
        assertTrue(f.text().contains("not verified"), f.text());
        String statement = f.text().replaceFirst("^\\[[^]]*] ", ""); // the era label carries a date
        assertTrue(!statement.matches(".*\\d.*"), "an unverified statement carries a number: " + f.text());
      }
    }
  }

  private static void assertEncodable(Citation c) {
    assertNotEquals(Evidence.UNVERIFIED, c.evidence(), c.toString());
  }
}
