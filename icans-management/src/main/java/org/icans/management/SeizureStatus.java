package org.icans.management;

import java.util.Objects;
import org.icans.model.Coded;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;

/**
 * Seizures attributed to ICANS, as the ASTCT 2019 seizure domain describes them. A seizure makes
 * ICANS at least grade 3; a prolonged or repetitive seizure without return to baseline makes it
 * grade 4 (Lee DW et al. 2019, ICANS table), so a {@link Situation} refuses a lower grade.
 */
public enum SeizureStatus implements Coded {
  /** The seizure domain was not assessed: never taken as "no seizure". The default of a {@link Situation}. */
  NOT_ASSESSED("not_assessed", 0, "not assessed"),
  /** A seizure was recorded but attributed to another cause (not ICANS; ASTCT 2019 grades only ICANS). */
  ATTRIBUTED_TO_OTHER_CAUSE("attributed_to_other_cause", 0, "attributed to another cause"),
  /** No seizure. */
  NONE("none", 0, "none"),
  /**
   * A clinical seizure, focal or generalised, that resolved rapidly, or a non-convulsive seizure on
   * EEG that resolved with intervention (ASTCT grade 3).
   */
  SEIZURE_RESOLVED("seizure_resolved", 3, "seizure that resolved"),
  /** Non-convulsive status epilepticus on EEG (grade 3 or 4 by whether it resolves with intervention). */
  NONCONVULSIVE_STATUS_EPILEPTICUS("nonconvulsive_status_epilepticus", 3, "non-convulsive status epilepticus"),
  /**
   * A life-threatening prolonged seizure (more than 5 minutes), or repetitive clinical or
   * electrical seizures without return to baseline in between (ASTCT grade 4).
   */
  PROLONGED_OR_REPETITIVE("prolonged_or_repetitive", 4, "prolonged or repetitive seizures without return to baseline");

  private final String code;
  private final int minimumGrade;
  private final String display;

  SeizureStatus(String code, int minimumGrade, String display) {
    this.code = code;
    this.minimumGrade = minimumGrade;
    this.display = display;
  }

  /**
   * The status the model's seizure domain of an observation gives: not assessed when the domain is
   * empty, attributed when the observation attributes the domain to another cause, else the
   * model's finding ({@code RAPIDLY_RESOLVING} is {@link #SEIZURE_RESOLVED}). Non-convulsive status
   * epilepticus is a refinement the model does not record; set it on the situation explicitly.
   */
  public static SeizureStatus from(IcansObservation observation) {
    Objects.requireNonNull(observation, "observation");
    if (observation.attributedToOtherCause().contains(IcansDomain.SEIZURE)) {
      return observation.seizure().isPresent() ? ATTRIBUTED_TO_OTHER_CAUSE : NOT_ASSESSED;
    }
    if (observation.seizure().isEmpty()) {
      return NOT_ASSESSED;
    }
    switch (observation.seizure().get()) {
      case NONE:
        return NONE;
      case RAPIDLY_RESOLVING:
        return SEIZURE_RESOLVED;
      default:
        return PROLONGED_OR_REPETITIVE;
    }
  }

  /** Whether this is a seizure attributed to ICANS (grade 3 or more). */
  public boolean isIcansSeizure() {
    return minimumGrade >= 3;
  }

  /** The lowest ICANS grade consistent with this finding (ASTCT 2019). */
  public int minimumGrade() {
    return minimumGrade;
  }

  /** For people. */
  public String display() {
    return display;
  }

  /** The stable code, as files and command lines write it: {@code not_assessed}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The seizure status with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code seizureStatus})
   *     naming the code and every allowed code
   */
  public static SeizureStatus fromCode(String code) {
    return Coded.fromCode(SeizureStatus.class, "seizureStatus", code);
  }
}
