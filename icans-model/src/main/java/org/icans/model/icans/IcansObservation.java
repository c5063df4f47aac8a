package org.icans.model.icans;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.internal.Describer;

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
 * <p>Immutable, null-free and thread-safe; build one with {@link #builder()}. Written by hand
 * rather than generated, so that its accessors return stored values and grading it allocates
 * nothing.
 */
public final class IcansObservation {
  private static final IcansObservation NOT_ASSESSED = new Builder().build();

  private final Optional<IceScore> ice;
  private final Optional<CapdScore> capd;
  private final Optional<Consciousness> consciousness;
  private final Optional<Seizure> seizure;
  private final Optional<MotorFindings> motor;
  private final Optional<IcpFindings> icp;
  private final Set<IcansDomain> attributedToOtherCause;
  private final boolean diedOfIcans;

  private IcansObservation(Builder b) {
    this.ice = b.ice;
    this.capd = b.capd;
    this.consciousness = b.consciousness;
    this.seizure = b.seizure;
    this.motor = b.motor;
    this.icp = b.icp;
    this.attributedToOtherCause = Collections.unmodifiableSet(EnumSet.copyOf(b.attributed));
    this.diedOfIcans = b.diedOfIcans;
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
    return consciousness;
  }

  /** The seizure finding, when assessed. */
  public Optional<Seizure> seizure() {
    return seizure;
  }

  /** The motor findings, when the motor examination was done. */
  public Optional<MotorFindings> motor() {
    return motor;
  }

  /** The raised-ICP / cerebral edema findings, when assessed. */
  public Optional<IcpFindings> icp() {
    return icp;
  }

  /** The domains whose findings the clinician attributes to a cause other than ICANS (unmodifiable). */
  public Set<IcansDomain> attributedToOtherCause() {
    return attributedToOtherCause;
  }

  /** Whether the patient died of ICANS with no other principal cause (grade 5). */
  public boolean diedOfIcans() {
    return diedOfIcans;
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
    return ice.equals(x.ice) && capd.equals(x.capd) && consciousness.equals(x.consciousness)
        && seizure.equals(x.seizure) && motor.equals(x.motor) && icp.equals(x.icp)
        && attributedToOtherCause.equals(x.attributedToOtherCause) && diedOfIcans == x.diedOfIcans;
  }

  @Override
  public int hashCode() {
    return Objects.hash(ice, capd, consciousness, seizure, motor, icp, attributedToOtherCause, diedOfIcans);
  }

  @Override
  public String toString() {
    return new Describer("IcansObservation").add("ice", ice).add("capd", capd)
        .add("consciousness", consciousness).add("seizure", seizure).add("motor", motor).add("icp", icp)
        .add("attributedToOtherCause", attributedToOtherCause).flag("diedOfIcans", diedOfIcans).toString();
  }

  /**
   * Builds an {@link IcansObservation}. An unset domain stays not assessed; setting a domain again
   * replaces the earlier value. Not thread-safe; {@code null} is refused.
   */
  public static final class Builder {
    private Optional<IceScore> ice = Optional.empty();
    private Optional<CapdScore> capd = Optional.empty();
    private Optional<Consciousness> consciousness = Optional.empty();
    private Optional<Seizure> seizure = Optional.empty();
    private Optional<MotorFindings> motor = Optional.empty();
    private Optional<IcpFindings> icp = Optional.empty();
    private final EnumSet<IcansDomain> attributed = EnumSet.noneOf(IcansDomain.class);
    private boolean diedOfIcans;

    Builder() {}

    /** Copies every value of {@code observation}, replacing what was set. */
    public Builder from(IcansObservation observation) {
      Objects.requireNonNull(observation, "observation");
      this.ice = observation.ice;
      this.capd = observation.capd;
      this.consciousness = observation.consciousness;
      this.seizure = observation.seizure;
      this.motor = observation.motor;
      this.icp = observation.icp;
      this.attributed.clear();
      this.attributed.addAll(observation.attributedToOtherCause);
      this.diedOfIcans = observation.diedOfIcans;
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
      this.consciousness = Optional.of(Objects.requireNonNull(consciousness, "consciousness"));
      return this;
    }

    /** The level of consciousness, or empty for not assessed. */
    public Builder consciousness(Optional<Consciousness> consciousness) {
      this.consciousness = Objects.requireNonNull(consciousness, "consciousness");
      return this;
    }

    /** The seizure finding. */
    public Builder seizure(Seizure seizure) {
      this.seizure = Optional.of(Objects.requireNonNull(seizure, "seizure"));
      return this;
    }

    /** The seizure finding, or empty for not assessed. */
    public Builder seizure(Optional<Seizure> seizure) {
      this.seizure = Objects.requireNonNull(seizure, "seizure");
      return this;
    }

    /** The motor findings. */
    public Builder motor(MotorFindings motor) {
      this.motor = Optional.of(Objects.requireNonNull(motor, "motor"));
      return this;
    }

    /** The motor findings, or empty for not examined. */
    public Builder motor(Optional<MotorFindings> motor) {
      this.motor = Objects.requireNonNull(motor, "motor");
      return this;
    }

    /** The raised-ICP / edema findings. */
    public Builder icp(IcpFindings icp) {
      this.icp = Optional.of(Objects.requireNonNull(icp, "icp"));
      return this;
    }

    /** The raised-ICP / edema findings, or empty for not assessed. */
    public Builder icp(Optional<IcpFindings> icp) {
      this.icp = Objects.requireNonNull(icp, "icp");
      return this;
    }

    /** Adds domains attributed to another cause. */
    public Builder addAttributedToOtherCause(IcansDomain... domains) {
      return addAllAttributedToOtherCause(Arrays.asList(Objects.requireNonNull(domains, "domains")));
    }

    /** Adds domains attributed to another cause. */
    public Builder addAllAttributedToOtherCause(Iterable<IcansDomain> domains) {
      int i = 0;
      for (IcansDomain d : Objects.requireNonNull(domains, "domains")) {
        attributed.add(Objects.requireNonNull(d, "domains[" + i++ + "]"));
      }
      return this;
    }

    /** Replaces the domains attributed to another cause. */
    public Builder attributedToOtherCause(Iterable<IcansDomain> domains) {
      Objects.requireNonNull(domains, "domains");
      attributed.clear();
      return addAllAttributedToOtherCause(domains);
    }

    /** Whether the patient died of ICANS with no other principal cause. */
    public Builder diedOfIcans(boolean diedOfIcans) {
      this.diedOfIcans = diedOfIcans;
      return this;
    }

    /** The observation. */
    public IcansObservation build() {
      return new IcansObservation(this);
    }
  }
}
