package org.icans.grading.icans;

import static org.icans.grading.icans.IcansCode.ATTR_SHIFT;
import static org.icans.grading.icans.IcansCode.ENC_BITS;
import static org.icans.grading.icans.IcansCode.ICP_SHIFT;
import static org.icans.grading.icans.IcansCode.LOC_SHIFT;
import static org.icans.grading.icans.IcansCode.MOTOR_SHIFT;
import static org.icans.grading.icans.IcansCode.SZ_SHIFT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.icans.model.Coded;
import org.icans.model.assessment.Assessment;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.MotorFinding;
import org.icans.model.icans.Seizure;
import org.icans.model.internal.FindingsAccess;
import org.icans.model.internal.FindingsLayout;
import org.icans.model.patient.Patient;

/**
 * Grades one ICANS observation by the ASTCT 2019 consensus (Lee DW et al., Biol Blood Marrow
 * Transplant 2019;25:625-638) and the project's binding choices ({@code reference/grading.md}).
 *
 * <ol>
 *   <li>The encephalopathy tool is chosen by age and developmental delay
 *       ({@link EncephalopathyTool#forPatient}); the other tool's value is ignored.
 *   <li>Each domain is graded by its {@link IcansRule}; a domain attributed to another cause is left
 *       out, a domain not assessed is reported as such (never taken as normal).
 *   <li>The grade is the highest domain grade, and every domain that reached it is a driver. ICE 0 is
 *       grade 4 only in a patient who is unarousable (consciousness graded unarousable), else grade 3.
 *   <li>Death from ICANS is grade 5. Nothing gradeable gives no grade.
 * </ol>
 *
 * <p>Stateless and thread-safe. Grading allocates nothing: results are shared immutable values,
 * built once on first use. An observation is graded from the findings it packed when it was built
 * (one word), an assessment from the windows of them it keeps (one small field each): four lookups
 * in one 6 kB table give the key of its result among 102,900 slots (412 kB of references, filled as
 * results are first met), the same result the batch API gives.
 * The slots are ordered so that the common results sit together: the results of patients who did
 * not die of ICANS come first (the 2% of the table for death last), and among them those graded
 * with ICE (13 of the 49 encephalopathy outcomes) before those graded with CAPD; an ICE grading
 * without death reads only the first 55 kB of the table, which stays in a core's cache.
 */
public final class IcansGrader {
  private IcansGrader() {}

  // Initialised before the tables below, which are built with icpOutcome.
  private static final int ICP_GRADE_4_BITS = (2 << IcpFinding.DIFFUSE_EDEMA.ordinal())
      | (2 << IcpFinding.POSTURING.ordinal()) | (2 << IcpFinding.CN6_PALSY.ordinal())
      | (2 << IcpFinding.PAPILLEDEMA.ordinal()) | (2 << IcpFinding.CUSHING_TRIAD.ordinal());

  private static final int ENC_OUTCOMES = 13 + 36;
  private static final int KEYS = ENC_OUTCOMES * 7 * 5 * 6 * 5 * 2;

  // Shared results, filled on first use. A benign race: IcansGrade is immutable with final fields,
  // so a thread that reads a slot sees the whole object, and two threads building the same slot
  // build equal values.
  private static final IcansGrade[] RESULTS = new IcansGrade[KEYS];

  // Domain grades by outcome index: 0 not assessed, 1 attributed to another cause, then findings.
  private static final DomainGrade[] ICE = new DomainGrade[13];
  private static final DomainGrade ICE_0_UNAROUSABLE =
      DomainGrade.graded(IcansDomain.ENCEPHALOPATHY, "ICE 0", IcansRule.ICE_0_UNAROUSABLE);
  private static final DomainGrade[] CAPD = new DomainGrade[36];
  private static final DomainGrade[] CONSCIOUSNESS = new DomainGrade[7];
  private static final DomainGrade[] SEIZURE = new DomainGrade[5];
  private static final DomainGrade[] MOTOR = new DomainGrade[6];
  private static final DomainGrade[] ICP = new DomainGrade[5];

