package org.icans.model.icans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.icans.model.encephalopathy.CapdAnswers;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;

/**
 * An observation is the values it was built with: every accessor returns them (an absent domain as
 * empty), equality and hash follow them exactly, a copy is equal, and reading allocates nothing
 * visible (the same {@code Optional} each time, shared between equal findings). The findings are
 * packed when built; these properties hold the packing to the public meaning.
 */
class IcansObservationValueProperties {

  /** The values an observation is built from, in accessor order. */
  record Values(Optional<IceScore> ice, Optional<CapdScore> capd, Optional<Consciousness> consciousness,
      Optional<Seizure> seizure, Optional<MotorFindings> motor, Optional<IcpFindings> icp,
      Set<IcansDomain> attributed, boolean died) {

    IcansObservation build() {
      return IcansObservation.builder().ice(ice).capd(capd).consciousness(consciousness).seizure(seizure)
          .motor(motor).icp(icp).addAllAttributedToOtherCause(attributed).diedOfIcans(died).build();
    }

    /** The same values, but element {@code k} (0-7) taken from {@code other}. */
    Values with(int k, Values other) {
      return new Values(k == 0 ? other.ice : ice, k == 1 ? other.capd : capd,
          k == 2 ? other.consciousness : consciousness, k == 3 ? other.seizure : seizure,
          k == 4 ? other.motor : motor, k == 5 ? other.icp : icp, k == 6 ? other.attributed : attributed,
          k == 7 ? other.died : died);
    }
  }

  private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> value) {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Optional.<T>empty())),
        net.jqwik.api.Tuple.of(4, value.map(Optional::of)));
  }

  @Provide
  Arbitrary<Values> values() {
    Arbitrary<IceScore> ice = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 10).map(IceScore::ofTotal),
        Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1),
            Arbitraries.integers().between(0, 1)).as(IceScore::ofTasks));
    Arbitrary<CapdScore> capd = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 32).map(CapdScore::ofTotal),
        Arbitraries.just(CapdScore.unableToPerform()),
        Arbitraries.integers().between(0, 4).array(int[].class).ofSize(8)
            .map(a -> CapdScore.of(CapdAnswers.ofCodes(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]))));
    Arbitrary<MotorFindings> motor = Arbitraries.of(MotorFinding.class).set().map(MotorFindings::of);
    Arbitrary<IcpFindings> icp = Arbitraries.of(IcpFinding.class).set().map(IcpFindings::of);
    return Combinators.combine(maybe(ice), maybe(capd), maybe(Arbitraries.of(Consciousness.class)),
        maybe(Arbitraries.of(Seizure.class)), maybe(motor), maybe(icp),
        Arbitraries.of(IcansDomain.class).set(), Arbitraries.of(true, false)).as(Values::new);
  }

  @Property(tries = 1000)
  void accessorsReturnWhatWasBuilt(@ForAll("values") Values v) {
    IcansObservation o = v.build();
    assertEquals(v.ice(), o.ice());
    assertEquals(v.capd(), o.capd());
    assertEquals(v.consciousness(), o.consciousness());
    assertEquals(v.seizure(), o.seizure());
    assertEquals(v.motor(), o.motor());
    assertEquals(v.icp(), o.icp());
    assertEquals(v.attributed(), o.attributedToOtherCause());
    assertEquals(v.died(), o.diedOfIcans());
  }

  /** Equal exactly when every value is equal; equal observations hash alike. */
  @Property(tries = 1000)
  void equalExactlyWhenTheValuesAre(@ForAll("values") Values a, @ForAll("values") Values other,
      @ForAll @IntRange(min = -1, max = 7) int changed) {
    Values b = changed < 0 ? other : a.with(changed, other);
    IcansObservation x = a.build();
    IcansObservation y = b.build();
    if (a.equals(b)) {
      assertEquals(x, y);
      assertEquals(x.hashCode(), y.hashCode());
    } else {
      assertNotEquals(x, y, () -> a + " / " + b);
    }
    assertEquals(x, x);
    assertNotEquals(x, null);
    assertNotEquals(x, (Object) "x");
  }

  /** A copy through the builder is equal, and so is the same observation built in another order. */
  @Property(tries = 500)
  void copiesAndReorderedBuildsAreEqual(@ForAll("values") Values v) {
    IcansObservation o = v.build();
    assertEquals(o, IcansObservation.builder().from(o).build());
    IcansObservation reordered = IcansObservation.builder().diedOfIcans(v.died())
        .attributedToOtherCause(v.attributed()).icp(v.icp()).motor(v.motor()).seizure(v.seizure())
        .consciousness(v.consciousness()).capd(v.capd()).ice(v.ice()).build();
    assertEquals(o, reordered);
    assertEquals(o.toString(), reordered.toString());
  }

  /** Setting an element again replaces it; empty makes it not assessed again. */
  @Property(tries = 500)
  void theLastValueSetWins(@ForAll("values") Values first, @ForAll("values") Values last) {
    IcansObservation.Builder b = IcansObservation.builder().from(first.build());
    b.ice(last.ice()).capd(last.capd()).consciousness(last.consciousness()).seizure(last.seizure())
        .motor(last.motor()).icp(last.icp()).attributedToOtherCause(last.attributed()).diedOfIcans(last.died());
    assertEquals(last.build(), b.build());
  }

  /** Reading allocates nothing visible: the same Optional each time, shared between equal findings. */
  @Property(tries = 500)
  void accessorsReturnSharedValues(@ForAll("values") Values v) {
    IcansObservation o = v.build();
    IcansObservation again = v.build();
    assertSame(o.consciousness(), o.consciousness());
    assertSame(o.consciousness(), again.consciousness());
    assertSame(o.seizure(), again.seizure());
    assertSame(o.motor(), again.motor());
    assertSame(o.icp(), again.icp());
    assertSame(o.attributedToOtherCause(), again.attributedToOtherCause());
    assertSame(o.ice(), o.ice());
    assertSame(o.capd(), o.capd());
    if (v.ice().isPresent() && v.ice().get().tasks().isEmpty()) {
      assertSame(o.ice(), again.ice());
    }
  }

  /** A refused attribution (a null among the domains) leaves the builder as it was. */
  @Property(tries = 200)
  void aRefusedAttributionChangesNothing(@ForAll("values") Values v, @ForAll @IntRange(min = 0, max = 4) int at) {
    IcansObservation.Builder b = IcansObservation.builder().from(v.build());
    List<IcansDomain> withNull = new ArrayList<>(Arrays.asList(IcansDomain.values()));
    withNull.add(at, null);
    assertThrows(NullPointerException.class, () -> b.addAllAttributedToOtherCause(withNull));
    assertThrows(NullPointerException.class, () -> b.attributedToOtherCause(withNull));
    assertEquals(v.build(), b.build());
    assertEquals(EnumSet.allOf(IcansDomain.class),
        b.attributedToOtherCause(EnumSet.allOf(IcansDomain.class)).build().attributedToOtherCause());
  }
}
