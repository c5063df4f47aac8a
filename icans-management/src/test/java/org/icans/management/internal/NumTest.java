package org.icans.management.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers in text, the same under any locale (surefire runs under hi_IN). */
class NumTest {

  @Test
  void numbersAreLocaleFree() {
    assertEquals("1234567.5", Num.plain(1234567.5));
    assertEquals("0", Num.plain(-0.0));
    assertEquals("0.33", Num.plain(1.0 / 3));
    assertEquals("10-20", Num.range(10, 20));
  }
}
