package org.icans.model.encephalopathy;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.icans.model.testing.IntArbitraries;

/** A CAPD answer code is 0-4 and nothing else. */
class CapdAnswerProperties {
  private static final String ALLOWED =
      "an integer 0-4 (0 never, 1 rarely, 2 sometimes, 3 often, 4 always)";

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void acceptsEveryCodeFrom0To4(@ForAll @IntRange(min = 0, max = 4) int code) {
    assertEquals(code, CapdAnswer.ofCode(code).code());
  }

  @Property
  void refusesEveryCodeOutside0To4(@ForAll("outside0To4") int code) {
    assertInvalid(() -> CapdAnswer.ofCode(code), "capd.answer", code, ALLOWED);
  }

  @Provide
  Arbitrary<Integer> outside0To4() {
    return IntArbitraries.outside(0, 4);
  }
}
