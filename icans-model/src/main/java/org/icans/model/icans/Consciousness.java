package org.icans.model.icans;

import org.icans.model.Coded;

/**
 * The depressed level of consciousness domain of ICANS (Lee DW et al. 2019, ASTCT table; seed 002
 * Table 2).
 *
 * <p>{@link #ALERT} is a normal level of consciousness. It is <em>not</em> the same as
 * {@link #AWAKENS_SPONTANEOUSLY}, which the consensus lists as a depressed level of consciousness
 * (grade 1): a drowsy patient who still wakes by themselves. Recording a normally alert patient as
 * "awakens spontaneously" grades them 1.
 */
public enum Consciousness implements Coded {
  /** Normal level of consciousness. */
  ALERT("alert"),
  /** Depressed, but wakes without stimulus. */
  AWAKENS_SPONTANEOUSLY("awakens_spontaneously"),
  /** Wakes to voice. */
  AWAKENS_TO_VOICE("awakens_to_voice"),
  /** Wakes only to tactile stimulus. */
  AWAKENS_TO_TOUCH("awakens_to_touch"),
  /** Unarousable, or needs vigorous or repetitive tactile stimuli to arouse; stupor or coma. */
  UNAROUSABLE("unarousable");

  private final String code;

  Consciousness(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code alert}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The level of consciousness with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code consciousness})
   *     naming the code and every allowed code
   */
  public static Consciousness fromCode(String code) {
    return Coded.fromCode(Consciousness.class, "consciousness", code);
  }
}
