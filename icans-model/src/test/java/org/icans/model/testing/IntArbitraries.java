package org.icans.model.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Int generators for the range properties of the model. */
public final class IntArbitraries {
  private IntArbitraries() {}

  /**
   * Only ints not in {@code [min, max]}: any int filtered to lie outside, plus the two neighbours
   * of the range and the extremes of {@code int}, so the bounds are always tried.
   */
  public static Arbitrary<Integer> outside(int min, int max) {
    return Arbitraries.oneOf(
        Arbitraries.integers().filter(v -> v < min || v > max),
        Arbitraries.of(min - 1, max + 1, Integer.MIN_VALUE, Integer.MAX_VALUE));
  }
}
