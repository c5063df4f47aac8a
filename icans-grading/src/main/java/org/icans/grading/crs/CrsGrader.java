package org.icans.grading.crs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.CrsSign;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.internal.FindingsAccess;
import org.icans.model.internal.FindingsLayout;

/**
 * Grades one CRS observation by the ASTCT 2019 consensus (Lee DW et al. 2019, CRS table and
 * footnotes) and the project's choices G-9 to G-11 ({@code docs/choices.md}):
 *
 * <ul>
 *   <li>Fever is a temperature of {@value #FEVER_THRESHOLD_C} C or more not attributed to another
 *       cause. Without fever, and without fever masked by antipyretic or anti-cytokine therapy,
 *       there is no CRS (grade 0), whatever the blood pressure or oxygen.
 *   <li>Otherwise the grade is the worse of hypotension (not requiring vasopressors 2, one
 *       vasopressor with or without vasopressin 3, multiple vasopressors excluding vasopressin 4)
 *       and hypoxia (low-flow nasal cannula of {@value #LOW_FLOW_MAX_LPM} L/min or less, or blow-by,
 *       2; high-flow cannula above it, facemask, nonrebreather or Venturi 3; CPAP, BiPAP or
 *       mechanical ventilation 4). A recorded flow decides low vs high flow for any nasal cannula.
 *   <li>With neither: fever gives grade 1; masked fever without fever gives 0.
 *   <li>A sign attributed to another cause is left out as if it had not been seen (G-10).
 *   <li>Hypotension with its support not recorded, or oxygen with its device not recorded, counts
 *       at grade 2, the lowest it can be, and makes the grade a lower bound (G-11).
 *   <li>Death from CRS is grade 5. Organ toxicities never enter the grade.
 * </ul>
 *
 * <p>The grade is complete (not a lower bound) exactly when more information could not change it
 * (contract v1.1, {@code crs_complete}): (a) there is no CRS fever (below the threshold or
 * attributed) and fever is not masked; or (b) temperature, hypotension and oxygen are all given or
 * attributed and none is of unknown support; or (c) the grade is 4 from a recorded support, or 5.
 * No grade is never complete.
 *
 * <p>Stateless and thread-safe; grading allocates nothing (results are shared, built once). An
 * observation is graded from the findings it packed when it was built and its temperature and flow:
 * two lookups in a 2 kB table give the key of its result among 2,176 slots (built when the class loads).
 */
public final class CrsGrader {
  private CrsGrader() {}

  /** Fever threshold in degrees Celsius, inclusive (LEE19 CRS table: fever >= 38 C). */
  public static final double FEVER_THRESHOLD_C = 38.0;
  /** The highest flow of low-flow nasal cannula oxygen, in L/min, inclusive (LEE19 CRS footnote). */
  public static final double LOW_FLOW_MAX_LPM = 6.0;

  // Key dimensions: fever 4 (not measured, below threshold, fever, attributed) x masked 2 x
  // hypotension 8 (not assessed, attributed, 2 + the Hypotension ordinal, attributed with its
  // support not recorded) x oxygen 17 (see oxygenOutcome; 16 attributed with the device not
  // recorded) x died 2. An attributed sign whose support was not recorded still makes the grade
  // incomplete: the contract's rule (b) says "none is unknown_*", attributed or not.
  private static final int FEVER_NA = 0;
  private static final int AFEBRILE = 1;
  private static final int FEBRILE = 2;
  private static final int FEVER_ATTRIBUTED = 3;
  private static final int ATTRIBUTED = 1;
  private static final int HYPOTENSION_OUTCOMES = 8;
  private static final int HYPOTENSION_UNKNOWN = 2 + Hypotension.UNKNOWN_SUPPORT.ordinal();
  private static final int HYPOTENSION_ATTRIBUTED_UNKNOWN = 7;
  private static final int OXYGEN_OUTCOMES = 17;
  private static final int OXYGEN_UNKNOWN = 15;
  private static final int OXYGEN_ATTRIBUTED_UNKNOWN = 16;
  private static final int[] OXYGEN_GRADE = {-1, -1, 0, 2, 2, 3, 2, 3, 3, 3, 3, 3, 4, 4, 4, 2, -1};
  private static final int[] HYPOTENSION_GRADE = {-1, -1, 0, 2, 3, 4, 2, -1};
  private static final CrsGrade[] RESULTS = new CrsGrade[4 * 2 * HYPOTENSION_OUTCOMES * OXYGEN_OUTCOMES * 2];

