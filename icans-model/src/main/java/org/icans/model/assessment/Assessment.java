package org.icans.model.assessment;

import org.icans.model.InvalidValueException;
import org.icans.model.crs.CrsObservation;
import org.icans.model.icans.IcansObservation;
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
