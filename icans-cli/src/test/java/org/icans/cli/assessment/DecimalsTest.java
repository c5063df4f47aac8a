package org.icans.cli.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The strict decimal syntax of the file, and plain printing, independent of the default locale. */
class DecimalsTest {
  static double parse(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return Decimals.parse(b, 0, b.length);
  }

  @Test
  void plainDecimalsAreAccepted() {
    assertEquals(38.5, parse("38.5"));
    assertEquals(-2, parse("-2"));
    assertEquals(6.5, parse("6.5"));
    assertEquals(7, parse("007"));
    assertEquals(0.1, parse("0.1"));
    assertEquals(123456789.123456789, parse("123456789.123456789"));
    assertEquals(Double.parseDouble("0.30000000000000004441"), parse("0.30000000000000004441"));
  }

  @Test
  void anythingElseIsRefused() {
    for (String s : new String[] {"", "-", "+5", "1e3", "1E3", "NaN", "Infinity", "-Infinity", "38,5", ".5", "5.",
        " 5", "5 ", "0x10", "5.5.5", "--5", "٣", "5d", "5f"}) {
      assertTrue(Double.isNaN(parse(s)), s);
    }
  }

  @Test
  void integersAreDigitsOnly() {
    byte[] b = "12 -1 7.0 1234567890".getBytes(StandardCharsets.US_ASCII);
    assertEquals(12, Decimals.parseNonNegativeInt(b, 0, 2));
    assertEquals(Decimals.NOT_AN_INTEGER, Decimals.parseNonNegativeInt(b, 3, 5));
    assertEquals(Decimals.NOT_AN_INTEGER, Decimals.parseNonNegativeInt(b, 6, 9));
    assertEquals(Integer.MAX_VALUE, Decimals.parseNonNegativeInt(b, 10, 20));
  }

  @Test
  void numbersPrintPlainly() {
    assertEquals("5", Decimals.format(5.0));
    assertEquals("5.5", Decimals.format(5.5));
    assertEquals("-2", Decimals.format(-2));
    assertEquals("0", Decimals.format(-0.0));
    assertEquals("0.00001", Decimals.format(0.00001));
    assertEquals("12345678.5", Decimals.format(12345678.5));
    assertEquals("2.3", Decimals.formatRounded(7.5 - 5.2));
    assertEquals("0.333333", Decimals.formatRounded(1.0 / 3));
  }
}
