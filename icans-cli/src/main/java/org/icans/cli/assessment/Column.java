package org.icans.cli.assessment;

import java.util.HashMap;
import java.util.Map;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.encephalopathy.IceTasks;
import org.icans.model.patient.Patient;

/**
 * The columns of the assessment file, version 1.1 ({@code spec/assessment-csv.md}): the name, whether
 * it is required, what kind of value a cell holds with its range or words, and what is allowed in
 * words, for messages. Column order in a file is free; names are case-sensitive.
 */
public enum Column {
  /** The patient's identifier. */
  PATIENT_ID("patient_id", true, Kind.TEXT, "non-empty text (UTF-8)"),
  /** Days since the first infusion. */
  DAY("day", true, Assessment.MIN_DAY, false, Double.MAX_VALUE,
      "a decimal number " + (int) Assessment.MIN_DAY + " or more, like 5 or 5.5"),
  /** Age in years; chooses the encephalopathy tool. */
  AGE_YEARS("age_years", true, 0, false, Patient.MAX_AGE_YEARS,
      "a decimal number from 0 to " + (int) Patient.MAX_AGE_YEARS),
  /** Developmental delay: CAPD at any age. */
  DEVELOPMENTAL_DELAY("developmental_delay", Words.BOOLEAN, "true, false, or empty (false)"),
  /** ICE total. */
  ICE_SCORE("ice_score", IceScore.MAX),
  /** ICE orientation task. */
  ICE_ORIENTATION("ice_orientation", IceTasks.MAX_ORIENTATION),
  /** ICE naming task. */
  ICE_NAMING("ice_naming", IceTasks.MAX_NAMING),
  /** ICE commands task. */
  ICE_COMMANDS("ice_commands", IceTasks.MAX_COMMANDS),
  /** ICE writing task. */
  ICE_WRITING("ice_writing", IceTasks.MAX_WRITING),
  /** ICE attention task. */
  ICE_ATTENTION("ice_attention", IceTasks.MAX_ATTENTION),
  /** CAPD total, or unable. */
  CAPD_SCORE("capd_score", false, Kind.CAPD_SCORE, "an integer from 0 to " + CapdScore.MAX + ", or " + Words.UNABLE),
  /** The eight raw CAPD answers. */
  CAPD_ITEMS("capd_items", false, Kind.CAPD_ITEMS, "eight integers from 0 to 4 separated by ; (like 1;1;0;2;0;0;1;0)"),
  /** Level of consciousness. */
  CONSCIOUSNESS("consciousness", Words.CONSCIOUSNESS, "one of " + Words.CONSCIOUSNESS.listed()),
  /** Seizures. */
  SEIZURE("seizure", Words.SEIZURE, "one of " + Words.SEIZURE.listed()),
  /** Motor findings. */
  MOTOR("motor", Words.MOTOR, true),
  /** Raised ICP / cerebral edema findings. */
  ICP("icp", Words.ICP, true),
  /** ICANS domains and (version 1.1) CRS signs attributed to another cause. */
  OTHER_CAUSE("other_cause", Words.OTHER_CAUSE, false),
  /** Death from a syndrome. */
  DEATH_FROM("death_from", Words.DEATH_FROM, false),
  /** Highest temperature. */
  TEMPERATURE_C("temperature_c", false, CrsObservation.MIN_TEMPERATURE_C, false, CrsObservation.MAX_TEMPERATURE_C,
      "a decimal number from " + (int) CrsObservation.MIN_TEMPERATURE_C + " to "
          + (int) CrsObservation.MAX_TEMPERATURE_C + ", like 38.5"),
  /** Fever masked by antipyretic or anti-cytokine therapy. */
  FEVER_MASKED("fever_masked", Words.BOOLEAN, "true, false, or empty (false)"),
  /** Hypotension support. */
  HYPOTENSION("hypotension", Words.HYPOTENSION, "one of " + Words.HYPOTENSION.listed()),
  /** Oxygen device. */
  OXYGEN("oxygen", Words.OXYGEN, "one of " + Words.OXYGEN.listed()),
  /** Oxygen flow in L/min. */
  OXYGEN_LPM("oxygen_lpm", false, 0, true, Double.MAX_VALUE, "a decimal number greater than 0, like 2 or 6.5");

