package org.icans.risk.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.crs.CrsGrader;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenSupport;
import org.icans.risk.Caveat;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.CrsGradeAt;
import org.icans.risk.observation.Measurement;
import org.icans.risk.observation.TimePoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples of the early warnings (reference B2): Gust 2017 (38.9 C with IL-6 > 16 pg/mL in
 * 36 h; IL-6 >= 501 pg/mL in the first 6 days; fever >= 38 C), Huang 2024 (day-3 ferritin 2,000 and
 * 4,000 ng/mL), seed 002 (CRS onset within 3 days; severe CRS).
 */
class EarlyWarningsTest {

  private static TimePoint at(int day, String hours) {
    return hours.isEmpty() ? TimePoint.ofDay(day) : TimePoint.of(day, Double.parseDouble(hours));
  }

  private static List<WarningKind> kinds(EarlyWarnings.Findings f) {
    List<WarningKind> k = new ArrayList<>();
    for (EarlyWarning w : f.warnings()) {
      k.add(w.kind());
    }
    return k;
  }

  @ParameterizedTest(name = "T {0} {1} at day {2} ({3} h), IL-6 {4} {5} at day {6} ({7} h): combined {8}, early fever {9}, caveats {10}")
  @CsvSource({
      // temperature, unit, day, hours, IL-6, unit, day, hours, 36-h warning, fever >= 38 warning, caveats
      "39.2,  Cel,    1, 30,  45,    pg/mL, 1, 30, true,  true,  0",
      "38.9,  Cel,    0, 10,  16.1,  pg/mL, 1, 36, true,  true,  0",  // both thresholds reached exactly in time
      "38.9,  Cel,    0, 10,  16,    pg/mL, 1, 30, false, true,  0",  // IL-6 must exceed 16
      "38.8,  Cel,    0, 10,  300,   pg/mL, 1, 30, false, true,  0",  // 38.8 < 38.9
      "102,   [degF], 0, 10,  300,   pg/mL, 1, 30, false, true,  0",  // 102 F = 38.89 C < 38.9 (B4: 38.9 C ~ 102.0 F)
      "102.1, [degF], 0, 10,  300,   pg/mL, 1, 30, true,  true,  0",  // 102.1 F = 38.94 C
      "39.5,  Cel,    1, 40,  300,   pg/mL, 1, 30, false, false, 0",  // fever after 36 h
      "39.5,  Cel,    1, 30,  300,   pg/mL, 1, 37, false, true,  0",  // IL-6 after 36 h
      "39.5,  Cel,    0, -2,  300,   pg/mL, 1, 30, false, false, 0",  // fever before the infusion
      "39.5,  Cel,    0, '',  300,   pg/mL, 1, 30, true,  true,  0",  // day 0 without hours: after infusion (choice 2)
      "39.5,  Cel,    1, '',  300,   pg/mL, 1, 30, false, false, 2",  // day 1 without hours: may be after 36 h
      "37.5,  Cel,    1, 20,  0.3,   ng/mL, 1, 20, false, false, 0",  // 0.3 ng/mL = 300 pg/mL, but no fever
      "312.2, K,      1, 20,  0.3,   ng/mL, 1, 20, true,  true,  0",  // 312.2 K = 39.05 C
  })
  void feverAndIl6WithinThirtySixHours(double t, String tUnit, int tDay, String tHours, double il6, String il6Unit,
      int il6Day, String il6Hours, boolean combined, boolean fever, int caveats) {
    EarlyWarnings.Findings f = EarlyWarnings.evaluate(List.of(
        Measurement.of(Analyte.TEMPERATURE, t, tUnit, at(tDay, tHours)),
        Measurement.of(Analyte.IL6, il6, il6Unit, at(il6Day, il6Hours))), List.of(), List.of());
    assertEquals(combined, kinds(f).contains(WarningKind.FEVER_AND_IL6_WITHIN_36_H), f.toString());
    assertEquals(fever, kinds(f).contains(WarningKind.EARLY_FEVER), f.toString());
    assertEquals(caveats, f.caveats().size(), f.caveats().toString());
  }

