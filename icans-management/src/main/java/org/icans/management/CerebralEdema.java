package org.icans.management;

import java.util.Objects;
import org.icans.model.Coded;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.IcpFindings;

/**
 * Cerebral edema and raised intracranial pressure attributed to ICANS: focal or local edema on
 * imaging is grade 3; diffuse edema, decerebrate or decorticate posturing, cranial nerve VI palsy,
 * papilledema or Cushing's triad are grade 4 (ASTCT 2019). Edema from an intracranial haemorrhage
 * is not ICANS and is not described here.
 */
public enum CerebralEdema implements Coded {
  /** The domain was not assessed: never taken as "no edema". The default of a {@link Situation}. */
  NOT_ASSESSED("not_assessed", 0, "not assessed"),
  /** Edema or raised pressure recorded but attributed to another cause (an intracranial haemorrhage). */
  ATTRIBUTED_TO_OTHER_CAUSE("attributed_to_other_cause", 0, "attributed to another cause"),
  /** No edema and no sign of raised intracranial pressure. */
  NONE("none", 0, "none"),
  /** Focal or local edema on neuroimaging (grade 3). */
  FOCAL("focal", 3, "focal edema"),
  /** Diffuse edema on imaging, or signs of raised intracranial pressure (grade 4). */
  DIFFUSE_OR_RAISED_ICP("diffuse_or_raised_icp", 4, "diffuse edema or raised intracranial pressure");

  private final String code;
  private final int minimumGrade;
  private final String display;

  CerebralEdema(String code, int minimumGrade, String display) {
    this.code = code;
    this.minimumGrade = minimumGrade;
    this.display = display;
  }

  /**
   * The status the model's intracranial pressure / cerebral edema domain of an observation gives:
   * not assessed when the domain is empty, attributed when the observation attributes it to another
   * cause, focal for focal edema alone, and diffuse or raised pressure for any grade 4 finding
   * (ASTCT 2019).
   */
  public static CerebralEdema from(IcansObservation observation) {
    Objects.requireNonNull(observation, "observation");
    if (observation.icp().isEmpty()) {
      return NOT_ASSESSED;
    }
    IcpFindings f = observation.icp().get();
    if (observation.attributedToOtherCause().contains(IcansDomain.ICP)) {
      return f.asSet().isEmpty() ? NONE : ATTRIBUTED_TO_OTHER_CAUSE;
    }
    if (f.asSet().isEmpty()) {
      return NONE;
    }
    return f.asSet().stream().allMatch(x -> x == IcpFinding.FOCAL_EDEMA) ? FOCAL : DIFFUSE_OR_RAISED_ICP;
  }

  /** Whether edema or raised pressure attributed to ICANS is recorded (grade 3 or more). */
  public boolean isIcansFinding() {
    return minimumGrade >= 3;
  }

  /** The lowest ICANS grade consistent with this finding. */
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
   * The cerebral edema status with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code cerebralEdema})
   *     naming the code and every allowed code
   */
  public static CerebralEdema fromCode(String code) {
    return Coded.fromCode(CerebralEdema.class, "cerebralEdema", code);
  }
}