  // The object path: the key of RESULTS as a sum of one table entry per window of the packed
  // findings (org.icans.model.internal.FindingsLayout): encephalopathy with ICE or with CAPD, as the
  // tool says; consciousness and seizure; motor; raised ICP and death. The windows' entries sit in
  // one table (KEY_PARTS), each window in a part of its own at the offsets below, 256 entries wide
  // (512 for ICP and death), so that an unsigned byte read from an assessment is an index the JIT
  // knows to be within the table (no bounds check, no mask). The tool picks its encephalopathy part
  // by arithmetic, not by a branch: which tool applies is as unpredictable as the patients' ages,
  // and a mispredicted branch would cost more than the lookups. An entry for a value the model never
  // packs is IMPOSSIBLE, so that a layout out of step with these tables fails loudly (a negative
  // index).
  //
  // An observation's findings are read with one shift: the encephalopathy window from bit 0 or bit
  // 4, 7 bits wide for both tools (the ICE tool ignores the two CAPD bits it sweeps in). An
  // assessment's are read field by field: it keeps each window as a byte or a short, and its
  // patient's byte (completed years and delay), whose part gives the tool.
  static final int ENC_WINDOW_MASK = FindingsLayout.CAPD_WINDOW_MASK;
  static final int CAPD_WINDOW_SHIFT = FindingsLayout.CAPD_WINDOW_SHIFT;
  static final int LOC_SZ_WINDOW_SHIFT = FindingsLayout.CONSCIOUSNESS_SEIZURE_WINDOW_SHIFT;
  static final int LOC_SZ_WINDOW_MASK = FindingsLayout.CONSCIOUSNESS_SEIZURE_WINDOW_MASK;
  static final int MOTOR_WINDOW_SHIFT = FindingsLayout.MOTOR_WINDOW_SHIFT;
  static final int MOTOR_WINDOW_MASK = FindingsLayout.MOTOR_WINDOW_MASK;
  static final int ICP_DIED_WINDOW_SHIFT = FindingsLayout.ICP_DEATH_WINDOW_SHIFT;
  static final int ICP_DIED_WINDOW_MASK = FindingsLayout.ICP_DEATH_WINDOW_MASK;
  static final int IMPOSSIBLE = Integer.MIN_VALUE / 8;

  /** Where each window's entries start in KEY_PARTS: ICE's window at 0, CAPD's at 128 (tool << 7). */
  static final int ENC_PART = 0;
  static final int CAPD_PART = ENC_PART + (EncephalopathyTool.CAPD.ordinal() << 7);
  static final int LOC_SZ_PART = 256;
  static final int MOTOR_PART = 512;
  static final int ICP_DIED_PART = 768;
  /** The tool by the patient's byte: 0 for ICE, -1 (all bits) for CAPD, a mask. */
  static final int TOOL_PART = ICP_DIED_PART + 512;
  static final int PARTS = TOOL_PART + 256;

  private static final EncephalopathyTool[] TOOLS = EncephalopathyTool.values();
  /** Reads an assessment's flat copies; a constant, so the JIT reads the fields directly. */
  private static final FindingsAccess.AssessmentReader ASSESSMENT = FindingsAccess.assessment();
  private static final int[] KEY_PARTS = keyParts();

