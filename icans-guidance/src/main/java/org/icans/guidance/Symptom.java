package org.icans.guidance;

import static org.icans.guidance.GuidanceSources.SHEET_AT_HOME;
import static org.icans.guidance.GuidanceSources.SHEET_COMPLICATIONS;
import static org.icans.guidance.GuidanceSources.SHEET_PREVENT;
import static org.icans.guidance.GuidanceSources.SHEET_WHAT_TO_KNOW;
import static org.icans.guidance.GuidanceSources.SHEET_WHEN_TO_CALL;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.icans.model.Coded;
import org.icans.model.evidence.Citation;

/**
 * A symptom a patient or caregiver notices at home after CAR T-cell or bispecific antibody therapy,
 * as the patient education sheet (seed 003) names it, with the urgency the sheet gives it and why.
 *
 * <p>The sheet's rules, encoded one per constant:
 * <ul>
 *   <li>"Call 911 and go to the emergency department right away if you experience a seizure or if
 *       your caretaker has difficulty waking you up or keeping you awake": {@link #SEIZURE},
 *       {@link #DIFFICULTY_WAKING} are {@link Urgency#EMERGENCY}. The sheet also lists both under
 *       "call your care provider or get emergency help right away"; the stricter instruction wins.
 *   <li>"When should I call my care team?" (fever of 100.4 °F / 38 °C or higher, confusion, severe
 *       headache, tremor, severe nausea or vomiting, difficulty talking, weakness and/or problems
 *       with walking or balance, loss of muscle control) and "call your oncologist or go to the
 *       emergency department right away if you have any symptoms of ICANS, including headache, ...,
 *       restlessness, ..., or changes in behavior or emotions": {@link Urgency#CALL_CARE_TEAM_NOW}.
 *       Seeing things that are not there and extreme excitement are described by the sheet as
 *       symptoms of ICANS, so they fall under "any symptoms of ICANS".
 *   <li>"Let your doctor know if you experience any signs or symptoms of fever, such as chills or
 *       shivering, sweating": {@link #CHILLS_OR_SWEATING} is {@link Urgency#TELL_CARE_TEAM}.
 * </ul>
 *
 * <p>Each symptom has a stable lower-case {@link #code()} for command lines and files; see
 * {@link #fromCode(String)}.
 */
public enum Symptom implements Coded {
  /** A seizure: an emergency. */
  SEIZURE("seizure", "A seizure", "A seizure", Urgency.EMERGENCY, "seizures can happen in severe ICANS.",
      SHEET_PREVENT, SHEET_COMPLICATIONS),
  /** Hard to wake up or to keep awake, up to not waking at all: an emergency. */
  DIFFICULTY_WAKING("difficulty_waking", "Being hard to wake up or to keep awake",
      "Being hard to wake up or to keep awake: your caregiver has trouble waking you up or keeping you awake",
      Urgency.EMERGENCY, "severe ICANS can cause sleepiness you cannot control.",
      SHEET_PREVENT, SHEET_COMPLICATIONS, SHEET_WHEN_TO_CALL),
  /** A temperature of 38 °C (100.4 °F) or higher. */
  FEVER("fever", "Fever of " + BodyTemperature.FEVER_THRESHOLD + " or higher",
      "Fever of " + BodyTemperature.FEVER_THRESHOLD + " or higher",
      Urgency.CALL_CARE_TEAM_NOW, Why.LISTED, SHEET_WHEN_TO_CALL),
  /** Confusion: not knowing who or where one is, or what year it is. */
  CONFUSION("confusion", "Confusion",
      "Confusion, such as not knowing who you are, where you are or what year it is",
      Urgency.CALL_CARE_TEAM_NOW, Why.EARLY_SIGN, SHEET_WHEN_TO_CALL, SHEET_WHAT_TO_KNOW, SHEET_AT_HOME),
  /** A headache (not severe): the sheet still counts it among the symptoms of ICANS. */
  HEADACHE("headache", "Headache", "Headache", Urgency.CALL_CARE_TEAM_NOW, Why.EARLY_SIGN,
      SHEET_AT_HOME, SHEET_WHAT_TO_KNOW),
  /** A severe headache. */
  SEVERE_HEADACHE("severe_headache", "Severe headache", "Severe headache", Urgency.CALL_CARE_TEAM_NOW,
      Why.EARLY_SIGN, SHEET_WHEN_TO_CALL, SHEET_WHAT_TO_KNOW),
  /** Shaking or twitching (tremor). */
  TREMOR("tremor", "Shaking or twitching (tremor)", "Shaking or twitching (tremor)",
      Urgency.CALL_CARE_TEAM_NOW, Why.EARLY_SIGN, SHEET_WHEN_TO_CALL, SHEET_WHAT_TO_KNOW, SHEET_AT_HOME),
  /** Severe nausea or vomiting. */
  SEVERE_NAUSEA_OR_VOMITING("severe_nausea_or_vomiting", "Severe nausea or vomiting",
      "Severe nausea or vomiting", Urgency.CALL_CARE_TEAM_NOW, Why.LISTED, SHEET_WHEN_TO_CALL),
  /** Difficulty talking. */
  DIFFICULTY_TALKING("difficulty_talking", "Difficulty talking", "Difficulty talking",
      Urgency.CALL_CARE_TEAM_NOW, Why.SIGN, SHEET_WHEN_TO_CALL, SHEET_COMPLICATIONS, SHEET_AT_HOME),
  /** Weakness. */
  WEAKNESS("weakness", "Weakness", "Weakness", Urgency.CALL_CARE_TEAM_NOW, Why.EARLY_SIGN,
      SHEET_WHEN_TO_CALL, SHEET_WHAT_TO_KNOW, SHEET_AT_HOME),
  /** Problems with walking or balance. */
  WALKING_OR_BALANCE_PROBLEMS("walking_or_balance_problems", "Problems with walking or balance",
      "Problems with walking or balance", Urgency.CALL_CARE_TEAM_NOW, Why.SIGN,
      SHEET_WHEN_TO_CALL, SHEET_COMPLICATIONS, SHEET_AT_HOME),
  /** Loss of muscle control. */
  LOSS_OF_MUSCLE_CONTROL("loss_of_muscle_control", "Loss of muscle control", "Loss of muscle control",
      Urgency.CALL_CARE_TEAM_NOW, Why.LISTED, SHEET_WHEN_TO_CALL),
  /** Restlessness. */
  RESTLESSNESS("restlessness", "Restlessness", "Restlessness", Urgency.CALL_CARE_TEAM_NOW, Why.SIGN,
      SHEET_AT_HOME, SHEET_COMPLICATIONS),
  /** Changes in behaviour or emotions. */
  BEHAVIOUR_CHANGE("behaviour_change", "Changes in behaviour or emotions",
      "Changes in behaviour or emotions", Urgency.CALL_CARE_TEAM_NOW, Why.SIGN,
      SHEET_AT_HOME, SHEET_WHAT_TO_KNOW),
  /** Seeing things that are not there. */
  SEEING_THINGS("seeing_things", "Seeing things that are not there", "Seeing things that are not there",
      Urgency.CALL_CARE_TEAM_NOW, Why.SIGN, SHEET_WHAT_TO_KNOW, SHEET_AT_HOME),
  /** Extreme excitement. */
  EXTREME_EXCITEMENT("extreme_excitement", "Extreme excitement", "Extreme excitement",
      Urgency.CALL_CARE_TEAM_NOW, Why.SIGN, SHEET_WHAT_TO_KNOW, SHEET_AT_HOME),
  /** Signs of fever such as chills, shivering or sweating, without a measured fever. */
  CHILLS_OR_SWEATING("chills_or_sweating", "Chills, shivering or sweating",
      "Signs of fever such as chills, shivering or sweating", Urgency.TELL_CARE_TEAM,
      "these are signs of fever.", SHEET_PREVENT);

