package org.icans.model.icans;

/**
 * A motor finding of the ICANS motor domain (Lee DW et al. 2019, ASTCT table and footnote).
 *
 * <p>Only deep focal motor weakness ({@link #HEMIPARESIS}, {@link #PARAPARESIS}) is graded. Tremor
 * and myoclonus are recorded because the consensus routes them to CTCAE v5.0, but they do not
 * influence the ICANS grade.
 */
public enum MotorFinding {
  /** Tremor: recorded, never changes the ICANS grade. */
  TREMOR(false),
  /** Myoclonus: recorded, never changes the ICANS grade. */
  MYOCLONUS(false),
  /** Hemiparesis: deep focal motor weakness. */
  HEMIPARESIS(true),
  /** Paraparesis: deep focal motor weakness. */
  PARAPARESIS(true);

  private final boolean deepFocalWeakness;

  MotorFinding(boolean deepFocalWeakness) {
    this.deepFocalWeakness = deepFocalWeakness;
  }

  /** Whether this is deep focal motor weakness, the only motor finding that is graded. */
  public boolean isDeepFocalWeakness() {
    return deepFocalWeakness;
  }
}