  static {
    for (int fever = 0; fever < 4; fever++) {
      for (int masked = 0; masked < 2; masked++) {
        for (int hyp = 0; hyp < HYPOTENSION_OUTCOMES; hyp++) {
          for (int oxy = 0; oxy < OXYGEN_OUTCOMES; oxy++) {
            for (int died = 0; died < 2; died++) {
              RESULTS[key(fever, masked == 1, hyp, oxy, died == 1)] = build(fever, masked == 1, hyp, oxy, died == 1);
            }
          }
        }
      }
    }
  }

  // The object path: the key of RESULTS as the sum of two table entries, one per half of the
  // packed findings (org.icans.model.internal.FindingsLayout), each with one threshold applied to
  // the number the observation keeps: bits 0-6 (temperature measured, fever attributed, masked,
  // hypotension and its attribution) with bit 7 set when febrile; bits 7-13 (oxygen device, flow
  // recorded, hypoxia attributed, death) with bit 7 set when the flow is above the low-flow limit.
  // Both halves' entries sit in one table (KEY_PARTS: the low half at 0, the high half at 384),
  // 768 ints (3 kB). An entry for a field value the model never packs is IMPOSSIBLE, so that it
  // fails loudly (a negative index). An assessment keeps the two halves as two bytes (the windows
  // of FindingsLayout).
  static final int IMPOSSIBLE = Integer.MIN_VALUE / 8;
  private static final int LOW_WINDOW_MASK = FindingsLayout.FEVER_HYPOTENSION_WINDOW_MASK;
  private static final int HIGH_WINDOW_SHIFT = FindingsLayout.OXYGEN_DEATH_WINDOW_SHIFT;
  private static final int HIGH_WINDOW_MASK = FindingsLayout.OXYGEN_DEATH_WINDOW_MASK;
  private static final int THRESHOLD_BIT = 1 << 7; // where grade() puts the threshold bits below
  private static final int WINDOW_VALUES = 256; // a window's 7 bits and the threshold bit
  // 384, not 256: an unsigned byte (0-255) plus the threshold bit (0 or 128) is an index the JIT
  // knows to be within the part, so it checks no bounds.
  private static final int HIGH_PART = WINDOW_VALUES + THRESHOLD_BIT;
  private static final int[] KEY_PARTS = new int[2 * HIGH_PART];
  private static final Hypotension[] HYPOTENSIONS = Hypotension.values();
  private static final OxygenDevice[] DEVICES = OxygenDevice.values();
  // The thresholds as IEEE 754 bit patterns. The model accepts only positive temperatures (25-45 C)
  // and flows (above 0), and the bits of positive doubles are ordered as the doubles are, so each
  // threshold is one integer subtraction: no floating-point unit, no branch.
  private static final long FEVER_BITS = Double.doubleToRawLongBits(FEVER_THRESHOLD_C);
  private static final long LOW_FLOW_MAX_BITS = Double.doubleToRawLongBits(LOW_FLOW_MAX_LPM);

  /** Reads an observation's packed findings; a constant, so the JIT reads the fields directly. */
  private static final FindingsAccess.CrsReader FINDINGS = FindingsAccess.crs();
  /** Reads an assessment's flat copies; a constant, so the JIT reads the fields directly. */
  private static final FindingsAccess.AssessmentReader ASSESSMENT = FindingsAccess.assessment();