  /** Why a symptom is on the call-now list, in the sheet's terms. */
  private enum Why {
    EARLY_SIGN("this can be an early sign of ICANS, which can get worse quickly."),
    SIGN("this can be a sign of ICANS."),
    LISTED("this is on the list of warning signs.");

    final String text;

    Why(String text) {
      this.text = text;
    }
  }

  private final String code;
  private final String label;
  private final String description;
  private final Urgency urgency;
  private final String reason;
  private final List<Citation> sources;

  Symptom(String code, String label, String description, Urgency urgency, Why why, Citation... sources) {
    this(code, label, description, urgency, why.text, sources);
  }

  Symptom(String code, String label, String description, Urgency urgency, String reason,
      Citation... sources) {
    this.code = code;
    this.label = label;
    this.description = description;
    this.urgency = urgency;
    this.reason = reason;
    this.sources = List.of(sources);
  }

  /** The stable code, as files and command lines write it: {@code severe_headache}. */
  @Override
  public String code() {
    return code;
  }

  /** A short name in plain language, for example "Severe headache". */
  public String label() {
    return label;
  }

  /** The name with the sheet's explanation where it gives one, for a patient's list. */
  public String description() {
    return description;
  }

  /** How urgently to act on this symptom alone. */
  public Urgency urgency() {
    return urgency;
  }

  /**
   * Why, and what to do about this symptom alone, in plain language: "Severe headache: this can be
   * an early sign of ICANS, which can get worse quickly. Call your care team right away."
   */
  public GuidanceLine reason() {
    return new GuidanceLine(label + ": " + reason + " " + action(urgency), sources);
  }

  /** Why, without the action: for a symptom that is not the most urgent of a report. */
  GuidanceLine explanation() {
    return new GuidanceLine(label + ": " + reason, sources);
  }

  /** What to do at an urgency, as one sentence. */
  static String action(Urgency urgency) {
    switch (urgency) {
      case EMERGENCY:
        return "Call 911 and go to the emergency department right away.";
      case CALL_CARE_TEAM_NOW:
        return "Call your care team right away.";
      case TELL_CARE_TEAM:
        return "Let your care team know.";
      default:
        return "Keep watching.";
    }
  }

  /** The sections of the sheet that give this symptom its urgency. */
  public List<Citation> sources() {
    return sources;
  }

  /** The codes of all symptoms, comma-separated, for an error message or a help text. */
  public static String allowedCodes() {
    return Coded.allowedCodes(Symptom.class);
  }

  /**
   * The symptom with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code symptom})
   *     naming the code and every allowed code
   */
  public static Symptom fromCode(String code) {
    return Coded.fromCode(Symptom.class, "symptom", code);
  }

  /**
   * The symptoms with these codes, as an unmodifiable set in declaration order.
   *
   * @throws org.icans.model.InvalidValueException at the first unknown word, naming it and the
   *     allowed codes
   */
  public static Set<Symptom> fromCodes(Collection<String> words) {
    Objects.requireNonNull(words, "symptoms");
    Set<Symptom> set = EnumSet.noneOf(Symptom.class);
    for (String w : words) {
      set.add(fromCode(w));
    }
    return Collections.unmodifiableSet(set);
  }
}
