package org.icans.model.icans;

import static org.icans.model.internal.FindingsLayout.CAPD_MASK;
import static org.icans.model.internal.FindingsLayout.CAPD_SHIFT;
import static org.icans.model.internal.FindingsLayout.CAPD_UNABLE;
import static org.icans.model.internal.FindingsLayout.CONSCIOUSNESS_MASK;
import static org.icans.model.internal.FindingsLayout.CONSCIOUSNESS_SHIFT;
import static org.icans.model.internal.FindingsLayout.DIED_OF_ICANS_BIT;
import static org.icans.model.internal.FindingsLayout.ICE_MASK;
import static org.icans.model.internal.FindingsLayout.ICE_SHIFT;
import static org.icans.model.internal.FindingsLayout.ICP_MASK;
import static org.icans.model.internal.FindingsLayout.ICP_SHIFT;
import static org.icans.model.internal.FindingsLayout.MOTOR_MASK;
import static org.icans.model.internal.FindingsLayout.MOTOR_SHIFT;
import static org.icans.model.internal.FindingsLayout.SEIZURE_MASK;
import static org.icans.model.internal.FindingsLayout.SEIZURE_SHIFT;
import static org.icans.model.internal.FindingsLayout.attributedBit;
import static org.icans.model.internal.FindingsLayout.field;
import static org.icans.model.internal.FindingsLayout.isSet;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.internal.Describer;
import org.icans.model.internal.EnumSets;
import org.icans.model.internal.FindingsAccess;

/**
 * What one bedside neurological assessment found, domain by domain, as the ASTCT 2019 ICANS
 * consensus grades it (Lee DW et al., Biol Blood Marrow Transplant 2019;25:625-638).
 *
 * <p><b>Not assessed is its own state.</b> Every domain is optional, and an absent domain means it
 * was not assessed, never that it was normal: a grade computed from such an observation is only a
 * lower bound. A normal finding is recorded explicitly ({@link Consciousness#ALERT},
 * {@link Seizure#NONE}, {@link MotorFindings#none()}, {@link IcpFindings#none()}, ICE 10, CAPD 0).
 *
 * <p>Both encephalopathy tools may be recorded; which one applies is decided by the patient's age
 * and developmental delay when grading, and the other is ignored.
 *
 * <p>Attribution of a domain to another cause (sedating drugs, intracranial hemorrhage, stroke,
 * infection, metabolic causes) is a clinical judgement and an explicit input: a domain listed in
 * {@link #attributedToOtherCause()} is left out of the grade.
 *
 * <p>Immutable, null-free and thread-safe; equal when every domain, the attributions and death are
 * equal. Build one with {@link #builder()}. The findings are packed into one word when the
 * observation is built (a layout of what was found, not of grades), and the accessors return shared
 * {@code Optional}s decoded from it, so that neither reading nor grading an observation allocates.
 */
public final class IcansObservation {
  // Shared values the accessors return, indexed by the packed field (0: not assessed).
  private static final Optional<Consciousness>[] CONSCIOUSNESS = optionals(Consciousness.values());
  private static final Optional<Seizure>[] SEIZURES = optionals(Seizure.values());
  private static final Optional<MotorFindings>[] MOTOR = empties(2 << 4);
  private static final Optional<IcpFindings>[] ICP = empties(2 << 6);
  private static final Set<IcansDomain>[] ATTRIBUTED = EnumSets.allSubsets(IcansDomain.class);
  private static final IcansDomain[] DOMAINS = IcansDomain.values();
  private static final long ENCEPHALOPATHY_VALUES = (long) ICE_MASK << ICE_SHIFT | (long) CAPD_MASK << CAPD_SHIFT;
  private static final long ATTRIBUTION_BITS = attributionBits();
  // The canonical ICE totals, CAPD totals and "unable to perform" share their Optionals; a score
  // recorded task by task or answer by answer keeps the caller's.
  private static final Optional<IceScore>[] ICE_TOTALS = empties(IceScore.MAX + 1);
  private static final Optional<CapdScore>[] CAPD_TOTALS = empties(CapdScore.MAX + 2);

