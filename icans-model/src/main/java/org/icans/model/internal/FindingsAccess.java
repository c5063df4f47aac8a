package org.icans.model.internal;

import java.util.Objects;

/**
 * Hands the grading module the packed findings of the model's observations ({@link FindingsLayout})
 * without making them public API: each observation class registers a reader of its private fields
 * once, when the class is initialised, and the grader keeps that reader in a constant. Typed on
 * {@code Object} so that this floor does not import the packages above it.
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

  private static final String ICANS_TYPE = "org.icans.model.icans.IcansObservation";
  private static final String CRS_TYPE = "org.icans.model.crs.CrsObservation";

  private static volatile IcansReader icans;
  private static volatile CrsReader crs;

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
