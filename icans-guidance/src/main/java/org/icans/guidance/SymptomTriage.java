package org.icans.guidance;

import static org.icans.guidance.GuidanceSources.SHEET_GETTING_BETTER;
import static org.icans.guidance.GuidanceSources.SHEET_WHEN_TO_CALL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Symptom triage for patients and caregivers at home after CAR T-cell or bispecific antibody
 * therapy, by the patient education sheet (seed 003): symptoms in, an {@link Urgency} out with the
 * reason for each symptom and its source. See {@link Symptom} for the rule of each symptom.
 *
 * <p>Also the sheet's signs that ICANS is getting better.
 *
 * <p>Stateless and thread-safe.
 */
public final class SymptomTriage {
  private SymptomTriage() {}

  private static final List<GuidanceLine> SIGNS_OF_IMPROVEMENT = List.of(
      GuidanceLine.of("Less confusion.", SHEET_GETTING_BETTER),
      GuidanceLine.of("Less difficulty staying awake.", SHEET_GETTING_BETTER),
      GuidanceLine.of("Improvement in shaking or twitching (tremor).", SHEET_GETTING_BETTER),
      GuidanceLine.of("Improvement of headache.", SHEET_GETTING_BETTER));

  /** The triage of a report. */
  public static Triage triage(SymptomReport report) {
    Objects.requireNonNull(report, "report");
    Set<Symptom> symptoms = report.effectiveSymptoms();
    Urgency urgency = Urgency.KEEP_WATCHING;
    for (Symptom s : symptoms) {
      if (s.urgency().isMoreUrgentThan(urgency)) {
        urgency = s.urgency();
      }
    }
    List<GuidanceLine> reasons = new ArrayList<>();
    for (int u = Urgency.values().length - 1; u >= 0; u--) {
      for (Symptom s : symptoms) {
        if (s.urgency().ordinal() == u) {
          reasons.add(reason(s, report, urgency));
        }
      }
    }
    report.temperature().filter(t -> !t.isFever()).ifPresent(t -> reasons.add(GuidanceLine.of(
        "Temperature " + t.display() + ": not a fever; a fever is " + BodyTemperature.FEVER_THRESHOLD
            + " or higher.",
        SHEET_WHEN_TO_CALL)));
    return new Triage(report, urgency, reasons);
  }

  /** The triage of these symptoms, without a temperature reading. */
  public static Triage triage(Symptom... symptoms) {
    return triage(SymptomReport.of(symptoms));
  }

  /** The sheet's signs that ICANS is getting better, each cited. */
  public static List<GuidanceLine> signsOfImprovement() {
    return SIGNS_OF_IMPROVEMENT;
  }

  /**
   * The reason for one symptom: why, and, when this symptom decides the urgency, what to do (the
   * action of a less urgent symptom would contradict the headline).
   */
  private static GuidanceLine reason(Symptom s, SymptomReport report, Urgency overall) {
    boolean decides = s.urgency() == overall;
    if (s == Symptom.FEVER && report.temperature().isPresent() && report.temperature().get().isFever()) {
      return GuidanceLine.of("Temperature " + report.temperature().get().display() + ": this is a fever, one "
          + "of the warning signs. A fever is " + BodyTemperature.FEVER_THRESHOLD + " or higher."
          + (decides ? " " + Symptom.action(s.urgency()) : ""), SHEET_WHEN_TO_CALL);
    }
    return decides ? s.reason() : s.explanation();
  }
}