  static {
    Arrays.fill(KEY_PARTS, IMPOSSIBLE);
    for (int v = 0; v < WINDOW_VALUES; v++) {
      boolean measured = (v & 1 << FindingsLayout.TEMPERATURE_MEASURED_BIT) != 0;
      boolean feverAttributed = (v & 1 << FindingsLayout.FEVER_ATTRIBUTED_BIT) != 0;
      boolean febrile = (v & THRESHOLD_BIT) != 0;
      boolean masked = (v & 1 << FindingsLayout.FEVER_MASKED_BIT) != 0;
      int hypotension = v >>> FindingsLayout.HYPOTENSION_SHIFT & FindingsLayout.HYPOTENSION_MASK;
      boolean hypotensionAttributed = (v & 1 << FindingsLayout.HYPOTENSION_ATTRIBUTED_BIT) != 0;
      int fever = feverAttributed ? FEVER_ATTRIBUTED : !measured ? FEVER_NA : febrile ? FEBRILE : AFEBRILE;
      KEY_PARTS[v] = hypotension > HYPOTENSIONS.length ? IMPOSSIBLE
          : key(fever, masked, hypotensionOutcome(hypotension, hypotensionAttributed), 0, false);
    }
    for (int v = 0; v < WINDOW_VALUES; v++) {
      int bits = (v & HIGH_WINDOW_MASK) << HIGH_WINDOW_SHIFT;
      int device = bits >>> FindingsLayout.OXYGEN_SHIFT & FindingsLayout.OXYGEN_MASK;
      boolean flow = (bits & 1 << FindingsLayout.FLOW_RECORDED_BIT) != 0;
      boolean attributed = (bits & 1 << FindingsLayout.HYPOXIA_ATTRIBUTED_BIT) != 0;
      boolean died = (bits & 1 << FindingsLayout.DIED_OF_CRS_BIT) != 0;
      boolean high = (v & THRESHOLD_BIT) != 0;
      KEY_PARTS[HIGH_PART + v] = device > DEVICES.length ? IMPOSSIBLE
          : key(FEVER_NA, false, 0, oxygenOutcome(device, flow, high, attributed), died);
    }
  }

  /** Grades a CRS observation. */
  public static CrsGrade grade(CrsObservation o) {
    Objects.requireNonNull(o, "observation");
    return grade(FINDINGS.findings(o), FINDINGS.temperatureCelsius(o), FINDINGS.flowLitresPerMinute(o));
  }

  /** The object path from packed findings ({@link FindingsLayout}), the temperature and the flow. */
  private static CrsGrade grade(int f, double temperature, double flow) {
    // "+" rather than "|" (the bits do not overlap): the JIT then knows each index is within the
    // table and drops the bounds checks.
    int[] parts = KEY_PARTS;
    return RESULTS[parts[(int) ((f & LOW_WINDOW_MASK) + febrileBit(temperature))]
        + parts[(int) (HIGH_PART + (f >>> HIGH_WINDOW_SHIFT & HIGH_WINDOW_MASK) + highFlowBit(flow))]];
  }

  // The thresholds as sign bits, not branches: a temperature is as often above 38 as below, and a
  // mispredicted branch would cost more than the rest. FEVER_BITS - 1 - bits(t) is negative exactly
  // when t >= 38; LOW_FLOW_MAX_BITS - bits(flow) exactly when the flow is above 6. The sign bit is
  // moved to bit 7 (THRESHOLD_BIT) in one shift, and kept in 64-bit arithmetic, which the JIT adds
  // to a window without converting. An absent value (NaN) sets what it sets: the tables ignore it
  // when the findings say absent.

  /** THRESHOLD_BIT when the temperature is a fever (38 C or more), else 0. */
  private static long febrileBit(double temperature) {
    return (FEVER_BITS - 1 - Double.doubleToRawLongBits(temperature)) >>> 56 & THRESHOLD_BIT;
  }

  /** THRESHOLD_BIT when the flow is above the low-flow limit (6 L/min), else 0. */
  private static long highFlowBit(double flow) {
    return (LOW_FLOW_MAX_BITS - Double.doubleToRawLongBits(flow)) >>> 56 & THRESHOLD_BIT;
  }

