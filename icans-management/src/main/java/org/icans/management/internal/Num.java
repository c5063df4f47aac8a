package org.icans.management.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Locale-independent number formatting: plain digits, a dot as decimal separator, no grouping,
 * at most two decimals, no trailing zeros ({@code 560}, {@code 0.25}, {@code 358.8}). Not part of
 * the API.
 */
public final class Num {
  private Num() {}

  /** The number in plain form, rounded half-up to two decimals; {@code NaN} and infinities as Java spells them. */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.toPlainString();
  }

  /** A range {@code low-high}, or one number when they are equal. */
  public static String range(double low, double high) {
    return low == high ? plain(low) : plain(low) + "-" + plain(high);
  }
}
