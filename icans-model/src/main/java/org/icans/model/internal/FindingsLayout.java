package org.icans.model.internal;

/**
 * The packed layout of what an observation found, computed once when the observation is built, so
 * that the grader reads one word instead of walking the observation's {@code Optional}s. It is a
 * layout of <em>findings</em>, never of grades: each element records whether it was assessed, its
 * value as recorded (an ordinal, a total, a set of findings), and whether the clinician attributed
 * it to another cause. No threshold, band or grade of any consensus is encoded here; the grading
 * module reads these words with its own rules.
 *
 * <p>ICANS ({@code IcansObservation}), one {@code long}; a field of 0 means not assessed:
 *
 * <pre>
 *  bits  0-3   ICE: 1 + total (1-11)
 *  bit   4     encephalopathy attributed to another cause
 *  bits  5-10  CAPD: 1 + total (1-33), or 34 for unable to perform
 *  bits 11-13  consciousness: 1 + Consciousness ordinal (1-5)
 *  bit  14     consciousness attributed to another cause
 *  bits 15-16  seizure: 1 + Seizure ordinal (1-3)
 *  bit  17     seizure attributed to another cause
 *  bits 18-22  motor: bit 18 examined, bits 19-22 the MotorFinding set (ordinal bits)
 *  bit  23     motor attributed to another cause
 *  bits 24-30  raised ICP / edema: bit 24 assessed, bits 25-30 the IcpFinding set (ordinal bits)
 *  bit  31     raised ICP attributed to another cause
 *  bit  32     died of ICANS
 * </pre>
 *
 * <p>CRS ({@code CrsObservation}), one {@code int}, beside the temperature and the oxygen flow kept
 * as numbers (not a threshold of them):
 *
 * <pre>
 *  bit   0     temperature measured
 *  bit   1     fever attributed to another cause
 *  bit   2     fever masked by antipyretic or anti-cytokine therapy
 *  bits  3-5   hypotension: 1 + Hypotension ordinal (1-5)
 *  bit   6     hypotension attributed to another cause
 *  bits  7-10  oxygen device: 1 + OxygenDevice ordinal (1-11)
 *  bit  11     oxygen flow recorded
 *  bit  12     hypoxia attributed to another cause
 *  bit  13     died of CRS
 * </pre>
 *
 * <p>Windows: each word cut into pieces of whole fields, at most 9 bits wide, that a reader looks up
 * in a table one at a time. An {@code Assessment} keeps each window of its two observations as one
 * small field, so that grading it reads each window with one load and no shifting:
 *
 * <pre>
 *  ICANS  encephalopathy with ICE    bits  0-4   (the ICE field and the attribution bit)
 *         encephalopathy with CAPD   bits  4-10  (the attribution bit and the CAPD field)
 *         consciousness and seizure  bits 11-17
 *         motor                      bits 18-23
 *         raised ICP and death       bits 24-32
 *  CRS    fever and hypotension      bits  0-6
 *         oxygen and death           bits  7-13
 * </pre>
 *
 * <p>The encephalopathy attribution bit belongs to both encephalopathy windows, as it applies to
 * whichever tool is used; which window counts is the grader's choice, not the model's. Beside them
 * an assessment keeps its patient's byte: the age in completed years (0-120, bits 0-6) and bit 7
 * set for developmental delay, both as recorded.
 *
 * <p>Internal: exported only to {@code org.icans.grading}. The layout may change in any release;
 * the model's public accessors are the API.
 */
public final class FindingsLayout {
  private FindingsLayout() {}

  // ---------------------------------------------------------------- ICANS (long)