  @Test
  void theCombinedWarningIsDatedByItsLaterPartAndSaysBoth() {
    EarlyWarnings.Findings f = EarlyWarnings.evaluate(List.of(
        Measurement.of(Analyte.TEMPERATURE, 39.2, "Cel", TimePoint.of(0, 8)),
        Measurement.of(Analyte.IL6, 45, "pg/mL", TimePoint.of(1, 30))), List.of(), List.of());
    EarlyWarning w = f.warnings().stream().filter(x -> x.kind() == WarningKind.FEVER_AND_IL6_WITHIN_36_H)
        .findFirst().orElseThrow();
    assertEquals(TimePoint.of(1, 30), w.time());
    assertEquals("temperature 39.2 Cel on day 0 (8 h) and IL-6 45 pg/mL on day +1 (30 h), both within 36 h of "
        + "infusion.", w.found());
    assertTrue(w.meaning().contains("100% sensitivity for later grade 4 neurotoxicity"));
  }

  @ParameterizedTest(name = "IL-6 {0} {1} on day {2}: warning {3}")
  @CsvSource({
      "501,   pg/mL, 0, true",
      "600,   pg/mL, 6, true",    // day 6 is within the first 6 days (choice 5)
      "600,   pg/mL, 7, false",   // after day 6 (the source: 18% grade 4)
      "500.9, pg/mL, 3, false",
      "0.501, ng/mL, 3, true",    // 0.501 ng/mL = 501 pg/mL
  })
  void il6AtLeast501WithinSixDays(double v, String unit, int day, boolean warns) {
    EarlyWarnings.Findings f = EarlyWarnings.evaluate(
        List.of(Measurement.of(Analyte.IL6, v, unit, TimePoint.ofDay(day))), List.of(), List.of());
    assertEquals(warns, kinds(f).contains(WarningKind.IL6_AT_LEAST_501_WITHIN_6_DAYS), f.toString());
  }

  @ParameterizedTest(name = "IL-6 on day {0} ({1} h), tocilizumab on day {2} ({3} h): counted {4}")
  @CsvSource({
      "5, '', 4, 80, false",  // drawn a day after tocilizumab: left out
      "3, '', 4, 80, true",   // drawn the day before: counted
      "4, '', 4, 80, false",  // same day, order unknown: left out, with a caveat asking for hours
      "4, 78, 4, 80, true",   // 2 h before the dose: counted
      "4, 80, 4, 80, false",  // at the dose: left out
  })
  void il6AfterTocilizumabIsLeftOut(int day, String hours, int tociDay, String tociHours, boolean counted) {
    EarlyWarnings.Findings f = EarlyWarnings.evaluate(
        List.of(Measurement.of(Analyte.IL6, 1200, "pg/mL", at(day, hours))), List.of(), List.of(at(tociDay, tociHours)));
    assertEquals(counted, kinds(f).contains(WarningKind.IL6_AT_LEAST_501_WITHIN_6_DAYS), f.toString());
    assertEquals(counted ? 0 : 1, f.caveats().size());
    if (!counted) {
      assertTrue(f.caveats().get(0).text().contains("tocilizumab raises serum IL-6"), f.caveats().toString());
    }
  }

  @ParameterizedTest(name = "ferritin {0} {1} on day {2}: warning {3}")
  @CsvSource({
      "1999, ng/mL, 3, false, ''",
      "2000, ng/mL, 3, true,  between the published 2,000 ng/mL (51%) and 4,000 ng/mL (98%) points",
      "2450, ug/L,  3, true,  no probability is interpolated",
      "4000, ng/mL, 3, true,  at or above the 4,000 ng/mL point (98%",
      "4,    mg/L,  3, true,  at or above the 4,000 ng/mL point",   // 4 mg/L = 4,000 ng/mL
      "5000, ng/mL, 2, false, ''",                                  // not day 3
      "5000, ng/mL, 4, false, ''",
  })
  void dayThreeFerritinAtThePublishedPoints(double v, String unit, int day, boolean warns, String phrase) {
    EarlyWarnings.Findings f = EarlyWarnings.evaluate(
        List.of(Measurement.of(Analyte.FERRITIN, v, unit, TimePoint.ofDay(day))), List.of(), List.of());
    assertEquals(warns, kinds(f).contains(WarningKind.DAY_3_FERRITIN), f.toString());
    if (warns) {
      assertTrue(f.warnings().get(0).found().contains(phrase), f.warnings().get(0).found());
    }
  }