  static {
    fillAbsent(ICE, IcansDomain.ENCEPHALOPATHY);
    for (int score = 0; score <= 10; score++) {
      ICE[2 + score] = DomainGrade.graded(IcansDomain.ENCEPHALOPATHY, "ICE " + score, iceRule(score));
    }
    fillAbsent(CAPD, IcansDomain.ENCEPHALOPATHY);
    for (int total = 0; total <= 32; total++) {
      CAPD[2 + total] = DomainGrade.graded(IcansDomain.ENCEPHALOPATHY, "CAPD " + total, capdRule(total));
    }
    CAPD[35] = DomainGrade.graded(IcansDomain.ENCEPHALOPATHY, "unable to perform CAPD", IcansRule.CAPD_UNABLE);

    fillAbsent(CONSCIOUSNESS, IcansDomain.CONSCIOUSNESS);
    IcansRule[] loc = {
      IcansRule.CONSCIOUSNESS_ALERT, IcansRule.CONSCIOUSNESS_AWAKENS_SPONTANEOUSLY,
      IcansRule.CONSCIOUSNESS_AWAKENS_TO_VOICE, IcansRule.CONSCIOUSNESS_AWAKENS_TO_TOUCH,
      IcansRule.CONSCIOUSNESS_UNAROUSABLE
    };
    for (Consciousness c : Consciousness.values()) {
      CONSCIOUSNESS[2 + c.ordinal()] = DomainGrade.graded(IcansDomain.CONSCIOUSNESS, words(c), loc[c.ordinal()]);
    }

    fillAbsent(SEIZURE, IcansDomain.SEIZURE);
    IcansRule[] sz = {
      IcansRule.SEIZURE_NONE, IcansRule.SEIZURE_RAPIDLY_RESOLVING, IcansRule.SEIZURE_PROLONGED_OR_REPETITIVE
    };
    for (Seizure s : Seizure.values()) {
      SEIZURE[2 + s.ordinal()] = DomainGrade.graded(IcansDomain.SEIZURE, words(s), sz[s.ordinal()]);
    }

    fillAbsent(MOTOR, IcansDomain.MOTOR);
    MOTOR[2] = DomainGrade.graded(IcansDomain.MOTOR, "no deep focal weakness", IcansRule.MOTOR_NO_DEEP_FOCAL_WEAKNESS);
    MOTOR[3] = DomainGrade.graded(IcansDomain.MOTOR, "hemiparesis", IcansRule.MOTOR_DEEP_FOCAL_WEAKNESS);
    MOTOR[4] = DomainGrade.graded(IcansDomain.MOTOR, "paraparesis", IcansRule.MOTOR_DEEP_FOCAL_WEAKNESS);
    MOTOR[5] = DomainGrade.graded(IcansDomain.MOTOR, "hemiparesis and paraparesis",
        IcansRule.MOTOR_DEEP_FOCAL_WEAKNESS);

    fillAbsent(ICP, IcansDomain.ICP);
    ICP[2] = DomainGrade.graded(IcansDomain.ICP, "none", IcansRule.ICP_NONE);
    ICP[3] = DomainGrade.graded(IcansDomain.ICP, "focal edema", IcansRule.ICP_FOCAL_EDEMA);
    ICP[4] = DomainGrade.graded(IcansDomain.ICP, "grade-4 sign", IcansRule.ICP_GRADE_4_SIGN);
  }

  /** The rule for an ICE score (LEE19 ICE table): 10 -> 0, 7-9 -> 1, 3-6 -> 2, 0-2 -> 3. */
  static IcansRule iceRule(int score) {
    if (score == 10) {
      return IcansRule.ICE_10;
    } else if (score >= 7) {
      return IcansRule.ICE_7_TO_9;
    } else if (score >= 3) {
      return IcansRule.ICE_3_TO_6;
    }
    return IcansRule.ICE_0_TO_2;
  }

  /** The rule for a CAPD total (LEE19 pediatric grades; choice 3): 0 -> 0, 1-8 -> 1, 9+ -> 3. */
  static IcansRule capdRule(int total) {
    if (total == 0) {
      return IcansRule.CAPD_0;
    }
    return total < 9 ? IcansRule.CAPD_1_TO_8 : IcansRule.CAPD_9_OR_MORE;
  }

  private static void fillAbsent(DomainGrade[] grades, IcansDomain domain) {
    grades[0] = DomainGrade.notAssessed(domain);
    grades[1] = DomainGrade.attributed(domain);
  }

  private static String words(Coded e) {
    return e.code().replace('_', ' ');
  }

  /** Grades an observation of this patient; the patient's age and delay choose the tool. */
  public static IcansGrade grade(IcansObservation observation, Patient patient) {
    Objects.requireNonNull(observation, "observation");
    return grade(observation, EncephalopathyTool.indexFor(patient));
  }

  /** Grades an observation with the given encephalopathy tool. */
  public static IcansGrade grade(IcansObservation observation, EncephalopathyTool tool) {
    Objects.requireNonNull(observation, "observation");
    return grade(observation, Objects.requireNonNull(tool, "tool").ordinal());
  }