  /** ICE field: 0 not done, else 1 + total. */
  public static final int ICE_SHIFT = 0;
  /** Width mask of the ICE field. */
  public static final int ICE_MASK = 0xF;
  /** Encephalopathy (ICE or CAPD, whichever applies) attributed to another cause. */
  public static final int ENCEPHALOPATHY_ATTRIBUTED_BIT = 4;
  /** CAPD field: 0 not done, 1 + total, or {@link #CAPD_UNABLE}. */
  public static final int CAPD_SHIFT = 5;
  /** Width mask of the CAPD field. */
  public static final int CAPD_MASK = 0x3F;
  /** The CAPD field's value for "unable to perform". */
  public static final int CAPD_UNABLE = 34;
  /** Consciousness field: 0 not assessed, else 1 + ordinal. */
  public static final int CONSCIOUSNESS_SHIFT = 11;
  /** Width mask of the consciousness field. */
  public static final int CONSCIOUSNESS_MASK = 0x7;
  /** Consciousness attributed to another cause. */
  public static final int CONSCIOUSNESS_ATTRIBUTED_BIT = 14;
  /** Seizure field: 0 not assessed, else 1 + ordinal. */
  public static final int SEIZURE_SHIFT = 15;
  /** Width mask of the seizure field. */
  public static final int SEIZURE_MASK = 0x3;
  /** Seizure attributed to another cause. */
  public static final int SEIZURE_ATTRIBUTED_BIT = 17;
  /** Motor field: bit 0 examined, bits 1-4 the finding set by ordinal. */
  public static final int MOTOR_SHIFT = 18;
  /** Width mask of the motor field. */
  public static final int MOTOR_MASK = 0x1F;
  /** Motor attributed to another cause. */
  public static final int MOTOR_ATTRIBUTED_BIT = 23;
  /** Raised-ICP field: bit 0 assessed, bits 1-6 the finding set by ordinal. */
  public static final int ICP_SHIFT = 24;
  /** Width mask of the raised-ICP field. */
  public static final int ICP_MASK = 0x7F;
  /** Raised ICP attributed to another cause. */
  public static final int ICP_ATTRIBUTED_BIT = 31;
  /** Died of ICANS. */
  public static final int DIED_OF_ICANS_BIT = 32;

  /** The attribution bit of each ICANS domain, in {@code IcansDomain} order. */
  private static final int[] ATTRIBUTED_BITS = {
    ENCEPHALOPATHY_ATTRIBUTED_BIT, CONSCIOUSNESS_ATTRIBUTED_BIT, SEIZURE_ATTRIBUTED_BIT,
    MOTOR_ATTRIBUTED_BIT, ICP_ATTRIBUTED_BIT
  };

  /** The attribution bit of the ICANS domain of this ordinal. */
  public static int attributedBit(int domainOrdinal) {
    return ATTRIBUTED_BITS[domainOrdinal];
  }

  /** The ICANS field of {@code findings} at {@code shift}, {@code mask} wide. */
  public static int field(long findings, int shift, int mask) {
    return (int) (findings >>> shift) & mask;
  }

  /** Whether bit {@code bit} of the ICANS {@code findings} is set. */
  public static boolean isSet(long findings, int bit) {
    return (findings & (1L << bit)) != 0;
  }

  // ---------------------------------------------------------------- ICANS windows

  /** The encephalopathy window read with ICE: the ICE field and the attribution bit. */
  public static final int ICE_WINDOW_SHIFT = ICE_SHIFT;
  /** Width mask of the ICE window. */
  public static final int ICE_WINDOW_MASK = 0x1F;
  /** The encephalopathy window read with CAPD: the attribution bit and the CAPD field. */
  public static final int CAPD_WINDOW_SHIFT = ENCEPHALOPATHY_ATTRIBUTED_BIT;
  /** Width mask of the CAPD window. */
  public static final int CAPD_WINDOW_MASK = 0x7F;
  /** The consciousness and seizure fields with their attribution bits. */
  public static final int CONSCIOUSNESS_SEIZURE_WINDOW_SHIFT = CONSCIOUSNESS_SHIFT;
  /** Width mask of the consciousness and seizure window. */
  public static final int CONSCIOUSNESS_SEIZURE_WINDOW_MASK = 0x7F;
  /** The motor field with its attribution bit. */
  public static final int MOTOR_WINDOW_SHIFT = MOTOR_SHIFT;
  /** Width mask of the motor window. */
  public static final int MOTOR_WINDOW_MASK = 0x3F;
  /** The raised ICP field with its attribution bit, and death from ICANS. */
  public static final int ICP_DEATH_WINDOW_SHIFT = ICP_SHIFT;
  /** Width mask of the raised ICP and death window. */
  public static final int ICP_DEATH_WINDOW_MASK = 0x1FF;