  @ParameterizedTest(name = "CRS grades {0}: {1}")
  @CsvSource({
      "'0:0 1:0 2:1 5:2',  EARLY_CRS_ONSET",
      "'3:1',              EARLY_CRS_ONSET",
      "'4:1 6:2',          ''",
      "'2:1 4:3',          EARLY_CRS_ONSET SEVERE_CRS",
      "'5:1 6:4',          SEVERE_CRS",
      "'0:0 1:0',          ''",
      "'-1:3 0:0',         ''",      // before infusion: outside every window
  })
  void crsOnsetAndSeverity(String grades, String expected) {
    List<CrsGradeAt> crs = new ArrayList<>();
    for (String g : grades.split(" ")) {
      String[] p = g.split(":");
      crs.add(CrsGradeAt.recorded(TimePoint.ofDay(Double.parseDouble(p[0])), Integer.parseInt(p[1])));
    }
    List<String> got = new ArrayList<>();
    for (WarningKind k : kinds(EarlyWarnings.evaluate(List.of(), crs, List.of()))) {
      got.add(k.name());
    }
    assertEquals(expected, String.join(" ", got));
  }

  @Test
  void severeCrsSaysWhenCrsBegan() {
    EarlyWarnings.Findings f = EarlyWarnings.evaluate(List.of(),
        List.of(CrsGradeAt.recorded(TimePoint.ofDay(1), 1), CrsGradeAt.recorded(TimePoint.ofDay(4), 3)), List.of());
    assertEquals("CRS grade 3 on day +4 (CRS began day +1, within 3 days of infusion).", f.warnings().get(1).found());
  }

  @Test
  void warningsAreInTimeOrder() {
    EarlyWarnings.Findings f = EarlyWarnings.evaluate(List.of(
        Measurement.of(Analyte.FERRITIN, 4500, "ng/mL", TimePoint.ofDay(3)),
        Measurement.of(Analyte.TEMPERATURE, 38.5, "Cel", TimePoint.of(0, 6))),
        List.of(CrsGradeAt.recorded(TimePoint.ofDay(5), 3), CrsGradeAt.recorded(TimePoint.ofDay(1), 1)), List.of());
    assertEquals(List.of(WarningKind.EARLY_FEVER, WarningKind.EARLY_CRS_ONSET, WarningKind.DAY_3_FERRITIN,
        WarningKind.SEVERE_CRS), kinds(f));
  }

  @Test
  void windowsClassifyTimePoints() {
    WarningWindow w36 = WarningKind.FEVER_AND_IL6_WITHIN_36_H.window();
    assertEquals(WarningWindow.Membership.INSIDE, w36.classify(TimePoint.ofDay(0)));
    assertEquals(WarningWindow.Membership.UNCERTAIN, w36.classify(TimePoint.ofDay(1)));
    assertEquals(WarningWindow.Membership.UNCERTAIN, w36.classify(TimePoint.ofDay(2)));
    assertEquals(WarningWindow.Membership.OUTSIDE, w36.classify(TimePoint.ofDay(3)));
    assertEquals(WarningWindow.Membership.OUTSIDE, w36.classify(TimePoint.ofDay(-1)));
    assertEquals(WarningWindow.Membership.INSIDE, w36.classify(TimePoint.of(1, 36)));
    assertEquals(WarningWindow.Membership.OUTSIDE, w36.classify(TimePoint.of(1, 36.5)));
    assertEquals("0-36 h after infusion", w36.describe());
    assertEquals("day +3", WarningKind.DAY_3_FERRITIN.window().describe());
    assertEquals("days 0 to +6 after infusion", WarningKind.IL6_AT_LEAST_501_WITHIN_6_DAYS.window().describe());
  }

