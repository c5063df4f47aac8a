package org.icans.grading.icans;

import java.util.Objects;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;

/**
 * The columnar batch API: ICANS observations encoded as one {@code int} each, graded in bulk
 * into a {@code byte} per observation, for registries that grade millions of rows.
 *
 * <p>An observation is encoded once ({@link #encode(IcansObservation, Patient)}), with the
 * encephalopathy tool chosen at that moment; the code keeps every finding the grade depends on,
 * so that {@link #grade(int)}, {@link #gradeAll(int[], byte[])} and {@link #result(int)} give the
 * same grade as {@link IcansGrader} for the same observation. {@link #NO_GRADE} (-1) stands for
 * "no grade". The bit layout is stable within a minor version and documented in the source.
 *
 * <p>Stateless and thread-safe; the batch path allocates nothing.
 */
public final class IcansBatch {
  private IcansBatch() {}

  /** The grade byte for an observation with nothing gradeable. */
  public static final byte NO_GRADE = -1;

  private static final byte INVALID = 100;
  private static final int INVALID_FLAG = 64;

  // Grade + 1 (0 = no grade) of the domains in bits 0-11 (encephalopathy, tool, consciousness,
  // seizure), indexed with their three attribution bits above; INVALID for impossible values.
  private static final byte[] LOW = new byte[1 << 15];
  // The same for bits 12-23 (motor, raised ICP) with their two attribution bits.
  private static final byte[] HIGH = new byte[1 << 14];
  // Bits 29-31: death gives grade 5; bits 30-31 must be 0.
  private static final byte[] TOP = {0, 6, INVALID, INVALID, INVALID, INVALID, INVALID, INVALID};

  static {
    for (int i = 0; i < LOW.length; i++) {
      int code = (i & 0xFFF) | ((i >>> 12) << IcansCode.ATTR_SHIFT);
      LOW[i] = lowGrade(code);
    }
    for (int i = 0; i < HIGH.length; i++) {
      int code = ((i & 0xFFF) << 12) | ((i >>> 12) << (IcansCode.ATTR_SHIFT + 3));
      HIGH[i] = highGrade(code);
    }
  }

  private static byte lowGrade(int code) {
    if (IcansCode.invalidReason(code) != null) {
      return INVALID;
    }
    // The batch ignores the ICE 0 / unarousable refinement: it changes the drivers, never the
    // grade, because an unarousable patient's consciousness domain is grade 4 by itself.
    int worst = Math.max(IcansGrader.domainGrade(code, IcansDomain.ENCEPHALOPATHY),
        Math.max(IcansGrader.domainGrade(code, IcansDomain.CONSCIOUSNESS),
            IcansGrader.domainGrade(code, IcansDomain.SEIZURE)));
    return (byte) (1 + worst);
  }

  private static byte highGrade(int code) {
    if (IcansCode.invalidReason(code) != null) {
      return INVALID;
    }
    int worst = Math.max(IcansGrader.domainGrade(code, IcansDomain.MOTOR),
        IcansGrader.domainGrade(code, IcansDomain.ICP));
    return (byte) (1 + worst);
  }

  /** Encodes an observation of this patient; age and developmental delay choose the tool now. */
  public static int encode(IcansObservation observation, Patient patient) {
    Objects.requireNonNull(observation, "observation");
    return IcansCode.encode(observation, EncephalopathyTool.forPatient(patient));
  }

  /** Encodes an observation to be graded with the given encephalopathy tool. */
  public static int encode(IcansObservation observation, EncephalopathyTool tool) {
    return IcansCode.encode(observation, tool);
  }

  /**
   * The grade of one encoded observation, 0-5, or {@link #NO_GRADE}.
   *
   * @throws IllegalArgumentException if {@code code} is not a valid encoding
   */
  public static int grade(int code) {
    int g = rawGrade(code);
    if ((g & INVALID_FLAG) != 0) {
      throw invalid(code, -1);
    }
    return g - 1;
  }

  /**
   * Grades {@code codes} into {@code grades}: {@code grades[i]} is the grade of {@code codes[i]},
   * 0-5 or {@link #NO_GRADE}. Allocates nothing.
   *
   * @throws IllegalArgumentException if the arrays differ in length, or a code is not a valid
   *     encoding (the message gives its index; grades before it are written)
   */
  public static void gradeAll(int[] codes, byte[] grades) {
    Objects.requireNonNull(codes, "codes");
    Objects.requireNonNull(grades, "grades");
    if (codes.length != grades.length) {
      throw new IllegalArgumentException("codes (" + codes.length + ") and grades (" + grades.length
          + ") must have the same length");
    }
    int flags = 0;
    for (int i = 0; i < codes.length; i++) {
      int g = rawGrade(codes[i]);
      grades[i] = (byte) (g - 1);
      flags |= g;
    }
    if ((flags & INVALID_FLAG) != 0) {
      for (int i = 0; i < codes.length; i++) {
        if ((rawGrade(codes[i]) & INVALID_FLAG) != 0) {
          throw invalid(codes[i], i);
        }
      }
    }
  }

  private static int rawGrade(int c) {
    int low = LOW[(c & 0xFFF) | ((c >>> 12) & 0x7000)];
    int high = HIGH[((c >>> 12) & 0xFFF) | ((c >>> 15) & 0x3000)];
    return Math.max(Math.max(low, high), TOP[c >>> 29]);
  }

  /**
   * Whether the encoded observation assessed every domain (or attributed it to another cause), so
   * that its grade is not only a lower bound.
   */
  public static boolean isComplete(int code) {
    requireValid(code);
    for (IcansDomain d : IcansDomain.values()) {
      if (!IcansCode.assessed(code, d) && !IcansCode.attributed(code, d)) {
        return false;
      }
    }
    return true;
  }

  /** The full, explainable result of an encoded observation; the same object the object API returns. */
  public static IcansGrade result(int code) {
    requireValid(code);
    return IcansGrader.ofValidCode(code);
  }

  private static void requireValid(int code) {
    if (IcansCode.invalidReason(code) != null) {
      throw invalid(code, -1);
    }
  }

  private static IllegalArgumentException invalid(int code, int index) {
    return new IllegalArgumentException((index >= 0 ? "codes[" + index + "]: " : "")
        + "0x" + Integer.toHexString(code) + " is not an ICANS encoding: " + IcansCode.invalidReason(code)
        + "; encode observations with IcansBatch.encode");
  }
}