  // ---------------------------------------------------------------- the patient's byte

  /** Mask of the age in completed years (0-120) in the patient's byte. */
  public static final int AGE_YEARS_MASK = 0x7F;
  /** The bit of developmental delay in the patient's byte. */
  public static final int DEVELOPMENTAL_DELAY_BIT = 7;

  /**
   * The patient's byte of an age (0-120 years, as a {@code Patient} accepts) and developmental
   * delay: the completed years, and bit 7 for the delay. A layout of the recorded facts: which
   * tool or band an age falls in is for the grader to say.
   */
  public static byte patientByte(double ageYears, boolean developmentalDelay) {
    return (byte) ((int) ageYears | (developmentalDelay ? 1 << DEVELOPMENTAL_DELAY_BIT : 0));
  }

  // ---------------------------------------------------------------- CRS (int)

  /** A temperature was measured. */
  public static final int TEMPERATURE_MEASURED_BIT = 0;
  /** Fever attributed to another cause. */
  public static final int FEVER_ATTRIBUTED_BIT = 1;
  /** Fever masked by antipyretic or anti-cytokine therapy. */
  public static final int FEVER_MASKED_BIT = 2;
  /** Hypotension field: 0 not assessed, else 1 + ordinal. */
  public static final int HYPOTENSION_SHIFT = 3;
  /** Width mask of the hypotension field. */
  public static final int HYPOTENSION_MASK = 0x7;
  /** Hypotension attributed to another cause. */
  public static final int HYPOTENSION_ATTRIBUTED_BIT = 6;
  /** Oxygen device field: 0 not assessed, else 1 + ordinal. */
  public static final int OXYGEN_SHIFT = 7;
  /** Width mask of the oxygen device field. */
  public static final int OXYGEN_MASK = 0xF;
  /** An oxygen flow was recorded. */
  public static final int FLOW_RECORDED_BIT = 11;
  /** Hypoxia attributed to another cause. */
  public static final int HYPOXIA_ATTRIBUTED_BIT = 12;
  /** Died of CRS. */
  public static final int DIED_OF_CRS_BIT = 13;

  /** The fever and hypotension window: bits 0-6. */
  public static final int FEVER_HYPOTENSION_WINDOW_SHIFT = TEMPERATURE_MEASURED_BIT;
  /** Width mask of the fever and hypotension window. */
  public static final int FEVER_HYPOTENSION_WINDOW_MASK = 0x7F;
  /** The oxygen and death window: bits 7-13. */
  public static final int OXYGEN_DEATH_WINDOW_SHIFT = OXYGEN_SHIFT;
  /** Width mask of the oxygen and death window. */
  public static final int OXYGEN_DEATH_WINDOW_MASK = 0x7F;

  /** The attribution bit of each CRS sign, in {@code CrsSign} order. */
  private static final int[] SIGN_ATTRIBUTED_BITS = {
    FEVER_ATTRIBUTED_BIT, HYPOTENSION_ATTRIBUTED_BIT, HYPOXIA_ATTRIBUTED_BIT
  };

  /** The attribution bit of the CRS sign of this ordinal. */
  public static int signAttributedBit(int signOrdinal) {
    return SIGN_ATTRIBUTED_BITS[signOrdinal];
  }
}