  /**
   * Grades the CRS part of an assessment: the same result as {@link #grade(CrsObservation)} of its
   * CRS observation, read from the assessment alone (the windows of the findings, the temperature
   * and the flow it keeps from when it was built), each window one field.
   */
  public static CrsGrade grade(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    FindingsAccess.AssessmentReader a = ASSESSMENT;
    // As grade(int, double, double), each window an unsigned byte: indexes the JIT knows to be
    // within their parts.
    long febrile = febrileBit(a.temperatureCelsius(assessment));
    long high = highFlowBit(a.flowLitresPerMinute(assessment));
    int[] parts = KEY_PARTS;
    return RESULTS[parts[(int) ((a.feverHypotensionWindow(assessment) & 0xFF) + febrile)]
        + parts[(int) (HIGH_PART + (a.oxygenDeathWindow(assessment) & 0xFF) + high)]];
  }

  /**
   * 0 not assessed; 1 attributed; 2 + the Hypotension ordinal; 7 attributed with its support not
   * recorded (which still keeps the grade incomplete).
   */
  private static int hypotensionOutcome(int field, boolean attributed) {
    if (field == 0) {
      return attributed ? ATTRIBUTED : 0;
    }
    int hyp = 1 + field;
    if (attributed) {
      return hyp == HYPOTENSION_UNKNOWN ? HYPOTENSION_ATTRIBUTED_UNKNOWN : ATTRIBUTED;
    }
    return hyp;
  }

  /**
   * 0 not assessed, 1 attributed, 2 room air, 3 blow-by, 4/5 nasal cannula low/high flow, 6/7
   * high-flow cannula at a recorded low/high flow, 8 high-flow cannula without a flow, 9 facemask,
   * 10 nonrebreather, 11 Venturi, 12 CPAP, 13 BiPAP, 14 mechanical ventilation, 15 device not
   * recorded, 16 attributed with the device not recorded. Exhaustive: a new device does not
   * compile until it is graded here.
   */
  private static int oxygenOutcome(int field, boolean flow, boolean highFlow, boolean attributed) {
    if (field == 0) {
      return attributed ? ATTRIBUTED : 0;
    }
    int oxy = switch (DEVICES[field - 1]) {
      case NONE -> 2;
      case BLOW_BY -> 3;
      case NASAL_CANNULA -> highFlow ? 5 : 4;
      // Choice G-9: a given flow decides low vs high flow for any nasal cannula (LEE19 footnote).
      case HIGH_FLOW_NASAL_CANNULA -> !flow ? 8 : highFlow ? 7 : 6;
      case FACEMASK -> 9;
      case NONREBREATHER -> 10;
      case VENTURI -> 11;
      case CPAP -> 12;
      case BIPAP -> 13;
      case MECHANICAL_VENTILATION -> 14;
      case UNKNOWN_DEVICE -> OXYGEN_UNKNOWN;
    };
    if (attributed) {
      return oxy == OXYGEN_UNKNOWN ? OXYGEN_ATTRIBUTED_UNKNOWN : ATTRIBUTED;
    }
    return oxy;
  }

  private static int key(int fever, boolean masked, int hyp, int oxy, boolean died) {
    return (((fever * 2 + (masked ? 1 : 0)) * HYPOTENSION_OUTCOMES + hyp) * OXYGEN_OUTCOMES + oxy) * 2
        + (died ? 1 : 0);
  }

