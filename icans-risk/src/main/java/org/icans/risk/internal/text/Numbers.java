package org.icans.risk.internal.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as text, the same in every locale (no grouping, a dot for the decimal point, never an
 * exponent): {@code java.text} and {@code String.format} follow the default locale, which under
 * hi_IN would not even print ASCII digits in some JDKs.
 */
public final class Numbers {
  private Numbers() {}

  /** The shortest exact decimal form: 5 not 5.0, 0.001 not 1.0E-3. */
  public static String plain(double d) {
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("not a finite number: " + d);
    }
    if (d == 0) {
      return "0";
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /** Rounded half-up to {@code digits} significant digits, in plain form: 2.2916 -> 2.29, 1234 -> 1230. */
  public static String significant(double d, int digits) {
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("not a finite number: " + d);
    }
    if (d == 0) {
      return "0";
    }
    BigDecimal r = new BigDecimal(d).round(new MathContext(digits, RoundingMode.HALF_UP)).stripTrailingZeros();
    return r.toPlainString();
  }

  /** A day relative to infusion with its sign: {@code -5}, {@code 0}, {@code +3}, {@code +4.5}. */
  public static String signedDay(double day) {
    return day > 0 ? "+" + plain(day) : plain(day);
  }
}
