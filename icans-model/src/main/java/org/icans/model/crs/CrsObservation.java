package org.icans.model.crs;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.icans.model.internal.Checks;
import org.icans.model.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * What one assessment found of cytokine release syndrome, as the ASTCT 2019 CRS grade uses it
 * (Lee DW et al., Biol Blood Marrow Transplant 2019;25:625-638, CRS table and footnotes): the
 * highest temperature, whether fever was masked by treatment, the support that hypotension and
 * hypoxia needed, and which signs are attributed to another cause.
 *
 * <p>An absent element was not assessed, never normal. Organ toxicities are deliberately absent:
 * they are graded with CTCAE and do not influence the CRS grade.
 *
 * <p>Immutable and null-free; build one with {@link #builder()}.
 */
@Value.Immutable
@ValueStyle
public abstract class CrsObservation {
  /** The lowest temperature accepted, in degrees Celsius. */
  public static final double MIN_TEMPERATURE_C = 25;
  /** The highest temperature accepted, in degrees Celsius. */
  public static final double MAX_TEMPERATURE_C = 45;

  CrsObservation() {}

  /** A new builder; every element starts as not assessed. */
  public static Builder builder() {
    return new Builder();
  }

  /** An observation in which nothing of CRS was assessed. */
  public static CrsObservation notAssessed() {
    return builder().build();
  }

  /** The highest temperature of the assessment period in degrees Celsius, 25-45, when measured. */
  public abstract OptionalDouble temperatureCelsius();

  /**
   * Whether antipyretic or anti-cytokine therapy (tocilizumab, steroids) was given after CRS began,
   * so that fever is no longer required to grade CRS (ASTCT fever footnote). False unless recorded.
   */
  @Value.Default
  public boolean feverMasked() {
    return false;
  }

  /** The hypotension element, when assessed. */
  public abstract Optional<Hypotension> hypotension();

  /** The oxygen support for hypoxia, when assessed. */
  public abstract Optional<OxygenSupport> oxygen();

  /** The signs the clinician attributes to a cause other than CRS. */
  public abstract Set<CrsSign> attributedToOtherCause();

  /** Whether the patient died of CRS with no other principal cause (grade 5). */
  @Value.Default
  public boolean diedOfCrs() {
    return false;
  }

  @Value.Check
  void check() {
    if (temperatureCelsius().isPresent()) {
      Checks.requireInRange("crs.temperatureCelsius", temperatureCelsius().getAsDouble(),
          MIN_TEMPERATURE_C, MAX_TEMPERATURE_C);
    }
  }

  /** Builds a {@link CrsObservation}; an unset element stays not assessed. */
  public static final class Builder extends ImmutableCrsObservation.Builder {
    Builder() {}
  }
}