  static {
    // A field that is not 0 always has its "assessed" bit (bit 0) set; the other slots stay empty.
    for (int mask = 0; mask < 16; mask++) {
      MOTOR[1 | mask << 1] = Optional.of(MotorFindings.ofMask(mask));
    }
    for (int mask = 0; mask < 64; mask++) {
      ICP[1 | mask << 1] = Optional.of(IcpFindings.ofMask(mask));
    }
    for (int t = 0; t <= IceScore.MAX; t++) {
      ICE_TOTALS[t] = Optional.of(IceScore.ofTotal(t));
    }
    for (int t = 0; t <= CapdScore.MAX; t++) {
      CAPD_TOTALS[t] = Optional.of(CapdScore.ofTotal(t));
    }
    CAPD_TOTALS[CapdScore.MAX + 1] = Optional.of(CapdScore.unableToPerform());
    FindingsAccess.register(o -> ((IcansObservation) o).findings);
  }

  private static final IcansObservation NOT_ASSESSED = new Builder().build();

  // The packed findings (org.icans.model.internal.FindingsLayout): every domain's value and
  // attribution, and death. ICE and CAPD are kept as well, for their tasks and answers.
  private final long findings;
  private final Optional<IceScore> ice;
  private final Optional<CapdScore> capd;

  private IcansObservation(Builder b) {
    this.ice = sharedIce(b.ice);
    this.capd = sharedCapd(b.capd);
    long f = b.findings;
    if (b.ice.isPresent()) {
      f |= (long) (1 + b.ice.get().total()) << ICE_SHIFT;
    }
    if (b.capd.isPresent()) {
      CapdScore c = b.capd.get();
      f |= (long) (c.isUnableToPerform() ? CAPD_UNABLE : 1 + c.total().getAsInt()) << CAPD_SHIFT;
    }
    this.findings = f;
  }

  private static long attributionBits() {
    long bits = 0;
    for (IcansDomain d : IcansDomain.values()) {
      bits |= 1L << attributedBit(d.ordinal());
    }
    return bits;
  }

  /** Empty, then each value: indexed by a packed field of 1 + ordinal. */
  @SafeVarargs
  private static <E> Optional<E>[] optionals(E... values) {
    Optional<E>[] all = empties(values.length + 1);
    for (int i = 0; i < values.length; i++) {
      all[i + 1] = Optional.of(values[i]);
    }
    return all;
  }

  private static <E> Optional<E>[] empties(int size) {
    @SuppressWarnings("unchecked")
    Optional<E>[] all = new Optional[size];
    Arrays.fill(all, Optional.empty());
    return all;
  }

  /** The shared Optional of a total-only ICE (canonical), else {@code ice} itself. */
  private static Optional<IceScore> sharedIce(Optional<IceScore> ice) {
    if (ice.isPresent()) {
      Optional<IceScore> total = ICE_TOTALS[ice.get().total()];
      return total.get() == ice.get() ? total : ice;
    }
    return ice;
  }

  /** The shared Optional of a total-only or "unable" CAPD (canonical), else {@code capd} itself. */
  private static Optional<CapdScore> sharedCapd(Optional<CapdScore> capd) {
    if (capd.isPresent()) {
      CapdScore c = capd.get();
      Optional<CapdScore> total = CAPD_TOTALS[c.isUnableToPerform() ? CapdScore.MAX + 1 : c.total().getAsInt()];
      return total.get() == c ? total : capd;
    }
    return capd;
  }

  /** A new builder; every domain starts as not assessed. */
  public static Builder builder() {
    return new Builder();
  }

  /** An observation in which no domain was assessed. */
  public static IcansObservation notAssessed() {
    return NOT_ASSESSED;
  }