  /** What a cell of a column holds, which decides how it is read. */
  enum Kind {
    /** Free text (the patient id). */
    TEXT,
    /** A decimal number in a range. */
    DECIMAL,
    /** A whole number from 0 to a maximum. */
    INTEGER,
    /** One word of a vocabulary. */
    WORD,
    /** Words of a vocabulary separated by {@code ;}, perhaps {@code none}. */
    LIST,
    /** A CAPD total or {@code unable}. */
    CAPD_SCORE,
    /** Eight CAPD answers. */
    CAPD_ITEMS
  }

  /** The number of columns. */
  static final int COUNT = values().length;

  private static final Map<String, Column> BY_NAME = new HashMap<>();

  static {
    for (Column c : values()) {
      BY_NAME.put(c.columnName, c);
    }
  }

  private final String columnName;
  private final boolean required;
  private final Kind kind;
  private final String allowed;
  private final double min;
  private final boolean minExclusive;
  private final double max;
  private final int maxInteger;
  private final Vocabulary<?> words;
  private final boolean noneAllowed;

  private Column(String name, boolean required, Kind kind, String allowed, double min, boolean minExclusive,
      double max, int maxInteger, Vocabulary<?> words, boolean noneAllowed) {
    this.columnName = name;
    this.required = required;
    this.kind = kind;
    this.allowed = allowed;
    this.min = min;
    this.minExclusive = minExclusive;
    this.max = max;
    this.maxInteger = maxInteger;
    this.words = words;
    this.noneAllowed = noneAllowed;
  }

  /** Text, or a kind without parameters. */
  Column(String name, boolean required, Kind kind, String allowed) {
    this(name, required, kind, allowed, 0, false, 0, 0, null, false);
  }

  /** A decimal number from {@code min} (excluded when {@code minExclusive}) to {@code max}. */
  Column(String name, boolean required, double min, boolean minExclusive, double max, String allowed) {
    this(name, required, Kind.DECIMAL, allowed, min, minExclusive, max, 0, null, false);
  }

  /** An optional whole number from 0 to {@code max}. */
  Column(String name, int max) {
    this(name, false, Kind.INTEGER, "an integer from 0 to " + max, 0, false, 0, max, null, false);
  }

  /** An optional word. */
  Column(String name, Vocabulary<?> words, String allowed) {
    this(name, false, Kind.WORD, allowed, 0, false, 0, 0, words, false);
  }

  /** An optional list of words, with or without {@code none}. */
  Column(String name, Vocabulary<?> words, boolean noneAllowed) {
    this(name, false, Kind.LIST, (noneAllowed ? "none, or one or more of " : "one or more of ") + words.listed()
        + " separated by ;", 0, false, 0, 0, words, noneAllowed);
  }

  /** The column's name in the header, for example {@code "ice_score"}. */
  public String columnName() {
    return columnName;
  }

  /** Whether the header must have the column and every row a value in it. */
  public boolean required() {
    return required;
  }

  /** What a cell may hold, in words, for error messages. */
  public String allowed() {
    return allowed;
  }

  Kind kind() {
    return kind;
  }

  /** Whether {@code value} is in a decimal column's range; NaN never is. */
  boolean inRange(double value) {
    return (minExclusive ? value > min : value >= min) && value <= max;
  }

  int maxInteger() {
    return maxInteger;
  }

  Vocabulary<?> words() {
    return words;
  }

  boolean noneAllowed() {
    return noneAllowed;
  }

  /** The column of this exact (case-sensitive) name, or null. */
  public static Column named(String name) {
    return BY_NAME.get(name);
  }
}
