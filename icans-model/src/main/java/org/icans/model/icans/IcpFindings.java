package org.icans.model.icans;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.icans.model.internal.EnumSets;

/**
 * The findings of the elevated intracranial pressure / cerebral edema domain in one assessment: a
 * possibly empty set of {@link IcpFinding}s. An empty set ({@link #none()}) means the domain was
 * assessed and nothing was found; a domain not assessed is an absent {@code IcpFindings} on the
 * observation, never this.
 *
 * <p>Immutable; the 64 possible sets are canonical shared instances.
 */
public final class IcpFindings {
  private static final Set<IcpFinding>[] SETS = EnumSets.allSubsets(IcpFinding.class);
  private static final IcpFindings[] ALL = new IcpFindings[SETS.length];

  static {
    for (int mask = 0; mask < ALL.length; mask++) {
      ALL[mask] = new IcpFindings(mask);
    }
  }

  private final int mask;

  private IcpFindings(int mask) {
    this.mask = mask;
  }

  /** Assessed, nothing found. */
  public static IcpFindings none() {
    return ALL[0];
  }

  /** Assessed, with these findings. */
  public static IcpFindings of(IcpFinding... findings) {
    return of(Arrays.asList(Objects.requireNonNull(findings, "findings")));
  }

  /** Assessed, with these findings (duplicates are one finding). */
  public static IcpFindings of(Collection<IcpFinding> findings) {
    return ALL[EnumSets.mask("findings", findings)];
  }

  /** The set of this bit mask of finding ordinals (0-63): the observation's packed layout. */
  static IcpFindings ofMask(int mask) {
    return ALL[mask];
  }

  /** The bit mask of the finding ordinals. */
  int mask() {
    return mask;
  }

  /** The findings, as an unmodifiable set. */
  public Set<IcpFinding> asSet() {
    return SETS[mask];
  }

  /** Whether this finding was recorded. */
  public boolean contains(IcpFinding finding) {
    return (mask & (1 << Objects.requireNonNull(finding, "finding").ordinal())) != 0;
  }

  @Override
  public String toString() {
    return "IcpFindings" + asSet();
  }
}
