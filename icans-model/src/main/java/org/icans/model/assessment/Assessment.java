package org.icans.model.assessment;

import org.icans.model.InvalidValueException;
import org.icans.model.crs.CrsObservation;
import org.icans.model.icans.IcansObservation;
import org.icans.model.internal.FindingsAccess;
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
      public long icansFindings(Object assessment) {
        return ((Assessment) assessment).icansFindings();
      }

      @Override
      public int crsFindings(Object assessment) {
        return ((Assessment) assessment).crsFindings();
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
      public double ageYears(Object assessment) {
        return ((Assessment) assessment).patientAgeYears();
      }

      @Override
      public boolean developmentalDelay(Object assessment) {
        return ((Assessment) assessment).patientDevelopmentalDelay();
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
  // observations. Findings and recorded facts only: no rule of grading (the grader chooses the
  // tool from the age and the delay). Package-private and auxiliary: not API, and left out of
  // equals, hashCode and toString, which they could not change (they follow from the attributes).
  // Read by the grader through FindingsAccess.AssessmentReader.

  @Value.Derived
  @Value.Auxiliary
  long icansFindings() {
    return FindingsAccess.icans().findings(icans());
  }

  @Value.Derived
  @Value.Auxiliary
  int crsFindings() {
    return FindingsAccess.crs().findings(crs());
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
  double patientAgeYears() {
    return patient().ageYears();
  }

  @Value.Derived
  @Value.Auxiliary
  boolean patientDevelopmentalDelay() {
    return patient().developmentalDelay();
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
