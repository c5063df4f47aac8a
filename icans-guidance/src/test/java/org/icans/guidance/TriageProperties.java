package org.icans.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the symptom triage, over any report. */
class TriageProperties {

  @Property(tries = 500)
  void addingASymptomNeverLowersTheUrgency(@ForAll("reports") SymptomReport report, @ForAll Symptom more) {
    Urgency before = SymptomTriage.triage(report).urgency();
    Urgency after = SymptomTriage.triage(report.with(more)).urgency();
    assertFalse(before.isMoreUrgentThan(after), () -> before + " -> " + after);
    assertFalse(more.urgency().isMoreUrgentThan(after));
  }

  @Property(tries = 500)
  void takingATemperatureNeverLowersTheUrgency(@ForAll("reports") SymptomReport report,
      @ForAll("temperatures") BodyTemperature reading) {
    SymptomReport without = new SymptomReport(report.symptoms(), Optional.empty());
    Urgency before = SymptomTriage.triage(without).urgency();
    Urgency after = SymptomTriage.triage(without.withTemperature(reading)).urgency();
    assertFalse(before.isMoreUrgentThan(after));
    if (reading.isFever()) {
      assertFalse(Urgency.CALL_CARE_TEAM_NOW.isMoreUrgentThan(after));
    }
  }

  @Property(tries = 500)
  void aSeizureOrAPatientHardToWakeIsAlwaysAnEmergency(@ForAll("reports") SymptomReport report,
      @ForAll("emergencies") Symptom sign) {
    Triage t = SymptomTriage.triage(report.with(sign));
    assertEquals(Urgency.EMERGENCY, t.urgency());
    assertTrue(t.instructions().get(0).text().startsWith("Call 911"));
  }

  @Property(tries = 500)
  void theUrgencyIsTheHighestOfTheSymptoms(@ForAll("reports") SymptomReport report) {
    Triage t = SymptomTriage.triage(report);
    Set<Symptom> effective = report.effectiveSymptoms();
    Urgency max = Urgency.KEEP_WATCHING;
    for (Symptom s : effective) {
      max = s.urgency().isMoreUrgentThan(max) ? s.urgency() : max;
    }
    assertEquals(max, t.urgency());
    assertEquals(effective.isEmpty(), t.urgency() == Urgency.KEEP_WATCHING);
    int temperatureNote = report.temperature().isPresent() && !report.temperature().get().isFever() ? 1 : 0;
    assertEquals(effective.size() + temperatureNote, t.reasons().size());
  }

  @Property(tries = 300)
  void everyLineOfATriageCitesASource(@ForAll("reports") SymptomReport report, @ForAll boolean withContext,
      @ForAll TextFormat format) {
    Triage t = SymptomTriage.triage(report);
    GuidanceDocument doc = withContext ? t.document(GuidanceArbitraries.sampleContext()) : t.document();
    for (GuidanceLine line : doc.lines()) {
      assertFalse(line.sources().isEmpty());
    }
    String rendered = doc.render(format);
    assertEquals(java.util.List.of(), RenderedCitations.problems(rendered, format), rendered);
  }

  @Provide
  Arbitrary<SymptomReport> reports() {
    Arbitrary<Set<Symptom>> symptoms = Arbitraries.of(Symptom.class).set().ofMaxSize(Symptom.values().length);
    Arbitrary<Optional<BodyTemperature>> temperature = temperatures().optional(0.5);
    return Combinators.combine(symptoms, temperature).as(SymptomReport::new);
  }

  @Provide
  Arbitrary<BodyTemperature> temperatures() {
    return GuidanceArbitraries.temperatures();
  }

  @Provide
  Arbitrary<Symptom> emergencies() {
    return Arbitraries.of(Symptom.SEIZURE, Symptom.DIFFICULTY_WAKING);
  }
}
