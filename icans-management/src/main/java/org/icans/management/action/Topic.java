package org.icans.management.action;

import org.icans.model.Coded;

/**
 * The clinical subject of an action or of a source's silence, by which plans are grouped and
 * compared side by side: the places where the guidelines disagree (corticosteroids,
 * anti-cytokine therapy for concurrent CRS, seizure prophylaxis, level of care, monitoring,
 * work-up).
 */
public enum Topic implements Coded {
  /** Corticosteroids: agent, dose, interval, duration, taper, and their risks. */
  CORTICOSTEROIDS("corticosteroids", "Corticosteroids"),
  /** Tocilizumab, siltuximab, anakinra and other immunomodulators, and their cautions. */
  ANTI_CYTOKINE("anti_cytokine", "Anti-cytokine and other immunomodulatory therapy"),
  /** Seizure prophylaxis and treatment. */
  SEIZURES("seizures", "Seizure prophylaxis and treatment"),
  /** Other medicines (agitation). */
  OTHER_MEDICATION("other_medication", "Other medication"),
  /** Level of care. */
  LEVEL_OF_CARE("level_of_care", "Level of care"),
  /** Monitoring. */
  MONITORING("monitoring", "Monitoring"),
  /** Work-up. */
  WORKUP("workup", "Work-up"),
  /** Measures for cerebral edema and raised intracranial pressure. */
  INTRACRANIAL_PRESSURE("intracranial_pressure", "Cerebral edema and raised intracranial pressure"),
  /** Supportive care and other measures. */
  SUPPORTIVE_CARE("supportive_care", "Supportive care and other measures"),
  /** Anything else (a source's whole row that could not be verified, other cautions). */
  GENERAL("general", "General");

  private final String code;
  private final String title;

  Topic(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /** The heading for people, for example {@code "Corticosteroids"}. */
  public String title() {
    return title;
  }

  /** The stable code, as files and command lines write it: {@code corticosteroids}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The topic with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code topic})
   *     naming the code and every allowed code
   */
  public static Topic fromCode(String code) {
    return Coded.fromCode(Topic.class, "topic", code);
  }
}
