package org.icans.cli.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Strict parsing and plain printing of the decimal numbers of the assessment file.
 *
 * <p>Accepted syntax, and nothing else: an optional minus sign, one or more digits, and optionally
 * a point followed by one or more digits ({@code 38.5}, {@code -2}, {@code 6.5}, {@code 007}). No
 * plus sign, exponent, comma, leading or trailing point, spaces, {@code NaN} or {@code Infinity}:
 * a cell that is not plainly a number is refused rather than guessed at. Parsing and printing do
 * not depend on the default locale.
 */
public final class Decimals {
  private Decimals() {}

  /** The value of a cell that is not a number. */
  public static final int NOT_AN_INTEGER = -1;

  private static final double[] POW10 = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  /**
   * The decimal number in {@code bytes[start..end)}, or NaN when the text is not one by the strict
   * syntax (NaN never results from accepted text). The value is the double nearest the decimal, as
   * {@link Double#parseDouble} gives.
   */
  public static double parse(byte[] bytes, int start, int end) {
    int p = start;
    boolean negative = false;
    if (p < end && bytes[p] == '-') {
      negative = true;
      p++;
    }
    long mantissa = 0;
    int digits = 0;
    int intDigits = 0;
    int fracDigits = 0;
    boolean point = false;
    for (; p < end; p++) {
      int c = bytes[p];
      if (c >= '0' && c <= '9') {
        if (digits < 18) {
          mantissa = mantissa * 10 + (c - '0');
        }
        digits++;
        if (point) {
          fracDigits++;
        } else {
          intDigits++;
        }
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return Double.NaN;
      }
    }
    if (intDigits == 0 || (point && fracDigits == 0)) {
      return Double.NaN;
    }
    if (digits > 15 || fracDigits >= POW10.length) {
      // Too many digits for the fast path; the syntax is already checked, so this cannot fail.
      return Double.parseDouble(new String(bytes, start, end - start, StandardCharsets.US_ASCII));
    }
    // Both operands are exact doubles (below 2^53 and 10^22), so one IEEE division gives the
    // correctly rounded result (Clinger's fast path).
    double value = mantissa / POW10[fracDigits];
    return negative ? -value : value;
  }

  /**
   * The whole number in {@code bytes[start..end)} (digits only), {@link #NOT_AN_INTEGER} when the
   * text is not one, or {@link Integer#MAX_VALUE} when it has more than nine digits (out of every
   * range of the file).
   */
  public static int parseNonNegativeInt(byte[] bytes, int start, int end) {
    if (start >= end) {
      return NOT_AN_INTEGER;
    }
    int value = 0;
    for (int p = start; p < end; p++) {
      int c = bytes[p];
      if (c < '0' || c > '9') {
        return NOT_AN_INTEGER;
      }
      if (p - start >= 9) {
        value = Integer.MAX_VALUE;
      } else {
        value = value * 10 + (c - '0');
      }
    }
    return value;
  }

  /**
   * A number as the shortest plain decimal that reads back as the same double: {@code 5} (never
   * {@code 5.0}), {@code 5.5}, {@code -2}, {@code 0.00001} (never an exponent).
   */
  public static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * A computed number (a difference of days) rounded to six decimals, so that the binary noise of
   * {@code 7.5 - 5.2} does not print as {@code 2.3000000000000003}.
   */
  public static String formatRounded(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }
}