  /** The ICE score, when the ICE screen was done. */
  public Optional<IceScore> ice() {
    return ice;
  }

  /** The CAPD result (a total, or "unable to perform"), when the CAPD was done. */
  public Optional<CapdScore> capd() {
    return capd;
  }

  /** The level of consciousness, when assessed. */
  public Optional<Consciousness> consciousness() {
    return CONSCIOUSNESS[field(findings, CONSCIOUSNESS_SHIFT, CONSCIOUSNESS_MASK)];
  }

  /** The seizure finding, when assessed. */
  public Optional<Seizure> seizure() {
    return SEIZURES[field(findings, SEIZURE_SHIFT, SEIZURE_MASK)];
  }

  /** The motor findings, when the motor examination was done. */
  public Optional<MotorFindings> motor() {
    return MOTOR[field(findings, MOTOR_SHIFT, MOTOR_MASK)];
  }

  /** The raised-ICP / cerebral edema findings, when assessed. */
  public Optional<IcpFindings> icp() {
    return ICP[field(findings, ICP_SHIFT, ICP_MASK)];
  }

  /** The domains whose findings the clinician attributes to a cause other than ICANS (unmodifiable). */
  public Set<IcansDomain> attributedToOtherCause() {
    int mask = 0;
    for (IcansDomain d : DOMAINS) {
      if (isSet(findings, attributedBit(d.ordinal()))) {
        mask |= 1 << d.ordinal();
      }
    }
    return ATTRIBUTED[mask];
  }

