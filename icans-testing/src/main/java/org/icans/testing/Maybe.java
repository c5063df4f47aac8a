package org.icans.testing;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** A finding or a not-assessed state, the absent state first so that failures shrink towards it. */
final class Maybe {
  private Maybe() {}

  /** Absent (not assessed) about one time in four, else a value of {@code present}. */
  static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> present) {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Optional.<T>empty())),
        Tuple.of(3, present.map(Optional::of)));
  }

  /** Died of the syndrome about one time in six; false (alive) first, towards which it shrinks. */
  static Arbitrary<Boolean> died() {
    return Arbitraries.frequency(Tuple.of(5, false), Tuple.of(1, true));
  }
}
