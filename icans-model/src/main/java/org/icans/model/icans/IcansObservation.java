package org.icans.model.icans;

import java.util.Optional;
import java.util.Set;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.internal.ValueStyle;
import org.immutables.value.Value;

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
 * <p>Immutable and null-free; build one with {@link #builder()}.
 */
@Value.Immutable
@ValueStyle
public abstract class IcansObservation {
  IcansObservation() {}

  /** A new builder; every domain starts as not assessed. */
  public static Builder builder() {
    return new Builder();
  }

  /** An observation in which no domain was assessed. */
  public static IcansObservation notAssessed() {
    return builder().build();
  }

  /** The ICE score, when the ICE screen was done. */
  public abstract Optional<IceScore> ice();

  /** The CAPD result (a total, or "unable to perform"), when the CAPD was done. */
  public abstract Optional<CapdScore> capd();

  /** The level of consciousness, when assessed. */
  public abstract Optional<Consciousness> consciousness();

  /** The seizure finding, when assessed. */
  public abstract Optional<Seizure> seizure();

  /** The motor findings, when the motor examination was done. */
  public abstract Optional<MotorFindings> motor();

  /** The raised-ICP / cerebral edema findings, when assessed. */
  public abstract Optional<IcpFindings> icp();

  /** The domains whose findings the clinician attributes to a cause other than ICANS. */
  public abstract Set<IcansDomain> attributedToOtherCause();

  /** Whether the patient died of ICANS with no other principal cause (grade 5). */
  @Value.Default
  public boolean diedOfIcans() {
    return false;
  }

  /** Builds an {@link IcansObservation}; an unset domain stays not assessed. */
  public static final class Builder extends ImmutableIcansObservation.Builder {
    Builder() {}
  }
}
