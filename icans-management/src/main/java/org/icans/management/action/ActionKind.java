package org.icans.management.action;

import org.icans.model.Coded;

/** The kind of a plan action. */
public enum ActionKind implements Coded {
  /** A drug with its dose rule and computed dose. */
  MEDICATION("medication"),
  /** An assessment to repeat (ICE score, neurological checks, laboratory values). */
  MONITORING("monitoring"),
  /** A diagnostic test (MRI, CT, EEG, lumbar puncture, fundoscopy). */
  WORKUP("workup"),
  /** Where the patient is cared for (ICU, intermediate care, admission, outpatient). */
  LEVEL_OF_CARE("level_of_care"),
  /** A supportive or organisational measure (aspiration precautions, neurology consult, withhold the drug). */
  SUPPORTIVE_CARE("supportive_care"),
  /** Something to avoid or a risk to weigh. */
  CAUTION("caution");

  private final String code;

  ActionKind(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code medication}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The action kind with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code actionKind})
   *     naming the code and every allowed code
   */
  public static ActionKind fromCode(String code) {
    return Coded.fromCode(ActionKind.class, "actionKind", code);
  }
}
