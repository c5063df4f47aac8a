package org.icans.model.crs;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.icans.model.internal.Checks;
import org.icans.model.internal.Describer;

/**
 * What one assessment found of cytokine release syndrome, as the ASTCT 2019 CRS grade uses it
 * (Lee DW et al., Biol Blood Marrow Transplant 2019;25:625-638, CRS table and footnotes): the
 * highest temperature, whether fever was masked by treatment, the support that hypotension and
 * hypoxia needed, and which signs are attributed to another cause.
 *
 * <p>An absent element was not assessed, never normal. Organ toxicities are deliberately absent:
 * they are graded with CTCAE and do not influence the CRS grade.
 *
 * <p>Immutable, null-free and thread-safe; build one with {@link #builder()}. Written by hand so
 * that its accessors return stored values and grading it allocates nothing.
 */
public final class CrsObservation {
  /** The lowest temperature accepted, in degrees Celsius. */
  public static final double MIN_TEMPERATURE_C = 25;
  /** The highest temperature accepted, in degrees Celsius. */
  public static final double MAX_TEMPERATURE_C = 45;

  private static final CrsObservation NOT_ASSESSED = new Builder().build();

  private final OptionalDouble temperatureCelsius;
  private final boolean feverMasked;
  private final Optional<Hypotension> hypotension;
  private final Optional<OxygenSupport> oxygen;
  private final Set<CrsSign> attributedToOtherCause;
  private final boolean diedOfCrs;

  private CrsObservation(Builder b) {
    this.temperatureCelsius = b.temperatureCelsius;
    this.feverMasked = b.feverMasked;
    this.hypotension = b.hypotension;
    this.oxygen = b.oxygen;
    this.attributedToOtherCause = Collections.unmodifiableSet(EnumSet.copyOf(b.attributed));
    this.diedOfCrs = b.diedOfCrs;
  }

  /** A new builder; every element starts as not assessed. */
  public static Builder builder() {
    return new Builder();
  }

  /** An observation in which nothing of CRS was assessed. */
  public static CrsObservation notAssessed() {
    return NOT_ASSESSED;
  }

  /** The highest temperature of the assessment period in degrees Celsius, 25-45, when measured. */
  public OptionalDouble temperatureCelsius() {
    return temperatureCelsius;
  }

  /**
   * Whether antipyretic or anti-cytokine therapy (tocilizumab, steroids) was given after CRS began,
   * so that fever is no longer required to grade CRS (ASTCT fever footnote). False unless recorded.
   */
  public boolean feverMasked() {
    return feverMasked;
  }

  /** The hypotension element, when assessed. */
  public Optional<Hypotension> hypotension() {
    return hypotension;
  }

  /** The oxygen support for hypoxia, when assessed. */
  public Optional<OxygenSupport> oxygen() {
    return oxygen;
  }

  /** The signs the clinician attributes to a cause other than CRS (unmodifiable). */
  public Set<CrsSign> attributedToOtherCause() {
    return attributedToOtherCause;
  }

