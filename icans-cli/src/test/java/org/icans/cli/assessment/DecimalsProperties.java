package org.icans.cli.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast decimal parser gives exactly {@link Double#parseDouble}'s value, and printing reads back. */
class DecimalsProperties {
  @Provide
  Arbitrary<String> decimals() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20);
    return Combinators.combine(Arbitraries.of("", "-"), digits,
        Arbitraries.oneOf(Arbitraries.just(""), digits.map(d -> "." + d))).as((s, i, f) -> s + i + f);
  }

  @Property(tries = 2000)
  void parsesExactlyLikeParseDouble(@ForAll("decimals") String text) {
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    assertEquals(Double.parseDouble(text), Decimals.parse(b, 0, b.length));
  }

  @Property(tries = 2000)
  void printedNumbersReadBack(@ForAll("decimals") String text) {
    double d = Double.parseDouble(text);
    String printed = Decimals.format(d);
    byte[] b = printed.getBytes(StandardCharsets.US_ASCII);
    assertEquals(d == 0 ? 0.0 : d, Decimals.parse(b, 0, b.length));
  }
}
