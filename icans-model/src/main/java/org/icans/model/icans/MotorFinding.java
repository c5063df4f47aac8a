package org.icans.model.icans;

import org.icans.model.Coded;

/**
 * A motor finding of the ICANS motor domain (Lee DW et al. 2019, ASTCT table and footnote).
 *
 * <p>Only deep focal motor weakness ({@link #HEMIPARESIS}, {@link #PARAPARESIS}) is graded. Tremor
 * and myoclonus are recorded because the consensus routes them to CTCAE v5.0, but they do not
 * influence the ICANS grade.
 */
public enum MotorFinding implements Coded {
  /** Tremor: recorded, never changes the ICANS grade. */
  TREMOR("tremor", false),
  /** Myoclonus: recorded, never changes the ICANS grade. */
  MYOCLONUS("myoclonus", false),
  /** Hemiparesis: deep focal motor weakness. */
  HEMIPARESIS("hemiparesis", true),
  /** Paraparesis: deep focal motor weakness. */
  PARAPARESIS("paraparesis", true);

  private final String code;
  private final boolean deepFocalWeakness;

  MotorFinding(String code, boolean deepFocalWeakness) {
    this.code = code;
    this.deepFocalWeakness = deepFocalWeakness;
  }

  /** Whether this is deep focal motor weakness, the only motor finding that is graded. */
  public boolean isDeepFocalWeakness() {
    return deepFocalWeakness;
  }

  /** The stable code, as files and command lines write it: {@code tremor}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The motor finding with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code motorFinding})
   *     naming the code and every allowed code
   */
  public static MotorFinding fromCode(String code) {
    return Coded.fromCode(MotorFinding.class, "motorFinding", code);
  }
}
