package org.icans.model.icans;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.icans.model.internal.EnumSets;

/**
 * The motor findings of one assessment: a possibly empty set of {@link MotorFinding}s. An empty
 * set ({@link #none()}) means the motor examination was done and found nothing; a motor domain
 * that was not examined is an absent {@code MotorFindings} on the observation, never this.
 *
 * <p>Immutable; the 16 possible sets are canonical shared instances.
 */
public final class MotorFindings {
  private static final Set<MotorFinding>[] SETS = EnumSets.allSubsets(MotorFinding.class);
  private static final MotorFindings[] ALL = new MotorFindings[SETS.length];

  static {
    for (int mask = 0; mask < ALL.length; mask++) {
      ALL[mask] = new MotorFindings(mask);
    }
  }

  private final int mask;

  private MotorFindings(int mask) {
    this.mask = mask;
  }

  /** Examined, no motor finding. */
  public static MotorFindings none() {
    return ALL[0];
  }

  /** Examined, with these findings. */
  public static MotorFindings of(MotorFinding... findings) {
    return of(Arrays.asList(Objects.requireNonNull(findings, "findings")));
  }

  /** Examined, with these findings (duplicates are one finding). */
  public static MotorFindings of(Collection<MotorFinding> findings) {
    return ALL[EnumSets.mask("findings", findings)];
  }

  /** The set of this bit mask of finding ordinals (0-15): the observation's packed layout. */
  static MotorFindings ofMask(int mask) {
    return ALL[mask];
  }

  /** The bit mask of the finding ordinals. */
  int mask() {
    return mask;
  }

  /** The findings, as an unmodifiable set. */
  public Set<MotorFinding> asSet() {
    return SETS[mask];
  }

  /** Whether this finding was recorded. */
  public boolean contains(MotorFinding finding) {
    return (mask & (1 << Objects.requireNonNull(finding, "finding").ordinal())) != 0;
  }

  /** Whether the examination found deep focal motor weakness (hemiparesis or paraparesis). */
  public boolean hasDeepFocalWeakness() {
    return contains(MotorFinding.HEMIPARESIS) || contains(MotorFinding.PARAPARESIS);
  }

  @Override
  public String toString() {
    return "MotorFindings" + asSet();
  }
}