  /** The object path: the tool as its ordinal (0 ICE, 1 CAPD). */
  private static IcansGrade grade(IcansObservation observation, int tool) {
    return grade(IcansCode.FINDINGS.findings(observation), tool);
  }

  /** The object path from packed findings ({@link FindingsLayout}) and the tool's ordinal. */
  private static IcansGrade grade(long f, int tool) {
    // One load of the observation, four of a 3.8 kB table, one of the results; no branch on a value.
    // (tool & 1), constant offsets and "+": the JIT then knows each index is within the table and
    // drops the bounds checks.
    int[] parts = KEY_PARTS;
    int key = parts[ENC_PART + ((tool & 1) << 7) + ((int) (f >>> tool * CAPD_WINDOW_SHIFT) & ENC_WINDOW_MASK)]
        + parts[LOC_SZ_PART + ((int) (f >>> LOC_SZ_WINDOW_SHIFT) & LOC_SZ_WINDOW_MASK)]
        + parts[MOTOR_PART + ((int) (f >>> MOTOR_WINDOW_SHIFT) & MOTOR_WINDOW_MASK)]
        + parts[ICP_DIED_PART + ((int) (f >>> ICP_DIED_WINDOW_SHIFT) & ICP_DIED_WINDOW_MASK)];
    IcansGrade result = RESULTS[key];
    return result != null ? result : firstUse(key, f, tool);
  }

  /**
   * The key contribution of every value of each window of the packed findings, read with the tool
   * the window belongs to: the key of the code of findings holding that window alone.
   */
  private static int[] keyParts() {
    int[] parts = new int[PARTS];
    Arrays.fill(parts, IMPOSSIBLE);
    windowKeys(parts, ENC_PART, FindingsLayout.ICE_WINDOW_SHIFT, ENC_WINDOW_MASK, EncephalopathyTool.ICE);
    windowKeys(parts, CAPD_PART, CAPD_WINDOW_SHIFT, ENC_WINDOW_MASK, EncephalopathyTool.CAPD);
    windowKeys(parts, LOC_SZ_PART, LOC_SZ_WINDOW_SHIFT, LOC_SZ_WINDOW_MASK, EncephalopathyTool.ICE);
    windowKeys(parts, MOTOR_PART, MOTOR_WINDOW_SHIFT, MOTOR_WINDOW_MASK, EncephalopathyTool.ICE);
    windowKeys(parts, ICP_DIED_PART, ICP_DIED_WINDOW_SHIFT, ICP_DIED_WINDOW_MASK, EncephalopathyTool.ICE);
    // The patient's byte holds the completed years, whose tool is the age's only because the tool
    // changes at a whole number of years.
    if (EncephalopathyTool.ICE_FROM_AGE_YEARS != Math.floor(EncephalopathyTool.ICE_FROM_AGE_YEARS)) {
      throw new IllegalStateException("the tool by completed years needs a whole number of years, not "
          + EncephalopathyTool.ICE_FROM_AGE_YEARS);
    }
    for (int b = 0; b < 256; b++) {
      parts[TOOL_PART + b] = -EncephalopathyTool.indexFor(
          b & FindingsLayout.AGE_YEARS_MASK, (b & 1 << FindingsLayout.DEVELOPMENTAL_DELAY_BIT) != 0);
    }
    return parts;
  }

  private static void windowKeys(int[] parts, int offset, int shift, int mask, EncephalopathyTool tool) {
    for (int v = 0; v <= mask; v++) {
      int code = IcansCode.fromFindings((long) v << shift, tool);
      // Another window's contribution is 0 when it holds nothing, except the tool's offset, which
      // the ICE and CAPD windows carry.
      parts[offset + v] = IcansCode.invalidReason(code) == null ? key(code) : IMPOSSIBLE;
    }
  }

