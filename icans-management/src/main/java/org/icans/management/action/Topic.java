package org.icans.management.action;

import java.util.Locale;

/**
 * The clinical subject of an action or of a source's silence, by which plans are grouped and
 * compared side by side: the places where the guidelines disagree (corticosteroids,
 * anti-cytokine therapy for concurrent CRS, seizure prophylaxis, level of care, monitoring,
 * work-up).
 */
public enum Topic {
  /** Corticosteroids: agent, dose, interval, duration, taper, and their risks. */
  CORTICOSTEROIDS("Corticosteroids"),
  /** Tocilizumab, siltuximab, anakinra and other immunomodulators, and their cautions. */
  ANTI_CYTOKINE("Anti-cytokine and other immunomodulatory therapy"),
  /** Seizure prophylaxis and treatment. */
  SEIZURES("Seizure prophylaxis and treatment"),
  /** Other medicines (agitation). */
  OTHER_MEDICATION("Other medication"),
  /** Level of care. */
  LEVEL_OF_CARE("Level of care"),
  /** Monitoring. */
  MONITORING("Monitoring"),
  /** Work-up. */
  WORKUP("Work-up"),
  /** Measures for cerebral edema and raised intracranial pressure. */
  INTRACRANIAL_PRESSURE("Cerebral edema and raised intracranial pressure"),
  /** Supportive care and other measures. */
  SUPPORTIVE_CARE("Supportive care and other measures"),
  /** Anything else (a source's whole row that could not be verified, other cautions). */
  GENERAL("General");

  private final String title;

  Topic(String title) {
    this.title = title;
  }

  /** The heading for people, for example {@code "Corticosteroids"}. */
  public String title() {
    return title;
  }

  /** The identifier used in JSON, for example {@code "level_of_care"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
