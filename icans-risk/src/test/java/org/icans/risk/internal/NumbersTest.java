package org.icans.risk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.icans.risk.internal.text.Numbers;
import org.junit.jupiter.api.Test;

/** Number formatting, run under the hi_IN locale by surefire. */
class NumbersTest {

  @Test
  void numbersIgnoreTheDefaultLocale() {
    assertEquals("1234.5", Numbers.plain(1234.5));
    assertEquals("0.000001", Numbers.plain(1e-6));
    assertEquals("2.29", Numbers.significant(2.2916, 3));
    assertEquals("1230", Numbers.significant(1234, 3));
    assertEquals("-5", Numbers.signedDay(-5));
    assertEquals("+3", Numbers.signedDay(3));
  }
}