  /**
   * Grades the ICANS part of an assessment: its ICANS observation with the tool its patient's age
   * and developmental delay choose. The same result as {@link #grade(IcansObservation, Patient)} of
   * the assessment's observation and patient, read from the assessment alone (the windows of the
   * findings and the patient's completed years and delay it keeps from when it was built): one
   * object, then the tables. The tool is that of the completed years, which is that of the age: the
   * tool changes at a whole number of years ({@link EncephalopathyTool#ICE_FROM_AGE_YEARS}).
   */
  public static IcansGrade grade(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    FindingsAccess.AssessmentReader a = ASSESSMENT;
    int[] parts = KEY_PARTS;
    // "& 0xFF": an unsigned byte, which the JIT knows to be within its 256-entry part.
    int capd = parts[TOOL_PART + (a.patientByte(assessment) & 0xFF)];
    int ice = ENC_PART + (a.iceWindow(assessment) & 0xFF);
    int encephalopathy = ice + ((CAPD_PART + (a.capdWindow(assessment) & 0xFF) - ice) & capd);
    int key = parts[encephalopathy & 0xFF]
        + parts[LOC_SZ_PART + (a.consciousnessSeizureWindow(assessment) & 0xFF)]
        + parts[MOTOR_PART + (a.motorWindow(assessment) & 0xFF)]
        + parts[ICP_DIED_PART + (a.icpDeathWindow(assessment) & ICP_DIED_WINDOW_MASK)];
    IcansGrade result = RESULTS[key];
    return result != null ? result : firstUse(key, IcansCode.FINDINGS.findings(assessment.icans()), capd & 1);
  }

  /** The result for a valid code of {@link IcansBatch}. */
  static IcansGrade ofValidCode(int code) {
    int key = key(code);
    IcansGrade result = RESULTS[key];
    return result != null ? result : fill(key, code);
  }

  /**
   * The slot of a valid code's result: death first (the most significant digit), then the
   * encephalopathy outcome (ICE's 13 before CAPD's 36), consciousness, seizure, motor and ICP. Death
   * and CAPD are the rarer findings; putting them in the high digits keeps the common results in the
   * low part of the table.
   */
  private static int key(int code) {
    boolean capd = (code & IcansCode.TOOL_CAPD) != 0;
    int enc = outcome(code, IcansDomain.ENCEPHALOPATHY, code & ENC_BITS);
    int loc = outcome(code, IcansDomain.CONSCIOUSNESS, (code >>> LOC_SHIFT) & 7);
    int sz = outcome(code, IcansDomain.SEIZURE, (code >>> SZ_SHIFT) & 3);
    int motor = motorOutcome(code);
    int icp = icpOutcome(code);
    int died = (code & IcansCode.DIED) != 0 ? 1 : 0;
    return died * (KEYS / 2) + ((((capd ? 13 + enc : enc) * 7 + loc) * 5 + sz) * 6 + motor) * 5 + icp;
  }

  /** 0 not assessed, 1 attributed, else 1 + the field value (which is 1 + the finding). */
  private static int outcome(int code, IcansDomain domain, int value) {
    if ((code & (1 << (ATTR_SHIFT + domain.ordinal()))) != 0) {
      return 1;
    }
    return value == 0 ? 0 : value + 1;
  }

  private static int motorOutcome(int code) {
    if ((code & (1 << (ATTR_SHIFT + IcansDomain.MOTOR.ordinal()))) != 0) {
      return 1;
    }
    int bits = (code >>> MOTOR_SHIFT) & 0x1F;
    if (bits == 0) {
      return 0;
    }
    boolean hemi = (bits & (2 << MotorFinding.HEMIPARESIS.ordinal())) != 0;
    boolean para = (bits & (2 << MotorFinding.PARAPARESIS.ordinal())) != 0;
    return hemi && para ? 5 : hemi ? 3 : para ? 4 : 2;
  }

  private static int icpOutcome(int code) {
    if ((code & (1 << (ATTR_SHIFT + IcansDomain.ICP.ordinal()))) != 0) {
      return 1;
    }
    int bits = (code >>> ICP_SHIFT) & 0x7F;
    if (bits == 0) {
      return 0;
    }
    if ((bits & ICP_GRADE_4_BITS) != 0) {
      return 4;
    }
    return (bits & (2 << IcpFinding.FOCAL_EDEMA.ordinal())) != 0 ? 3 : 2;
  }

