package org.icans.management.action;

import java.util.Locale;

/** The kind of a plan action. */
public enum ActionKind {
  /** A drug with its dose rule and computed dose. */
  MEDICATION,
  /** An assessment to repeat (ICE score, neurological checks, laboratory values). */
  MONITORING,
  /** A diagnostic test (MRI, CT, EEG, lumbar puncture, fundoscopy). */
  WORKUP,
  /** Where the patient is cared for (ICU, intermediate care, admission, outpatient). */
  LEVEL_OF_CARE,
  /** A supportive or organisational measure (aspiration precautions, neurology consult, withhold the drug). */
  SUPPORTIVE_CARE,
  /** Something to avoid or a risk to weigh. */
  CAUTION;

  /** The identifier used in JSON, for example {@code "level_of_care"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
