package org.icans.model.crs;

import static org.icans.model.internal.FindingsLayout.DIED_OF_CRS_BIT;
import static org.icans.model.internal.FindingsLayout.FEVER_MASKED_BIT;
import static org.icans.model.internal.FindingsLayout.FLOW_RECORDED_BIT;
import static org.icans.model.internal.FindingsLayout.HYPOTENSION_MASK;
import static org.icans.model.internal.FindingsLayout.HYPOTENSION_SHIFT;
import static org.icans.model.internal.FindingsLayout.OXYGEN_SHIFT;
import static org.icans.model.internal.FindingsLayout.TEMPERATURE_MEASURED_BIT;
import static org.icans.model.internal.FindingsLayout.signAttributedBit;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.icans.model.internal.Describer;
import org.icans.model.internal.EnumSets;
import org.icans.model.internal.FindingsAccess;
import org.icans.model.InvalidValueException;

/**
 * What one assessment found of cytokine release syndrome, as the ASTCT 2019 CRS grade uses it
 * (Lee DW et al., Biol Blood Marrow Transplant 2019;25:625-638, CRS table and footnotes): the
 * highest temperature, whether fever was masked by treatment, the support that hypotension and
 * hypoxia needed, and which signs are attributed to another cause.
 *
 * <p>An absent element was not assessed, never normal. Organ toxicities are deliberately absent:
 * they are graded with CTCAE and do not influence the CRS grade.
 *
 * <p>Immutable, null-free and thread-safe; equal when every element, the attributions and death
 * are equal. Build one with {@link #builder()}. The findings are packed into one word when the
 * observation is built (a layout of what was found, not of grades: the temperature and the oxygen
 * flow are kept as numbers), and the accessors return shared or stored values, so that neither
 * reading nor grading an observation allocates.
 */
public final class CrsObservation {
  /** The lowest temperature accepted, in degrees Celsius. */
  public static final double MIN_TEMPERATURE_C = 25;
  /** The highest temperature accepted, in degrees Celsius. */
  public static final double MAX_TEMPERATURE_C = 45;

  // Shared values the accessors return, indexed by the packed field (0: not assessed).
  private static final Optional<Hypotension>[] HYPOTENSION = hypotensions();
  private static final Set<CrsSign>[] ATTRIBUTED = EnumSets.allSubsets(CrsSign.class);
  private static final CrsSign[] SIGNS = CrsSign.values();
  private static final int ATTRIBUTION_BITS = attributionBits();
  // What the builder packs itself; temperature and oxygen are packed from their values at build.
  private static final int BUILDER_BITS = 1 << FEVER_MASKED_BIT | HYPOTENSION_MASK << HYPOTENSION_SHIFT
      | ATTRIBUTION_BITS | 1 << DIED_OF_CRS_BIT;
  // Oxygen support without a flow is canonical: one shared Optional per device.
  private static final Optional<OxygenSupport>[] WITHOUT_FLOW = withoutFlow();

  static {
    FindingsAccess.register(new FindingsAccess.CrsReader() {
      @Override
      public int findings(Object crsObservation) {
        return ((CrsObservation) crsObservation).findings;
      }

      @Override
      public double temperatureCelsius(Object crsObservation) {
        return ((CrsObservation) crsObservation).temperature;
      }

      @Override
      public double flowLitresPerMinute(Object crsObservation) {
        return ((CrsObservation) crsObservation).flow;
      }
    });
  }

  private static final CrsObservation NOT_ASSESSED = new Builder().build();

  // The packed findings (org.icans.model.internal.FindingsLayout): what was assessed, hypotension,
  // the oxygen device, attributions, masking and death; beside them the temperature and the flow
  // as numbers (NaN when absent), and the temperature and oxygen as the accessors return them.
  private final int findings;
  private final double temperature;
  private final double flow;
  private final OptionalDouble temperatureCelsius;
  private final Optional<OxygenSupport> oxygen;

  private CrsObservation(Builder b) {
    this.temperatureCelsius = b.temperatureCelsius;
    this.temperature = b.temperatureCelsius.orElse(Double.NaN);
    Optional<OxygenSupport> o = b.oxygen;
    if (o.isPresent() && o.get().flowLitresPerMinute().isEmpty()) {
      o = WITHOUT_FLOW[o.get().device().ordinal()];
    }
    this.oxygen = o;
    this.flow = o.isPresent() ? o.get().flowLitresPerMinute().orElse(Double.NaN) : Double.NaN;
    int f = b.findings;
    if (b.temperatureCelsius.isPresent()) {
      f |= 1 << TEMPERATURE_MEASURED_BIT;
    }
    if (o.isPresent()) {
      f |= (1 + o.get().device().ordinal()) << OXYGEN_SHIFT;
      if (o.get().flowLitresPerMinute().isPresent()) {
        f |= 1 << FLOW_RECORDED_BIT;
      }
    }
    this.findings = f;
  }

  private static int attributionBits() {
    int bits = 0;
    for (CrsSign s : CrsSign.values()) {
      bits |= 1 << signAttributedBit(s.ordinal());
    }
    return bits;
  }

  private static Optional<Hypotension>[] hypotensions() {
    Hypotension[] values = Hypotension.values();
    @SuppressWarnings("unchecked")
    Optional<Hypotension>[] all = new Optional[HYPOTENSION_MASK + 1];
    Arrays.fill(all, Optional.empty());
    for (int i = 0; i < values.length; i++) {
      all[i + 1] = Optional.of(values[i]);
    }
    return all;
  }