  private static CrsGrade build(int fever, boolean masked, int hyp, int oxy, boolean died) {
    EnumSet<CrsSign> notAssessed = EnumSet.noneOf(CrsSign.class);
    EnumSet<CrsSign> attributed = EnumSet.noneOf(CrsSign.class);
    EnumSet<CrsSign> supportUnknown = EnumSet.noneOf(CrsSign.class);
    classify(CrsSign.FEVER, fever == FEVER_NA, fever == FEVER_ATTRIBUTED, notAssessed, attributed);
    boolean hypAttributed = hyp == ATTRIBUTED || hyp == HYPOTENSION_ATTRIBUTED_UNKNOWN;
    boolean oxyAttributed = oxy == ATTRIBUTED || oxy == OXYGEN_ATTRIBUTED_UNKNOWN;
    classify(CrsSign.HYPOTENSION, hyp == 0, hypAttributed, notAssessed, attributed);
    classify(CrsSign.HYPOXIA, oxy == 0, oxyAttributed, notAssessed, attributed);
    if (hyp == HYPOTENSION_UNKNOWN || hyp == HYPOTENSION_ATTRIBUTED_UNKNOWN) {
      supportUnknown.add(CrsSign.HYPOTENSION);
    }
    if (oxy == OXYGEN_UNKNOWN || oxy == OXYGEN_ATTRIBUTED_UNKNOWN) {
      supportUnknown.add(CrsSign.HYPOXIA);
    }
    EnumSet<CrsSign> drivers = EnumSet.noneOf(CrsSign.class);
    List<CrsRule> rules = new ArrayList<>();
    int grade;
    if (died) {
      grade = CrsRule.DEATH.grade();
      rules.add(CrsRule.DEATH);
    } else if ((fever == FEVER_NA || fever == FEVER_ATTRIBUTED) && (hyp == 0 || hypAttributed)
        && (oxy == 0 || oxyAttributed)) {
      // Nothing gradeable: every sign not assessed or attributed to another cause (as for ICANS).
      grade = -1;
    } else if (fever != FEBRILE && !masked) {
      // LEE19 fever footnote: without fever, and fever not masked, it is not CRS.
      grade = 0;
      rules.add(fever == FEVER_NA ? CrsRule.FEVER_NOT_ASSESSED : CrsRule.NO_FEVER);
    } else {
      int h = HYPOTENSION_GRADE[hyp];
      int x = OXYGEN_GRADE[oxy];
      int support = Math.max(h, x);
      if (support >= 2) {
        // LEE19: the more severe of hypotension and hypoxia decides.
        grade = support;
        if (h == support) {
          drivers.add(CrsSign.HYPOTENSION);
          rules.add(hyp == HYPOTENSION_UNKNOWN ? CrsRule.HYPOTENSION_SUPPORT_UNKNOWN : hypotensionRule(h));
        }
        if (x == support) {
          drivers.add(CrsSign.HYPOXIA);
          rules.add(oxy == OXYGEN_UNKNOWN ? CrsRule.HYPOXIA_DEVICE_UNKNOWN : hypoxiaRule(x));
        }
      } else if (fever == FEBRILE) {
        grade = 1;
        drivers.add(CrsSign.FEVER);
        rules.add(CrsRule.FEVER);
      } else {
        grade = 0;
        rules.add(CrsRule.MASKED_WITHOUT_SUPPORT);
      }
    }
    boolean complete = grade >= 0
        && ((fever == AFEBRILE || fever == FEVER_ATTRIBUTED) && !masked // (a) no CRS fever, not masked
            || notAssessed.isEmpty() && supportUnknown.isEmpty() // (b) every sign given, none unknown
            || grade >= 4); // (c) grade 4 comes only from a recorded support; 5 from death
    return new CrsGrade(grade, drivers, rules, notAssessed, attributed, supportUnknown, complete, masked, died);
  }

  private static void classify(CrsSign sign, boolean notAssessed, boolean attributed,
      Set<CrsSign> notAssessedSet, Set<CrsSign> attributedSet) {
    if (notAssessed) {
      notAssessedSet.add(sign);
    } else if (attributed) {
      attributedSet.add(sign);
    }
  }

  private static CrsRule hypotensionRule(int grade) {
    return grade == 2 ? CrsRule.HYPOTENSION_WITHOUT_VASOPRESSORS
        : grade == 3 ? CrsRule.HYPOTENSION_ONE_VASOPRESSOR : CrsRule.HYPOTENSION_MULTIPLE_VASOPRESSORS;
  }

  private static CrsRule hypoxiaRule(int grade) {
    return grade == 2 ? CrsRule.HYPOXIA_LOW_FLOW
        : grade == 3 ? CrsRule.HYPOXIA_HIGH_FLOW : CrsRule.HYPOXIA_POSITIVE_PRESSURE;
  }

}
