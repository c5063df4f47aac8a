package org.icans.model.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * A CRS observation is the values it was built with: every accessor returns them, equality and hash
 * follow them exactly, a copy is equal, and reading allocates nothing visible. The findings are
 * packed when built; these properties hold the packing to the public meaning.
 */
class CrsObservationValueProperties {

  /** The values an observation is built from, in accessor order. */
  record Values(OptionalDouble temperature, boolean masked, Optional<Hypotension> hypotension,
      Optional<OxygenSupport> oxygen, Set<CrsSign> attributed, boolean died) {

    CrsObservation build() {
      return CrsObservation.builder().temperatureCelsius(temperature).feverMasked(masked).hypotension(hypotension)
          .oxygen(oxygen).addAllAttributedToOtherCause(attributed).diedOfCrs(died).build();
    }

    Values with(int k, Values other) {
      return new Values(k == 0 ? other.temperature : temperature, k == 1 ? other.masked : masked,
          k == 2 ? other.hypotension : hypotension, k == 3 ? other.oxygen : oxygen,
          k == 4 ? other.attributed : attributed, k == 5 ? other.died : died);
    }
  }

  private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> value) {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.<T>empty())),
        Tuple.of(4, value.map(Optional::of)));
  }

  @Provide
  Arbitrary<Values> values() {
    Arbitrary<OptionalDouble> temperature = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(OptionalDouble.empty())),
        Tuple.of(4, Arbitraries.oneOf(Arbitraries.of(25.0, 37.9, 38.0, 45.0),
            Arbitraries.doubles().between(25, 45)).map(OptionalDouble::of)));
    Arbitrary<OxygenSupport> oxygen = Combinators.combine(Arbitraries.of(OxygenDevice.class),
        Arbitraries.oneOf(Arbitraries.of(0.5, 6.0, 6.5), Arbitraries.doubles().between(0.1, 60)),
        Arbitraries.of(true, false)).as((d, flow, withFlow) ->
            d == OxygenDevice.NASAL_CANNULA || withFlow && d != OxygenDevice.NONE && d != OxygenDevice.UNKNOWN_DEVICE
                ? OxygenSupport.of(d, flow) : OxygenSupport.of(d));
    return Combinators.combine(temperature, Arbitraries.of(true, false), maybe(Arbitraries.of(Hypotension.class)),
        maybe(oxygen), Arbitraries.of(CrsSign.class).set(), Arbitraries.of(true, false)).as(Values::new);
  }

  @Property(tries = 1000)
  void accessorsReturnWhatWasBuilt(@ForAll("values") Values v) {
    CrsObservation o = v.build();
    assertEquals(v.temperature(), o.temperatureCelsius());
    assertEquals(v.masked(), o.feverMasked());
    assertEquals(v.hypotension(), o.hypotension());
    assertEquals(v.oxygen(), o.oxygen());
    assertEquals(v.attributed(), o.attributedToOtherCause());
    assertEquals(v.died(), o.diedOfCrs());
  }

  /** Equal exactly when every value is equal; equal observations hash alike. */
  @Property(tries = 1000)
  void equalExactlyWhenTheValuesAre(@ForAll("values") Values a, @ForAll("values") Values other,
      @ForAll @IntRange(min = -1, max = 5) int changed) {
    Values b = changed < 0 ? other : a.with(changed, other);
    CrsObservation x = a.build();
    CrsObservation y = b.build();
    if (a.equals(b)) {
      assertEquals(x, y);
      assertEquals(x.hashCode(), y.hashCode());
    } else {
      assertNotEquals(x, y, () -> a + " / " + b);
    }
    assertNotEquals(x, null);
    assertNotEquals(x, (Object) "x");
  }

  /** A copy through the builder is equal; setting an element again replaces it. */
  @Property(tries = 500)
  void copiesAreEqualAndTheLastValueSetWins(@ForAll("values") Values first, @ForAll("values") Values last) {
    CrsObservation o = first.build();
    assertEquals(o, CrsObservation.builder().from(o).build());
    assertEquals(o.toString(), CrsObservation.builder().from(o).build().toString());
    CrsObservation replaced = CrsObservation.builder().from(o).temperatureCelsius(last.temperature())
        .feverMasked(last.masked()).hypotension(last.hypotension()).oxygen(last.oxygen())
        .attributedToOtherCause(last.attributed()).diedOfCrs(last.died()).build();
    assertEquals(last.build(), replaced);
  }

  /** Reading allocates nothing visible: the same values each time, shared between equal findings. */
  @Property(tries = 500)
  void accessorsReturnSharedValues(@ForAll("values") Values v) {
    CrsObservation o = v.build();
    CrsObservation again = v.build();
    assertSame(o.hypotension(), again.hypotension());
    assertSame(o.attributedToOtherCause(), again.attributedToOtherCause());
    assertSame(o.temperatureCelsius(), o.temperatureCelsius());
    assertSame(o.oxygen(), o.oxygen());
    if (v.oxygen().isPresent() && v.oxygen().get().flowLitresPerMinute().isEmpty()) {
      assertSame(o.oxygen(), again.oxygen());
    }
  }

  /** A refused attribution (a null among the signs) leaves the builder as it was. */
  @Property(tries = 200)
  void aRefusedAttributionChangesNothing(@ForAll("values") Values v, @ForAll @IntRange(min = 0, max = 2) int at) {
    CrsObservation.Builder b = CrsObservation.builder().from(v.build());
    List<CrsSign> withNull = new ArrayList<>(Arrays.asList(CrsSign.values()));
    withNull.add(at, null);
    assertThrows(NullPointerException.class, () -> b.addAllAttributedToOtherCause(withNull));
    assertThrows(NullPointerException.class, () -> b.attributedToOtherCause(withNull));
    assertEquals(v.build(), b.build());
  }
}
