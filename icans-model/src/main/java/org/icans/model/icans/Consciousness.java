package org.icans.model.icans;

/**
 * The depressed level of consciousness domain of ICANS (Lee DW et al. 2019, ASTCT table; seed 002
 * Table 2).
 *
 * <p>{@link #ALERT} is a normal level of consciousness. It is <em>not</em> the same as
 * {@link #AWAKENS_SPONTANEOUSLY}, which the consensus lists as a depressed level of consciousness
 * (grade 1): a drowsy patient who still wakes by themselves. Recording a normally alert patient as
 * "awakens spontaneously" grades them 1.
 */
public enum Consciousness {
  /** Normal level of consciousness. */
  ALERT,
  /** Depressed, but wakes without stimulus. */
  AWAKENS_SPONTANEOUSLY,
  /** Wakes to voice. */
  AWAKENS_TO_VOICE,
  /** Wakes only to tactile stimulus. */
  AWAKENS_TO_TOUCH,
  /** Unarousable, or needs vigorous or repetitive tactile stimuli to arouse; stupor or coma. */
  UNAROUSABLE
}
