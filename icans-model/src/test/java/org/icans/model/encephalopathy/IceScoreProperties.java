package org.icans.model.encephalopathy;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.icans.model.testing.IntArbitraries;

/** An ICE total is 0-10 and nothing else. */
class IceScoreProperties {

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void acceptsEveryTotalFrom0To10(@ForAll @IntRange(min = 0, max = 10) int total) {
    IceScore score = IceScore.ofTotal(total);

    assertEquals(total, score.total());
    assertTrue(score.tasks().isEmpty());
    assertSame(score, IceScore.ofTotal(total));
  }

  @Property
  void refusesEveryTotalOutside0To10(@ForAll("outside0To10") int total) {
    assertInvalid(() -> IceScore.ofTotal(total), "ice.total", total, "an integer 0-10");
  }

  @Provide
  Arbitrary<Integer> outside0To10() {
    return IntArbitraries.outside(0, 10);
  }
}
