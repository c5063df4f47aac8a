package org.icans.model.internal;

import java.util.Objects;

/**
 * Hands the grading module the packed findings of the model's observations ({@link FindingsLayout})
 * without making them public API: each observation class registers a reader of its private fields
 * once, when the class is initialised, and the grader keeps that reader in a constant. Typed on
 * {@code Object} so that this floor does not import the packages above it.
 *
 * <p>An {@code Assessment} keeps flat copies of what grading reads (its two observations' findings
 * cut into their windows, the CRS temperature and flow, and the patient's completed years and
 * developmental delay), computed once when it is built, so that grading an assessment reads one
 * object instead of four. These are copies of findings and of the patient's recorded facts, not of
 * any grading rule: the choice of encephalopathy tool stays with the grader.
 *
 * <p>Internal: exported only to {@code org.icans.grading}.
 */
public final class FindingsAccess {
  private FindingsAccess() {}

  /** Reads the findings of an {@code IcansObservation}. */
  public interface IcansReader {
    /** The packed findings ({@link FindingsLayout}, ICANS) of an {@code IcansObservation}. */
    long findings(Object icansObservation);
  }

  /** Reads the findings of a {@code CrsObservation}. */
  public interface CrsReader {
    /** The packed findings ({@link FindingsLayout}, CRS) of a {@code CrsObservation}. */
    int findings(Object crsObservation);

    /** The temperature in degrees Celsius, NaN when not measured. */
    double temperatureCelsius(Object crsObservation);

    /** The oxygen flow in L/min, NaN when not recorded (or no oxygen assessed). */
    double flowLitresPerMinute(Object crsObservation);
  }

  /**
   * Reads what grading needs of an {@code Assessment}, from the assessment alone: the windows of
   * its two observations' findings ({@link FindingsLayout}), the CRS temperature and flow, and its
   * patient's byte. Each is a small field of the assessment, so each is one load.
   */
  public interface AssessmentReader {
    /** The ICANS observation's encephalopathy window read with ICE. */
    byte iceWindow(Object assessment);

    /** The ICANS observation's encephalopathy window read with CAPD. */
    byte capdWindow(Object assessment);

    /** The ICANS observation's consciousness and seizure window. */
    byte consciousnessSeizureWindow(Object assessment);

    /** The ICANS observation's motor window. */
    byte motorWindow(Object assessment);

    /** The ICANS observation's raised ICP and death window. */
    short icpDeathWindow(Object assessment);

    /** The CRS observation's fever and hypotension window. */
    byte feverHypotensionWindow(Object assessment);

    /** The CRS observation's oxygen and death window. */
    byte oxygenDeathWindow(Object assessment);

    /** The CRS observation's temperature in degrees Celsius, NaN when not measured. */
    double temperatureCelsius(Object assessment);

    /** The CRS observation's oxygen flow in L/min, NaN when not recorded. */
    double flowLitresPerMinute(Object assessment);

    /** The patient's byte ({@link FindingsLayout#patientByte}): completed years and delay. */
    byte patientByte(Object assessment);
  }

  private static final String ICANS_TYPE = "org.icans.model.icans.IcansObservation";
  private static final String CRS_TYPE = "org.icans.model.crs.CrsObservation";
  private static final String ASSESSMENT_TYPE = "org.icans.model.assessment.Assessment";

  private static volatile IcansReader icans;
  private static volatile CrsReader crs;
  private static volatile AssessmentReader assessment;

  /**
   * Registers the ICANS reader; called once by {@code IcansObservation}'s class initialiser.
   *
   * @throws IllegalStateException if a reader is already registered
   */
  public static void register(IcansReader reader) {
    Objects.requireNonNull(reader, "reader");
    if (icans != null) {
      throw new IllegalStateException("an ICANS findings reader is already registered");
    }
    icans = reader;
  }

  /**
   * Registers the CRS reader; called once by {@code CrsObservation}'s class initialiser.
   *
   * @throws IllegalStateException if a reader is already registered
   */
  public static void register(CrsReader reader) {
    Objects.requireNonNull(reader, "reader");
    if (crs != null) {
      throw new IllegalStateException("a CRS findings reader is already registered");
    }
    crs = reader;
  }

  /**
   * Registers the assessment reader; called once by {@code Assessment}'s class initialiser.
   *
   * @throws IllegalStateException if a reader is already registered
   */
  public static void register(AssessmentReader reader) {
    Objects.requireNonNull(reader, "reader");
    if (assessment != null) {
      throw new IllegalStateException("an assessment reader is already registered");
    }
    assessment = reader;
  }

  /** The ICANS reader, initialising {@code IcansObservation} first if no instance was made yet. */
  public static IcansReader icans() {
    if (icans == null) {
      initialise(ICANS_TYPE);
    }
    return icans;
  }

  /** The CRS reader, initialising {@code CrsObservation} first if no instance was made yet. */
  public static CrsReader crs() {
    if (crs == null) {
      initialise(CRS_TYPE);
    }
    return crs;
  }

  /** The assessment reader, initialising {@code Assessment} first if no instance was made yet. */
  public static AssessmentReader assessment() {
    if (assessment == null) {
      initialise(ASSESSMENT_TYPE);
    }
    return assessment;
  }

  // Not synchronised: the class initialiser of the observation registers (a volatile write) while
  // the JVM's own initialisation lock is held, so no lock of ours can be taken in the wrong order.
  private static void initialise(String type) {
    try {
      Class.forName(type, true, FindingsAccess.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(type + " is missing from the model", e);
    }
  }
}
