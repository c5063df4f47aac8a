package org.icans.risk.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.icans.model.InvalidValueException;
import org.icans.model.crs.CrsObservation;
import org.junit.jupiter.api.Test;

/** The plausible ranges [P]: project safety rules, pinned here so that a change to one is deliberate. */
class PlausibleRangeTest {

  @Test
  void theRangesOfEveryAnalyteInItsStandardUnit() {
    Map<Analyte, String> expected = new EnumMap<>(Analyte.class);
    expected.put(Analyte.LDH, "from 10 to 50000 U/L");
    expected.put(Analyte.CREATININE, "from 0.05 to 25 mg/dL");
    expected.put(Analyte.PLATELETS, "from 1 to 2000 10*9/L");
    expected.put(Analyte.CRP, "from 0 to 100 mg/dL");
    expected.put(Analyte.FERRITIN, "from 0 to 500000 ng/mL");
    expected.put(Analyte.IL6, "from 0 to 1000000 pg/mL");
    expected.put(Analyte.TEMPERATURE, "from 25 to 45 Cel");
    for (Analyte a : Analyte.values()) {
      assertEquals(expected.get(a), a.plausibleRange().describe(), a.code());
      assertEquals(a.standardUnit(), a.plausibleRange().unit(), a.code());
      assertTrue(a.mixUpUnits().contains(a.standardUnit()), a.code());
      for (String u : a.mixUpUnits()) {
        assertTrue(AcceptedUnits.of(a).contains(u), a.code() + " " + u);
      }
    }
    assertEquals(new PlausibleRange(CrsObservation.MIN_TEMPERATURE_C, CrsObservation.MAX_TEMPERATURE_C, "Cel"),
        Analyte.TEMPERATURE.plausibleRange());
  }

  @Test
  void containsBothEnds() {
    PlausibleRange r = new PlausibleRange(1, 2, "mg/dL");
    assertTrue(r.contains(1));
    assertTrue(r.contains(2));
    assertTrue(r.contains(1.5));
    assertFalse(r.contains(Math.nextDown(1.0)));
    assertFalse(r.contains(Math.nextUp(2.0)));
    assertFalse(r.contains(Double.NaN));
    assertTrue(new PlausibleRange(3, 3, "U/L").contains(3)); // a single value is a range
  }

  @Test
  void refusesEndsThatAreNotARange() {
    assertEquals("plausible_range", assertThrows(InvalidValueException.class,
        () -> new PlausibleRange(2, 1, "U/L")).field());
    assertThrows(InvalidValueException.class, () -> new PlausibleRange(Double.NaN, 1, "U/L"));
    assertThrows(InvalidValueException.class, () -> new PlausibleRange(0, Double.POSITIVE_INFINITY, "U/L"));
    assertThrows(InvalidValueException.class, () -> new PlausibleRange(Double.NEGATIVE_INFINITY, 0, "U/L"));
    assertEquals("plausible_range.unit", assertThrows(InvalidValueException.class,
        () -> new PlausibleRange(0, 1, " ")).field());
    assertThrows(NullPointerException.class, () -> new PlausibleRange(0, 1, null));
  }

  @Test
  void isAValue() {
    assertEquals(new PlausibleRange(0, 100, "mg/dL"), Analyte.CRP.plausibleRange());
    assertEquals(new PlausibleRange(0, 100, "mg/dL").hashCode(), Analyte.CRP.plausibleRange().hashCode());
    assertEquals("from 0.05 to 25 mg/dL", new PlausibleRange(0.05, 25, "mg/dL").describe());
  }
}