  private static CrsGrade graded(double temperature, Hypotension hypotension, boolean oxygenAssessed) {
    CrsObservation.Builder b = CrsObservation.builder().temperatureCelsius(temperature).hypotension(hypotension);
    if (oxygenAssessed) {
      b.oxygen(OxygenSupport.roomAir());
    }
    return CrsGrader.grade(b.build());
  }

  @Test
  void theGradersCrsGradesGiveTheSameWarningsAsRecordedOnes() {
    CrsGrade one = graded(38.5, Hypotension.NONE, true);
    CrsGrade three = graded(39, Hypotension.ONE_VASOPRESSOR, true);
    EarlyWarnings.Findings f = EarlyWarnings.evaluate(List.of(),
        List.of(CrsGradeAt.of(TimePoint.ofDay(1), one), CrsGradeAt.of(TimePoint.ofDay(4), three)), List.of());
    assertEquals(List.of(WarningKind.EARLY_CRS_ONSET, WarningKind.SEVERE_CRS), kinds(f));
    assertEquals("CRS grade 3 on day +4 (CRS began day +1, within 3 days of infusion).", f.warnings().get(1).found());
    assertTrue(f.caveats().isEmpty(), f.caveats().toString());
  }

  @Test
  void anUngradedAssessmentIsNeverGradeZero() {
    // Nothing of CRS gradeable on days 1 and 2, grade 1 from day 5: no early onset, and the caveat says why.
    CrsGrade none = CrsGrader.grade(CrsObservation.notAssessed());
    assertTrue(none.grade().isEmpty());
    EarlyWarnings.Findings f = EarlyWarnings.evaluate(List.of(), List.of(CrsGradeAt.of(TimePoint.ofDay(1), none),
        CrsGradeAt.of(TimePoint.ofDay(2.5), none), CrsGradeAt.of(TimePoint.ofDay(5), graded(38.5, Hypotension.NONE, true))),
        List.of());
    assertEquals(List.of(), kinds(f));
    List<String> caveats = f.caveats().stream().map(Caveat::text).toList();
    assertEquals(List.of("CRS could not be graded on day +1, day +2.5 (nothing gradeable): not read as grade 0, so "
        + "CRS onset and severity are unknown there."), caveats);
  }

  @Test
  void aLowerBoundBelowSevereIsSaid() {
    // Hypotension on fluids with oxygen not assessed: grade 2, a lower bound (hypoxia could make it 3 or 4).
    EarlyWarnings.Findings f = EarlyWarnings.evaluate(List.of(),
        List.of(CrsGradeAt.of(TimePoint.ofDay(2), graded(39, Hypotension.FLUIDS, false))), List.of());
    assertEquals(List.of(WarningKind.EARLY_CRS_ONSET), kinds(f));
    assertEquals("CRS grade 2 (lower bound: hypoxia not assessed) from day +2, within 3 days of infusion.",
        f.warnings().get(0).found());
    assertTrue(f.caveats().get(0).text().startsWith("CRS grades that are only lower bounds: day +2 (CRS grade 2 "
        + "(lower bound: hypoxia not assessed)); the grade may have been higher"), f.caveats().toString());
  }

  @ParameterizedTest(name = "CRS grade 1 from day {0}: early onset {1}")
  @CsvSource({"3.5, true", "3.99, true", "4, false", "0.25, true", "-0.5, false"})
  void aFractionalDayCountsAsItsCalendarDayInDayWindows(double day, boolean early) {
    EarlyWarnings.Findings f = EarlyWarnings.evaluate(List.of(),
        List.of(CrsGradeAt.recorded(TimePoint.ofDay(day), 1)), List.of());
    assertEquals(early, kinds(f).contains(WarningKind.EARLY_CRS_ONSET), f.warnings().toString());
  }
}
