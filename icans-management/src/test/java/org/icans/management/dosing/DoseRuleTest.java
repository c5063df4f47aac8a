package org.icans.management.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.icans.model.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dose arithmetic: per kg, caps, bands, ceilings, per-day amounts, 24-hour totals. */
class DoseRuleTest {

  /** ASCO 2021: 8 mg/kg IV over 1 h, max 800 mg per dose, q8h, max 3 per 24 h and 4 in total. */
  private static final DoseRule ASCO_TOCILIZUMAB = DoseRule.builder(Drug.TOCILIZUMAB, "ASCO tocilizumab")
      .mgPerKg(8).capMg(800).route(Route.IV).administration("over 1 h").everyHours(8).maxDosesPer24h(3)
      .maxTotalDoses(4).build();

  @ParameterizedTest(name = "{0} kg -> {1} mg")
  @CsvSource({"1, 8", "50, 400", "70, 560", "99.9, 799.2", "100, 800", "100.1, 800", "250, 800"})
  void tocilizumabStopsAtItsCap(double kg, double mg) {
    Dose d = ASCO_TOCILIZUMAB.doseFor(kg);
    assertEquals(mg, d.highMg(), 1e-9);
    assertEquals(kg * 8 > 800, d.capApplied());
    assertEquals(3 * mg, d.maxMgPer24h().getAsDouble(), 1e-9);
  }

  @Test
  void describeSaysWhatWasComputed() {
    assertEquals("560 mg (8 mg/kg x 70 kg)", ASCO_TOCILIZUMAB.doseFor(70).describe());
    assertEquals("800 mg (8 mg/kg x 120 kg = 960 mg, capped at 800 mg)", ASCO_TOCILIZUMAB.doseFor(120).describe());
    assertEquals("8 mg/kg IV over 1 h, max 800 mg per dose, every 8 h, at most 3 doses per 24 h, "
        + "at most 4 doses in total", ASCO_TOCILIZUMAB.describe());
  }

  @Test
  void perKgRuleNeedsAWeight() {
    assertTrue(ASCO_TOCILIZUMAB.needsWeight());
    assertTrue(ASCO_TOCILIZUMAB.doseFor(OptionalDouble.empty()).isEmpty());
    DoseRule dex = DoseRule.builder(Drug.DEXAMETHASONE, "dex").mg(10).route(Route.IV).everyHours(6, 12).build();
    assertFalse(dex.needsWeight());
    Dose d = dex.doseFor(OptionalDouble.empty()).orElseThrow();
    assertEquals(10, d.highMg());
    assertEquals(40, d.maxMgPer24h().getAsDouble(), 1e-9, "every 6 h at the shortest: 4 doses");
  }

  @Test
  void weightBands() {
    DoseRule below30 = DoseRule.builder(Drug.TOCILIZUMAB, "seed 002").mgPerKg(12).weightBelowKg(30).capMg(800).build();
    assertTrue(below30.appliesToWeight(29.99));
    assertFalse(below30.appliesToWeight(30));
    assertEquals("weight below 30 kg", below30.weightBand().orElseThrow());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> below30.doseFor(30));
    assertEquals("weightKg", e.field());
  }

  @Test
  void perDayRange() {
    DoseRule mp = DoseRule.builder(Drug.METHYLPREDNISOLONE, "seed 001").mgPerKg(1, 2).perDay().build();
    Dose d = mp.doseFor(70);
    assertEquals(70, d.lowMg(), 1e-9);
    assertEquals(140, d.highMg(), 1e-9);
    assertEquals(140, d.maxMgPer24h().getAsDouble(), 1e-9);
    assertEquals("70-140 mg per day (1-2 mg/kg x 70 kg)", d.describe());
  }

  @Test
  void perKgDailyCeilingOnAFixedDose() {
    DoseRule anakinra = DoseRule.builder(Drug.ANAKINRA, "seed 002").mg(200).everyHours(8).maxMgPerKgPerDay(12).build();
    assertEquals(200, anakinra.doseFor(70).highMg(), 1e-9, "840 mg/day allowed, 600 given");
    Dose small = anakinra.doseFor(10);
    assertEquals(40, small.highMg(), 1e-9, "120 mg/day over 3 doses");
    assertTrue(small.capApplied());
    assertEquals(120, small.maxMgPer24h().getAsDouble(), 1e-9);
  }

  @Test
  void statedDosesAreCheckedNotComputed() {
    Dose d = Dose.stated(ASCO_TOCILIZUMAB, OptionalDouble.of(120), 960, 960);
    assertFalse(d.computed());
    assertTrue(d.exceedsCap());
    assertFalse(ASCO_TOCILIZUMAB.doseFor(120).exceedsCap());
  }

  @Test
  void invalidRulesNameTheField() {
    assertEquals("doseRule.amountHigh", assertThrows(InvalidValueException.class,
        () -> DoseRule.builder(Drug.DEXAMETHASONE, "x").mg(10, 5).build()).field());
    assertEquals("doseRule.capMg", assertThrows(InvalidValueException.class,
        () -> DoseRule.builder(Drug.DEXAMETHASONE, "x").mg(10).capMg(0).build()).field());
    assertEquals("doseRule.amount", assertThrows(InvalidValueException.class,
        () -> DoseRule.builder(Drug.DEXAMETHASONE, "x").build()).field());
    assertEquals("doseRule.asWritten", assertThrows(InvalidValueException.class,
        () -> DoseRule.builder(Drug.DEXAMETHASONE, " ").mg(1).build()).field());
    assertEquals("doseRule.drug", assertThrows(InvalidValueException.class,
        () -> DoseRule.builder(Drug.CORTICOSTEROID, "x").mg(1).build()).field());
    assertEquals("doseRule.weightBelowKg", assertThrows(InvalidValueException.class,
        () -> DoseRule.builder(Drug.TOCILIZUMAB, "x").mgPerKg(8).weightFromKg(30).weightBelowKg(30).build()).field());
  }

  @Test
  void intervals() {
    assertEquals("every 6-12 h", DoseInterval.hours(6, 12).display());
    assertEquals("every 5 min", DoseInterval.minutes(5).display());
    assertEquals(4, DoseInterval.hours(6, 12).maxDosesPer24h());
    assertEquals(1, DoseInterval.hours(24, 48).maxDosesPer24h());
    assertThrows(InvalidValueException.class, () -> DoseInterval.hours(12, 6));
  }
}
