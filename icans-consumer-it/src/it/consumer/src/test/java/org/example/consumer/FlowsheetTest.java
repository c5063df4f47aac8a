package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.icans.grading.GradingSources;
import org.icans.grading.icans.IcansGrade;
import org.icans.guidance.GuidanceSources;
import org.icans.guidance.Symptom;
import org.icans.guidance.SymptomReport;
import org.icans.guidance.SymptomTriage;
import org.icans.guidance.Triage;
import org.icans.guidance.Urgency;
import org.icans.grading.icans.IcansGrader;
import org.icans.management.ManagementPolicies;
import org.icans.management.Plan;
import org.icans.management.Situation;
import org.icans.model.assessment.Assessment;
import org.icans.model.icans.Consciousness;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.Measurement;
import org.icans.risk.observation.TimePoint;
import org.icans.risk.score.ScoreCalculator;
import org.junit.jupiter.api.Test;

class FlowsheetTest {

  @Test
  void gradesAndExplains() {
    IcansGrade grade = Flowsheet.grade(2, Consciousness.AWAKENS_TO_VOICE, 54);
    assertEquals(3, grade.grade().getAsInt());
    assertTrue(grade.summary().startsWith("ICANS grade 3 by encephalopathy"), grade.summary());
  }

  @Test
  void plansUnderANamedPolicy() {
    Plan plan = ManagementPolicies.require("asco-2021").plan(Situation.of(3, 0, 60, 70));
    assertTrue(plan.hasCorticosteroid(), plan::toText);
  }

  @Test
  void walksFromBedsideRowsToThePlanOfTheWorstDay() {
    java.util.List<Assessment> days = BedsideFlow.sevenDays();
    org.icans.grading.course.PatientCourse course = org.icans.grading.course.PatientCourse.of(days);
    org.icans.grading.course.GradedAssessment worst = course.worst().orElseThrow();
    assertEquals(5.0, worst.day());
    assertEquals(2, worst.icans().grade().getAsInt());
    assertTrue(worst.icans().summary().contains("lower bound"), worst.icans().summary());
    assertEquals(course.icansPeak().orElseThrow(), worst);
    Plan plan = BedsideFlow.planForTheWorstDay(days, "asco-2021");
    String text = plan.toText();
    assertTrue(text.contains("ICANS grade 2 (lower bound: a domain not assessed)"), text);
    assertTrue(text.contains("seizures: not assessed"), text);
    assertTrue(text.contains("axicabtagene ciloleucel"), text);
  }

  @Test
  void theRiskReportReadsTheSameCourse() {
    org.icans.risk.report.RiskReport report = BedsideFlow.riskReport(BedsideFlow.sevenDays());
    // CRS grade 1 from day 1 (fever 38.6 C): CRS began within 3 days of infusion.
    assertTrue(report.warnings().stream()
        .anyMatch(w -> w.kind() == org.icans.risk.warning.WarningKind.EARLY_CRS_ONSET), report::toText);
    assertTrue(report.toText().contains("axicabtagene ciloleucel"), report::toText);
    assertEquals(report, BedsideFlow.riskReport(BedsideFlow.sevenDays()), "value equality");
    assertTrue(report.scores().size() > 0, report::toText);
  }

  @Test
  void computesARiskScoreWithUnits() {
    TimePoint day1 = TimePoint.ofDay(1);
    double mEasix = ScoreCalculator.mEasix(Measurement.of(Analyte.LDH, 300, "U/L", day1),
        Measurement.of(Analyte.CRP, 50, "mg/L", day1), Measurement.of(Analyte.PLATELETS, 100, "10*9/L", day1)).value();
    assertEquals(15.0, mEasix, 1e-9, "LDH 300 x CRP 5 mg/dL / platelets 100");
  }

  @Test
  void triagesWhatThePatientReportsAtHome() {
    Triage triage = SymptomTriage.triage(SymptomReport.of(Symptom.SEIZURE));
    assertEquals(Urgency.EMERGENCY, triage.urgency(), triage.document()::toString);
    // Guidance cites the grading consensus by value, without depending on the grader: the same citation.
    assertEquals(GradingSources.LEE19_TREMOR, GuidanceSources.LEE19_TREMOR);
    assertEquals(GradingSources.CHOICE_TOOL, GuidanceSources.CHOICE_TOOL);
  }

  @Test
  void theRunModeIsTheOneThisExecutionClaims() {
    // The default execution runs on the module path, the "class-path" execution on the class path.
    boolean onModulePath = FlowsheetTest.class.getModule().isNamed();
    System.out.println("icans consumer test on the " + (onModulePath ? "module path" : "class path"));
    if (onModulePath) {
      assertTrue(IcansGrader.class.getModule().isNamed());
    }
  }

  @Test
  void publishedJarsExportOnlyTheirApi() throws URISyntaxException {
    assertEquals(Set.of("org.icans.grading", "org.icans.grading.course", "org.icans.grading.crs",
        "org.icans.grading.icans"), exportsOf(IcansGrader.class));
    assertEquals(Set.of("org.icans.model", "org.icans.model.assessment", "org.icans.model.crs",
        "org.icans.model.encephalopathy", "org.icans.model.evidence", "org.icans.model.icans",
        "org.icans.model.patient"), exportsOf(Assessment.class));
    for (String api : exportsOf(ManagementPolicies.class)) {
      assertTrue(!api.contains(".internal"), api);
    }
    assertEquals(Set.of("org.icans.guidance"), exportsOf(Triage.class));
    assertEquals(Set.of("org.icans.testing"), exportsOf(org.icans.testing.IcansObservations.class));
    assertTrue(Triage.class.getModule().getDescriptor() == null
        || Triage.class.getModule().getDescriptor().requires().stream().noneMatch(r -> r.name().startsWith("org.icans.grading")),
        "guidance needs only the model");
    for (String api : exportsOf(ScoreCalculator.class)) {
      assertTrue(!api.contains(".internal"), api);
    }
  }

  private static Set<String> exportsOf(Class<?> type) throws URISyntaxException {
    Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleReference module = ModuleFinder.of(jar).findAll().iterator().next();
    ModuleDescriptor descriptor = module.descriptor();
    assertTrue(!descriptor.isAutomatic(), jar + " must carry a module-info");
    Set<String> exports = new TreeSet<>();
    for (ModuleDescriptor.Exports e : descriptor.exports()) {
      if (e.isQualified()) {
        // Friend exports between icans modules only, never readable by a consumer: the model's
        // packed findings (to the grader), the list null checks (to guidance and management) and the
        // one JSON writer (to management and risk).
        Map<String, Set<String>> allowed = Map.of(
            "org.icans.model.internal", Set.of("org.icans.grading"),
            "org.icans.model.internal.check", Set.of("org.icans.guidance", "org.icans.management"),
            "org.icans.model.internal.json", Set.of("org.icans.management", "org.icans.risk"));
        assertEquals(allowed.get(e.source()), e.targets(), "unexpected qualified export " + e);
        continue;
      }
      exports.add(e.source());
    }
    return exports;
  }
}
