package org.icans.guidance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a patient's or caregiver's symptom report: how urgently to act, what to do, and
 * why, symptom by symptom, each reason with its source. Made by {@link SymptomTriage#triage}.
 *
 * <p>The urgency is the highest urgency of the symptoms reported (a measured fever counts as
 * {@link Symptom#FEVER}); with no warning sign it is {@link Urgency#KEEP_WATCHING}. So adding a
 * symptom never lowers it, and a seizure or a patient hard to wake is always an emergency.
 *
 * <p>Immutable.
 */
public final class Triage {
  private final SymptomReport report;
  private final Urgency urgency;
  private final List<GuidanceLine> reasons;

  Triage(SymptomReport report, Urgency urgency, List<GuidanceLine> reasons) {
    this.report = report;
    this.urgency = urgency;
    this.reasons = List.copyOf(reasons);
  }

  /** The report this answers. */
  public SymptomReport report() {
    return report;
  }

  /** How urgently to act. */
  public Urgency urgency() {
    return urgency;
  }

  /**
   * Why, one line per symptom (and one for a temperature reading), the most urgent first; empty
   * when nothing was reported.
   */
  public List<GuidanceLine> reasons() {
    return reasons;
  }

  /** What to do now, in plain language, the most important first. */
  public List<GuidanceLine> instructions() {
    return Documents.triageInstructions(urgency, Optional.empty());
  }

  /** The answer as a document for the patient or caregiver. */
  public GuidanceDocument document() {
    return Documents.triage(this, Optional.empty());
  }

  /** The answer as a document, naming the patient's care team and how to reach it. */
  public GuidanceDocument document(PatientContext context) {
    return Documents.triage(this, Optional.of(Objects.requireNonNull(context, "context")));
  }
}