  private static Optional<OxygenSupport>[] withoutFlow() {
    OxygenDevice[] devices = OxygenDevice.values();
    @SuppressWarnings("unchecked")
    Optional<OxygenSupport>[] all = new Optional[devices.length];
    Arrays.fill(all, Optional.empty());
    for (OxygenDevice d : devices) {
      if (d != OxygenDevice.NASAL_CANNULA) {
        all[d.ordinal()] = Optional.of(OxygenSupport.of(d));
      }
    }
    return all;
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
    return (findings & 1 << FEVER_MASKED_BIT) != 0;
  }

  /** The hypotension element, when assessed. */
  public Optional<Hypotension> hypotension() {
    return HYPOTENSION[findings >>> HYPOTENSION_SHIFT & HYPOTENSION_MASK];
  }

  /** The oxygen support for hypoxia, when assessed. */
  public Optional<OxygenSupport> oxygen() {
    return oxygen;
  }

  /** The signs the clinician attributes to a cause other than CRS (unmodifiable). */
  public Set<CrsSign> attributedToOtherCause() {
    int mask = 0;
    for (CrsSign s : SIGNS) {
      if ((findings & 1 << signAttributedBit(s.ordinal())) != 0) {
        mask |= 1 << s.ordinal();
      }
    }
    return ATTRIBUTED[mask];
  }

  /** Whether the patient died of CRS with no other principal cause (grade 5). */
  public boolean diedOfCrs() {
    return (findings & 1 << DIED_OF_CRS_BIT) != 0;
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
    // The packed findings hold every element but the temperature's and the flow's values.
    return findings == x.findings && temperatureCelsius.equals(x.temperatureCelsius) && oxygen.equals(x.oxygen);
  }

  @Override
  public int hashCode() {
    return (findings * 31 + temperatureCelsius.hashCode()) * 31 + oxygen.hashCode();
  }

  @Override
  public String toString() {
    return new Describer("CrsObservation").add("temperatureCelsius", temperatureCelsius)
        .flag("feverMasked", feverMasked()).add("hypotension", hypotension()).add("oxygen", oxygen)
        .add("attributedToOtherCause", attributedToOtherCause()).flag("diedOfCrs", diedOfCrs()).toString();
  }

  /**
   * Builds a {@link CrsObservation}. An unset element stays not assessed; setting one again
   * replaces the earlier value. Not thread-safe; {@code null} is refused.
   */
  public static final class Builder {
    private OptionalDouble temperatureCelsius = OptionalDouble.empty();
    private Optional<OxygenSupport> oxygen = Optional.empty();
    // Masking, hypotension, the attributions and death, packed as the observation keeps them.
    private int findings;

    Builder() {}

    /** Copies every value of {@code observation}, replacing what was set. */
    public Builder from(CrsObservation observation) {
      Objects.requireNonNull(observation, "observation");
      this.temperatureCelsius = observation.temperatureCelsius;
      this.oxygen = observation.oxygen;
      this.findings = observation.findings & BUILDER_BITS;
      return this;
    }

    /**
     * The highest temperature in degrees Celsius.
     *
     * @throws org.icans.model.InvalidValueException if it is not a number from 25 to 45
     */
    public Builder temperatureCelsius(double temperatureCelsius) {
      InvalidValueException.requireInRange("crs.temperatureCelsius", temperatureCelsius, MIN_TEMPERATURE_C, MAX_TEMPERATURE_C);
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
      return flag(FEVER_MASKED_BIT, feverMasked);
    }

    /** The hypotension element. */
    public Builder hypotension(Hypotension hypotension) {
      return hypotensionField(1 + Objects.requireNonNull(hypotension, "hypotension").ordinal());
    }

    /** The hypotension element, or empty for not assessed. */
    public Builder hypotension(Optional<Hypotension> hypotension) {
      Objects.requireNonNull(hypotension, "hypotension");
      return hypotension.isPresent() ? hypotension(hypotension.get()) : hypotensionField(0);
    }

    private Builder hypotensionField(int value) {
      findings = findings & ~(HYPOTENSION_MASK << HYPOTENSION_SHIFT) | value << HYPOTENSION_SHIFT;
      return this;
    }

    private Builder flag(int bit, boolean set) {
      findings = set ? findings | 1 << bit : findings & ~(1 << bit);
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
      // Checked before any is added: a refused call changes nothing.
      int bits = 0;
      int i = 0;
      for (CrsSign s : Objects.requireNonNull(signs, "signs")) {
        bits |= 1 << signAttributedBit(Objects.requireNonNull(s, "signs[" + i++ + "]").ordinal());
      }
      findings |= bits;
      return this;
    }

    /** Replaces the signs attributed to another cause. */
    public Builder attributedToOtherCause(Iterable<CrsSign> signs) {
      Objects.requireNonNull(signs, "signs");
      int kept = findings;
      findings &= ~ATTRIBUTION_BITS;
      try {
        return addAllAttributedToOtherCause(signs);
      } catch (RuntimeException e) {
        findings = kept;
        throw e;
      }
    }

    /** Whether the patient died of CRS with no other principal cause. */
    public Builder diedOfCrs(boolean diedOfCrs) {
      return flag(DIED_OF_CRS_BIT, diedOfCrs);
    }

    /** The observation. */
    public CrsObservation build() {
      return new CrsObservation(this);
    }
  }
}