  /** Whether the patient died of CRS with no other principal cause (grade 5). */
  public boolean diedOfCrs() {
    return diedOfCrs;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CrsObservation)) {
      return false;
    }
    CrsObservation x = (CrsObservation) o;
    return temperatureCelsius.equals(x.temperatureCelsius) && feverMasked == x.feverMasked
        && hypotension.equals(x.hypotension) && oxygen.equals(x.oxygen)
        && attributedToOtherCause.equals(x.attributedToOtherCause) && diedOfCrs == x.diedOfCrs;
  }

  @Override
  public int hashCode() {
    return Objects.hash(temperatureCelsius, feverMasked, hypotension, oxygen, attributedToOtherCause, diedOfCrs);
  }

  @Override
  public String toString() {
    return new Describer("CrsObservation").add("temperatureCelsius", temperatureCelsius)
        .flag("feverMasked", feverMasked).add("hypotension", hypotension).add("oxygen", oxygen)
        .add("attributedToOtherCause", attributedToOtherCause).flag("diedOfCrs", diedOfCrs).toString();
  }

  /**
   * Builds a {@link CrsObservation}. An unset element stays not assessed; setting one again
   * replaces the earlier value. Not thread-safe; {@code null} is refused.
   */
  public static final class Builder {
    private OptionalDouble temperatureCelsius = OptionalDouble.empty();
    private boolean feverMasked;
    private Optional<Hypotension> hypotension = Optional.empty();
    private Optional<OxygenSupport> oxygen = Optional.empty();
    private final EnumSet<CrsSign> attributed = EnumSet.noneOf(CrsSign.class);
    private boolean diedOfCrs;

    Builder() {}

    /** Copies every value of {@code observation}, replacing what was set. */
    public Builder from(CrsObservation observation) {
      Objects.requireNonNull(observation, "observation");
      this.temperatureCelsius = observation.temperatureCelsius;
      this.feverMasked = observation.feverMasked;
      this.hypotension = observation.hypotension;
      this.oxygen = observation.oxygen;
      this.attributed.clear();
      this.attributed.addAll(observation.attributedToOtherCause);
      this.diedOfCrs = observation.diedOfCrs;
      return this;
    }

    /**
     * The highest temperature in degrees Celsius.
     *
     * @throws org.icans.model.InvalidValueException if it is not a number from 25 to 45
     */
    public Builder temperatureCelsius(double temperatureCelsius) {
      Checks.requireInRange("crs.temperatureCelsius", temperatureCelsius, MIN_TEMPERATURE_C, MAX_TEMPERATURE_C);
      this.temperatureCelsius = OptionalDouble.of(temperatureCelsius);
      return this;
    }

    /** The highest temperature in degrees Celsius, or empty for not measured. */
    public Builder temperatureCelsius(OptionalDouble temperatureCelsius) {
      Objects.requireNonNull(temperatureCelsius, "temperatureCelsius");
      if (temperatureCelsius.isPresent()) {
        return temperatureCelsius(temperatureCelsius.getAsDouble());
      }
      this.temperatureCelsius = temperatureCelsius;
      return this;
    }

    /** Whether fever was masked by antipyretic or anti-cytokine therapy after CRS began. */
    public Builder feverMasked(boolean feverMasked) {
      this.feverMasked = feverMasked;
      return this;
    }

    /** The hypotension element. */
    public Builder hypotension(Hypotension hypotension) {
      this.hypotension = Optional.of(Objects.requireNonNull(hypotension, "hypotension"));
      return this;
    }

    /** The hypotension element, or empty for not assessed. */
    public Builder hypotension(Optional<Hypotension> hypotension) {
      this.hypotension = Objects.requireNonNull(hypotension, "hypotension");
      return this;
    }

    /** The oxygen support. */
    public Builder oxygen(OxygenSupport oxygen) {
      this.oxygen = Optional.of(Objects.requireNonNull(oxygen, "oxygen"));
      return this;
    }

    /** The oxygen support, or empty for not assessed. */
    public Builder oxygen(Optional<OxygenSupport> oxygen) {
      this.oxygen = Objects.requireNonNull(oxygen, "oxygen");
      return this;
    }

    /** Adds signs attributed to another cause. */
    public Builder addAttributedToOtherCause(CrsSign... signs) {
      return addAllAttributedToOtherCause(Arrays.asList(Objects.requireNonNull(signs, "signs")));
    }

    /** Adds signs attributed to another cause. */
    public Builder addAllAttributedToOtherCause(Iterable<CrsSign> signs) {
      int i = 0;
      for (CrsSign s : Objects.requireNonNull(signs, "signs")) {
        attributed.add(Objects.requireNonNull(s, "signs[" + i++ + "]"));
      }
      return this;
    }

    /** Replaces the signs attributed to another cause. */
    public Builder attributedToOtherCause(Iterable<CrsSign> signs) {
      Objects.requireNonNull(signs, "signs");
      attributed.clear();
      return addAllAttributedToOtherCause(signs);
    }

    /** Whether the patient died of CRS with no other principal cause. */
    public Builder diedOfCrs(boolean diedOfCrs) {
      this.diedOfCrs = diedOfCrs;
      return this;
    }

    /** The observation. */
    public CrsObservation build() {
      return new CrsObservation(this);
    }
  }
}
