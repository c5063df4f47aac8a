package org.icans.model.testing;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Double generators for the range properties of the model. jqwik's plain {@code doubles()} never
 * yields NaN or the infinities and works at a scale of two decimals, so every generator here mixes
 * in the special values and the neighbours of the range's bounds explicitly.
 */
public final class DoubleArbitraries {
  private DoubleArbitraries() {}

  /** NaN, the infinities, the zeros and the extremes of {@code double}. */
  public static Arbitrary<Double> specialValues() {
    return Arbitraries.of(
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        0.0,
        -0.0,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MIN_NORMAL,
        Double.MAX_VALUE,
        -Double.MAX_VALUE);
  }

  /** Each bound, and the closest doubles below and above it. */
  public static Arbitrary<Double> aroundBounds(double... bounds) {
    List<Double> values = new ArrayList<>();
    for (double b : bounds) {
      values.add(Math.nextDown(b));
      values.add(b);
      values.add(Math.nextUp(b));
    }
    return Arbitraries.of(values);
  }

  /**
   * Any double: the whole range with jqwik's edge cases, a window of 20 around {@code [min, max]},
   * the values at and next to both bounds, and NaN and the infinities.
   */
  public static Arbitrary<Double> anyAround(double min, double max) {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.doubles().withStandardSpecialValues()),
        Tuple.of(4, Arbitraries.doubles().between(min - 20, max + 20).ofScale(3)),
        Tuple.of(2, aroundBounds(min, max)),
        Tuple.of(1, specialValues()));
  }

  /** Only doubles not in {@code [min, max]}: below, above, next to the bounds, NaN, infinities. */
  public static Arbitrary<Double> outside(double min, double max) {
    return Arbitraries.oneOf(
        Arbitraries.doubles().lessThan(min),
        Arbitraries.doubles().greaterThan(max),
        Arbitraries.of(Math.nextDown(min), Math.nextUp(max),
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, Double.MAX_VALUE));
  }

  /** Only doubles in {@code [min, max]}, both bounds included, at a fine scale and at the bounds. */
  public static Arbitrary<Double> inside(double min, double max) {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(min, max),
        Arbitraries.doubles().between(min, max).ofScale(12),
        Arbitraries.of(min, Math.nextUp(min), Math.nextDown(max), max));
  }
}
