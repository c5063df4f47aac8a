package org.icans.guidance;

import java.util.Objects;
import org.icans.model.Coded;

/**
 * How urgently a patient or caregiver should act on what they notice at home, in the words of the
 * patient education sheet (seed 003). Declared from the least to the most urgent, so that
 * {@link #compareTo} orders by urgency.
 *
 * <p>The sheet has three instructions: call 911 for a seizure or a patient hard to wake or keep
 * awake; call the care provider (or get emergency help) right away for the signs it lists; and let
 * the doctor know about signs of fever such as chills, shivering or sweating. When none of these
 * applies, the patient keeps watching for them.
 */
public enum Urgency implements Coded {
  /** None of the sheet's warning signs: keep watching for them. */
  KEEP_WATCHING("keep_watching", "Keep watching"),
  /** Signs of fever such as chills, shivering or sweating: let the care team know (sheet). */
  TELL_CARE_TEAM("tell_care_team", "Let your care team know"),
  /** A sign on the sheet's list: call the care team or get emergency help right away (sheet). */
  CALL_CARE_TEAM_NOW("call_care_team_now", "Call your care team right away"),
  /** A seizure, or hard to wake up or keep awake: call 911 and go to the emergency department. */
  EMERGENCY("emergency", "Emergency: call 911 now");

  private final String code;
  private final String label;

  Urgency(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The stable code, as files and command lines write it: {@code call_care_team_now}. */
  @Override
  public String code() {
    return code;
  }

  /** A short label in plain language, for example "Call your care team right away". */
  public String label() {
    return label;
  }

  /** Whether this urgency is higher than the other. */
  public boolean isMoreUrgentThan(Urgency other) {
    return compareTo(Objects.requireNonNull(other, "other")) > 0;
  }

  /**
   * The urgency with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code urgency})
   *     naming the code and every allowed code
   */
  public static Urgency fromCode(String code) {
    return Coded.fromCode(Urgency.class, "urgency", code);
  }
}
