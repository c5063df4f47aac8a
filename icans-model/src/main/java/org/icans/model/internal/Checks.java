package org.icans.model.internal;

import org.icans.model.InvalidValueException;

/** Range checks that fail with an {@link InvalidValueException} naming field, value and range. */
public final class Checks {
  private Checks() {}

  /** Returns {@code value}, or throws unless {@code min <= value <= max}. */
  public static int requireInRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException(field, value, "an integer " + min + "-" + max);
    }
    return value;
  }

  /** Returns {@code value}, or throws unless it is a finite number with {@code min <= value <= max}. */
  public static double requireInRange(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new InvalidValueException(field, value, "a number from " + plain(min) + " to " + plain(max));
    }
    return value;
  }

  /** Returns {@code value}, or throws unless it is a finite number greater than zero. */
  public static double requirePositive(String field, double value) {
    if (!(value > 0 && Double.isFinite(value))) {
      throw new InvalidValueException(field, value, "a finite number greater than 0");
    }
    return value;
  }

  /** Returns {@code value}, or throws when it is empty or only white space. */
  public static String requireNonBlank(String field, String value) {
    if (value.isBlank()) {
      throw new InvalidValueException(field, "'" + value + "'", "non-empty text");
    }
    return value;
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