  /**
   * One domain's grade in a valid code, -1 when not assessed or attributed; the ICE 0 refinement
   * (grade 4 when unarousable) is not applied here.
   */
  static int domainGrade(int code, IcansDomain domain) {
    switch (domain) {
      case ENCEPHALOPATHY:
        int enc = outcome(code, domain, code & ENC_BITS);
        return ((code & IcansCode.TOOL_CAPD) != 0 ? CAPD[enc] : ICE[enc]).gradeOrMinusOne();
      case CONSCIOUSNESS:
        return CONSCIOUSNESS[outcome(code, domain, (code >>> LOC_SHIFT) & 7)].gradeOrMinusOne();
      case SEIZURE:
        return SEIZURE[outcome(code, domain, (code >>> SZ_SHIFT) & 3)].gradeOrMinusOne();
      case MOTOR:
        return MOTOR[motorOutcome(code)].gradeOrMinusOne();
      default:
        return ICP[icpOutcome(code)].gradeOrMinusOne();
    }
  }

  /**
   * The first grading of findings whose result is not built yet. Out of line, with the decoding of
   * the findings, so that grade() compiles to the lookups alone.
   */
  private static IcansGrade firstUse(int key, long findings, int tool) {
    return fill(key, IcansCode.fromFindings(findings, TOOLS[tool]));
  }

  /**
   * Builds the result of a valid code and keeps it under its key. One method, deliberately: a JIT
   * inlines a hot callee only below a size (C2: 325 bytes of bytecode), and this one must stay out
   * of {@link #grade(IcansObservation, EncephalopathyTool)}, which must stay small enough to be
   * inlined into its callers. Misses are frequent while a service warms up, so they are hot in the
   * profile; were this path inlined, grade() would compile too big to inline, and every grading
   * would pay for a call.
   */
  private static IcansGrade fill(int key, int code) {
    boolean capd = (code & IcansCode.TOOL_CAPD) != 0;
    int enc = outcome(code, IcansDomain.ENCEPHALOPATHY, code & ENC_BITS);
    int loc = outcome(code, IcansDomain.CONSCIOUSNESS, (code >>> LOC_SHIFT) & 7);
    DomainGrade encephalopathy = capd ? CAPD[enc] : ICE[enc];
    // LEE19 footnote on ICE 0: grade 4 when the patient is unarousable, grade 3 otherwise (choice 2).
    if (!capd && enc == 2 && loc == 2 + Consciousness.UNAROUSABLE.ordinal()) {
      encephalopathy = ICE_0_UNAROUSABLE;
    }
    DomainGrade[] domains = {
      encephalopathy,
      CONSCIOUSNESS[loc],
      SEIZURE[outcome(code, IcansDomain.SEIZURE, (code >>> SZ_SHIFT) & 3)],
      MOTOR[motorOutcome(code)],
      ICP[icpOutcome(code)]
    };
    boolean died = (code & IcansCode.DIED) != 0;
    int worst = -1;
    EnumSet<IcansDomain> attributed = EnumSet.noneOf(IcansDomain.class);
    EnumSet<IcansDomain> notAssessed = EnumSet.noneOf(IcansDomain.class);
    for (DomainGrade d : domains) {
      worst = Math.max(worst, d.gradeOrMinusOne());
      if (d.status() == DomainStatus.ATTRIBUTED_TO_OTHER_CAUSE) {
        attributed.add(d.domain());
      } else if (d.status() == DomainStatus.NOT_ASSESSED) {
        notAssessed.add(d.domain());
      }
    }
    // Lee 2019 general footnote: the grade is the most severe domain; death is grade 5 whatever else.
    int grade = died ? IcansRule.DEATH.grade() : worst;
    EnumSet<IcansDomain> drivers = EnumSet.noneOf(IcansDomain.class);
    List<IcansRule> rules = new ArrayList<>();
    if (died) {
      rules.add(IcansRule.DEATH);
    } else if (grade > 0) {
      for (DomainGrade d : domains) {
        if (d.gradeOrMinusOne() == grade) {
          drivers.add(d.domain());
          rules.add(d.rule().orElseThrow());
        }
      }
    }
    IcansGrade result = new IcansGrade(capd ? EncephalopathyTool.CAPD : EncephalopathyTool.ICE, domains, grade,
        drivers, rules, attributed, notAssessed, died);
    RESULTS[key] = result;
    return result;
  }

}
