package org.icans.model.encephalopathy;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.icans.model.testing.IntArbitraries;

/** A CAPD total is 0-32 and nothing else. */
class CapdScoreProperties {

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void acceptsEveryTotalFrom0To32(@ForAll @IntRange(min = 0, max = 32) int total) {
    CapdScore score = CapdScore.ofTotal(total);

    assertEquals(OptionalInt.of(total), score.total());
    assertFalse(score.isUnableToPerform());
    assertTrue(score.answers().isEmpty());
    assertSame(score, CapdScore.ofTotal(total));
  }

  @Property
  void refusesEveryTotalOutside0To32(@ForAll("outside0To32") int total) {
    assertInvalid(() -> CapdScore.ofTotal(total), "capd.total", total, "an integer 0-32");
  }

  @Provide
  Arbitrary<Integer> outside0To32() {
    return IntArbitraries.outside(0, 32);
  }
}
