package org.icans.model.assessment;

import org.icans.model.InvalidValueException;
import org.icans.model.crs.CrsObservation;
import org.icans.model.icans.IcansObservation;
import org.icans.model.internal.FindingsAccess;
import org.icans.model.internal.FindingsLayout;
import org.icans.model.internal.ValueStyle;
import org.icans.model.patient.Patient;
import org.immutables.value.Value;

/**
 * One bedside assessment of one patient: who, when (the day relative to the first infusion), and
 * what was found of ICANS and of CRS. This is the unit that is graded, and a patient's assessments
 * in time order make the course of the toxicity.
 *
 * <p>Day 0 is the infusion day; days before it (lymphodepletion) are negative, down to
 * {@value #MIN_DAY}. Fractions of a day are allowed for assessments several times a day.
 *
 * <p>Immutable and null-free; build one with {@link #builder()}.
 */
@Value.Immutable
@ValueStyle
public abstract class Assessment {
  /** The earliest day accepted, relative to the infusion (the project's CSV contract). */
  public static final double MIN_DAY = -30;

  static {
    FindingsAccess.register(new FindingsAccess.AssessmentReader() {
      @Override
      public byte iceWindow(Object assessment) {
        return ((Assessment) assessment).iceWindow();
      }

      @Override
      public byte capdWindow(Object assessment) {
        return ((Assessment) assessment).capdWindow();
      }

      @Override
      public byte consciousnessSeizureWindow(Object assessment) {
        return ((Assessment) assessment).consciousnessSeizureWindow();
      }

      @Override
      public byte motorWindow(Object assessment) {
        return ((Assessment) assessment).motorWindow();
      }

      @Override
      public short icpDeathWindow(Object assessment) {
        return ((Assessment) assessment).icpDeathWindow();
      }

      @Override
      public byte feverHypotensionWindow(Object assessment) {
        return ((Assessment) assessment).feverHypotensionWindow();
      }

      @Override
      public byte oxygenDeathWindow(Object assessment) {
        return ((Assessment) assessment).oxygenDeathWindow();
      }

      @Override
      public double temperatureCelsius(Object assessment) {
        return ((Assessment) assessment).crsTemperature();
      }

      @Override
      public double flowLitresPerMinute(Object assessment) {
        return ((Assessment) assessment).crsFlow();
      }

      @Override
      public byte patientByte(Object assessment) {
        return ((Assessment) assessment).patientByte();
      }
    });
  }

  Assessment() {}

  /** A new builder; the ICANS and CRS observations start as not assessed. */
  public static Builder builder() {
    return new Builder();
  }

  /** The patient's identifier in the source system; never blank. */
  public abstract String patientId();

  /** Days since the (first) infusion, -30 or later; day 0 is the infusion day. */
  public abstract double day();

  /** The patient context at this assessment (age, developmental delay, weight, product). */
  public abstract Patient patient();

  /** The ICANS findings; not assessed unless set. */
  @Value.Default
  public IcansObservation icans() {
    return IcansObservation.notAssessed();
  }

  /** The CRS findings; not assessed unless set. */
  @Value.Default
  public CrsObservation crs() {
    return CrsObservation.notAssessed();
  }

  // What grading reads, copied flat into the assessment when it is built (derived: final primitive
  // fields of the generated class, computed once, in declaration order, after the attributes above),
  // so that grading an assessment reads this one object, not it, its patient and its two
  // observations: each window of the observations' findings (FindingsLayout) as one byte or short,
  // so that the grader reads each with one load and no shifting; the temperature and flow as
  // recorded; the patient's completed years and developmental delay. Findings and recorded facts
  // only: no rule of grading (the grader chooses the tool from the patient's byte). Package-private
  // and auxiliary: not API, and left out of equals, hashCode and toString, which they could not
  // change (they follow from the attributes). Read by the grader through
  // FindingsAccess.AssessmentReader.

  @Value.Derived
  @Value.Auxiliary
  byte iceWindow() {
    return (byte) icansWindow(FindingsLayout.ICE_WINDOW_SHIFT, FindingsLayout.ICE_WINDOW_MASK);
  }

  @Value.Derived
  @Value.Auxiliary
  byte capdWindow() {
    return (byte) icansWindow(FindingsLayout.CAPD_WINDOW_SHIFT, FindingsLayout.CAPD_WINDOW_MASK);
  }

  @Value.Derived
  @Value.Auxiliary
  byte consciousnessSeizureWindow() {
    return (byte) icansWindow(FindingsLayout.CONSCIOUSNESS_SEIZURE_WINDOW_SHIFT,
        FindingsLayout.CONSCIOUSNESS_SEIZURE_WINDOW_MASK);
  }

  @Value.Derived
  @Value.Auxiliary
  byte motorWindow() {
    return (byte) icansWindow(FindingsLayout.MOTOR_WINDOW_SHIFT, FindingsLayout.MOTOR_WINDOW_MASK);
  }

  @Value.Derived
  @Value.Auxiliary
  short icpDeathWindow() {
    return (short) icansWindow(FindingsLayout.ICP_DEATH_WINDOW_SHIFT, FindingsLayout.ICP_DEATH_WINDOW_MASK);
  }

  @Value.Derived
  @Value.Auxiliary
  byte feverHypotensionWindow() {
    return (byte) crsWindow(FindingsLayout.FEVER_HYPOTENSION_WINDOW_SHIFT,
        FindingsLayout.FEVER_HYPOTENSION_WINDOW_MASK);
  }

  @Value.Derived
  @Value.Auxiliary
  byte oxygenDeathWindow() {
    return (byte) crsWindow(FindingsLayout.OXYGEN_DEATH_WINDOW_SHIFT, FindingsLayout.OXYGEN_DEATH_WINDOW_MASK);
  }

  @Value.Derived
  @Value.Auxiliary
  double crsTemperature() {
    return FindingsAccess.crs().temperatureCelsius(crs());
  }

  @Value.Derived
  @Value.Auxiliary
  double crsFlow() {
    return FindingsAccess.crs().flowLitresPerMinute(crs());
  }

  @Value.Derived
  @Value.Auxiliary
  byte patientByte() {
    return FindingsLayout.patientByte(patient().ageYears(), patient().developmentalDelay());
  }

  private int icansWindow(int shift, int mask) {
    return FindingsLayout.field(FindingsAccess.icans().findings(icans()), shift, mask);
  }

  private int crsWindow(int shift, int mask) {
    return FindingsAccess.crs().findings(crs()) >>> shift & mask;
  }

  @Value.Check
  void check() {
    InvalidValueException.requireNonBlank("patientId", patientId());
    if (!(day() >= MIN_DAY && Double.isFinite(day()))) {
      throw new InvalidValueException("day", day(), "a finite number of days, " + (int) MIN_DAY + " or later");
    }
  }

  /** Builds an {@link Assessment}. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