  /** Whether the patient died of ICANS with no other principal cause (grade 5). */
  public boolean diedOfIcans() {
    return isSet(findings, DIED_OF_ICANS_BIT);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof IcansObservation)) {
      return false;
    }
    IcansObservation x = (IcansObservation) o;
    // The packed findings hold every domain; ICE and CAPD add their tasks and answers.
    return findings == x.findings && ice.equals(x.ice) && capd.equals(x.capd);
  }

  @Override
  public int hashCode() {
    return (Long.hashCode(findings) * 31 + ice.hashCode()) * 31 + capd.hashCode();
  }

  @Override
  public String toString() {
    return new Describer("IcansObservation").add("ice", ice).add("capd", capd)
        .add("consciousness", consciousness()).add("seizure", seizure()).add("motor", motor()).add("icp", icp())
        .add("attributedToOtherCause", attributedToOtherCause()).flag("diedOfIcans", diedOfIcans()).toString();
  }

  /**
   * Builds an {@link IcansObservation}. An unset domain stays not assessed; setting a domain again
   * replaces the earlier value. Not thread-safe; {@code null} is refused.
   */
  public static final class Builder {
    private Optional<IceScore> ice = Optional.empty();
    private Optional<CapdScore> capd = Optional.empty();
    // Every other domain, the attributions and death, packed as the observation keeps them.
    private long findings;

    Builder() {}

    /** Copies every value of {@code observation}, replacing what was set. */
    public Builder from(IcansObservation observation) {
      Objects.requireNonNull(observation, "observation");
      this.ice = observation.ice;
      this.capd = observation.capd;
      this.findings = observation.findings & ~ENCEPHALOPATHY_VALUES;
      return this;
    }

    /** The ICE score. */
    public Builder ice(IceScore ice) {
      this.ice = Optional.of(Objects.requireNonNull(ice, "ice"));
      return this;
    }

    /** The ICE score, or empty for not done. */
    public Builder ice(Optional<IceScore> ice) {
      this.ice = Objects.requireNonNull(ice, "ice");
      return this;
    }

    /** The CAPD result. */
    public Builder capd(CapdScore capd) {
      this.capd = Optional.of(Objects.requireNonNull(capd, "capd"));
      return this;
    }

    /** The CAPD result, or empty for not done. */
    public Builder capd(Optional<CapdScore> capd) {
      this.capd = Objects.requireNonNull(capd, "capd");
      return this;
    }

    /** The level of consciousness. */
    public Builder consciousness(Consciousness consciousness) {
      return field(CONSCIOUSNESS_SHIFT, CONSCIOUSNESS_MASK,
          1 + Objects.requireNonNull(consciousness, "consciousness").ordinal());
    }

    /** The level of consciousness, or empty for not assessed. */
    public Builder consciousness(Optional<Consciousness> consciousness) {
      Objects.requireNonNull(consciousness, "consciousness");
      return consciousness.isPresent() ? consciousness(consciousness.get())
          : field(CONSCIOUSNESS_SHIFT, CONSCIOUSNESS_MASK, 0);
    }

    /** The seizure finding. */
    public Builder seizure(Seizure seizure) {
      return field(SEIZURE_SHIFT, SEIZURE_MASK, 1 + Objects.requireNonNull(seizure, "seizure").ordinal());
    }

    /** The seizure finding, or empty for not assessed. */
    public Builder seizure(Optional<Seizure> seizure) {
      Objects.requireNonNull(seizure, "seizure");
      return seizure.isPresent() ? seizure(seizure.get()) : field(SEIZURE_SHIFT, SEIZURE_MASK, 0);
    }

    /** The motor findings. */
    public Builder motor(MotorFindings motor) {
      return field(MOTOR_SHIFT, MOTOR_MASK, 1 | Objects.requireNonNull(motor, "motor").mask() << 1);
    }

    /** The motor findings, or empty for not examined. */
    public Builder motor(Optional<MotorFindings> motor) {
      Objects.requireNonNull(motor, "motor");
      return motor.isPresent() ? motor(motor.get()) : field(MOTOR_SHIFT, MOTOR_MASK, 0);
    }

    /** The raised-ICP / edema findings. */
    public Builder icp(IcpFindings icp) {
      return field(ICP_SHIFT, ICP_MASK, 1 | Objects.requireNonNull(icp, "icp").mask() << 1);
    }

    /** The raised-ICP / edema findings, or empty for not assessed. */
    public Builder icp(Optional<IcpFindings> icp) {
      Objects.requireNonNull(icp, "icp");
      return icp.isPresent() ? icp(icp.get()) : field(ICP_SHIFT, ICP_MASK, 0);
    }

    private Builder field(int shift, int mask, int value) {
      findings = findings & ~((long) mask << shift) | (long) value << shift;
      return this;
    }

    /** Adds domains attributed to another cause. */
    public Builder addAttributedToOtherCause(IcansDomain... domains) {
      return addAllAttributedToOtherCause(Arrays.asList(Objects.requireNonNull(domains, "domains")));
    }

    /** Adds domains attributed to another cause. */
    public Builder addAllAttributedToOtherCause(Iterable<IcansDomain> domains) {
      // Checked before any is added: a refused call changes nothing.
      long bits = 0;
      int i = 0;
      for (IcansDomain d : Objects.requireNonNull(domains, "domains")) {
        bits |= 1L << attributedBit(Objects.requireNonNull(d, "domains[" + i++ + "]").ordinal());
      }
      findings |= bits;
      return this;
    }

    /** Replaces the domains attributed to another cause. */
    public Builder attributedToOtherCause(Iterable<IcansDomain> domains) {
      Objects.requireNonNull(domains, "domains");
      long kept = findings;
      findings &= ~ATTRIBUTION_BITS;
      try {
        return addAllAttributedToOtherCause(domains);
      } catch (RuntimeException e) {
        findings = kept;
        throw e;
      }
    }

    /** Whether the patient died of ICANS with no other principal cause. */
    public Builder diedOfIcans(boolean diedOfIcans) {
      findings = diedOfIcans ? findings | 1L << DIED_OF_ICANS_BIT : findings & ~(1L << DIED_OF_ICANS_BIT);
      return this;
    }

    /** The observation. */
    public IcansObservation build() {
      return new IcansObservation(this);
    }
  }
}
