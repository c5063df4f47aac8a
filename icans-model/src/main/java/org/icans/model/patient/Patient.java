package org.icans.model.patient;

import org.icans.model.InvalidValueException;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icans.model.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * What grading and management need to know about the patient at the time of an assessment.
 *
 * <p>Age and developmental delay choose the encephalopathy tool of the ASTCT consensus: the CAPD
 * for children under 12 and for patients of any age with developmental delay, the ICE screen
 * otherwise (Lee DW et al. 2019; seed 002). Developmental delay is a clinician-supplied flag: the
 * consensus does not define it. Weight drives per-kilogram doses; the product drives risk and
 * label-specific management.
 *
 * <p>Immutable and null-free; build one with {@link #builder()} or {@link #aged(double)}.
 */
@Value.Immutable
@ValueStyle
public abstract class Patient {
  /** The highest age accepted, in years. */
  public static final double MAX_AGE_YEARS = 120;

  Patient() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A patient of this age in years, without developmental delay, weight or product. */
  public static Patient aged(double ageYears) {
    return builder().ageYears(ageYears).build();
  }

  /** Age in years, 0-120; fractions allowed (an 18-month-old is 1.5). */
  public abstract double ageYears();

  /** Whether the patient has baseline developmental delay (CAPD at any age). False unless recorded. */
  @Value.Default
  public boolean developmentalDelay() {
    return false;
  }

  /** Body weight in kilograms, when known. */
  public abstract OptionalDouble weightKg();

  /** The product received, when known. */
  public abstract Optional<Product> product();

  @Value.Check
  void check() {
    InvalidValueException.requireInRange("patient.ageYears", ageYears(), 0, MAX_AGE_YEARS);
    if (weightKg().isPresent()) {
      InvalidValueException.requirePositive("patient.weightKg", weightKg().getAsDouble());
    }
  }

  /** Builds a {@link Patient}. */
  public static final class Builder extends ImmutablePatient.Builder {
    Builder() {}
  }
}
