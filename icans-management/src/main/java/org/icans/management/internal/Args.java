package org.icans.management.internal;

import java.util.Objects;
import org.icans.model.InvalidValueException;

/**
 * Argument checks that fail with an {@link InvalidValueException} naming the field, the refused
 * value and what is allowed, or, for {@code null}, with a {@link NullPointerException} whose
 * message is the name of the parameter ({@code text}, {@code actions[3]}). Not part of the API.
 */
public final class Args {
  private Args() {}

  /** Returns {@code value}, or throws unless {@code min <= value <= max}. */
  public static int inRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException(field, value, "an integer " + min + "-" + max);
    }
    return value;
  }

  /** Returns {@code value}, or throws unless it is an integer of at least {@code min}. */
  public static int atLeast(String field, int value, int min) {
    if (value < min) {
      throw new InvalidValueException(field, value, "an integer of at least " + min);
    }
    return value;
  }

  /** Returns {@code value}, or throws unless it is a finite number of at least 0. */
  public static double nonNegative(String field, double value) {
    if (!(value >= 0 && Double.isFinite(value))) {
      throw new InvalidValueException(field, Num.plain(value), "a finite number of at least 0");
    }
    return value;
  }

  /** Returns {@code value}, or throws unless it is a finite number greater than 0. */
  public static double positive(String field, double value) {
    if (!(value > 0 && Double.isFinite(value))) {
      throw new InvalidValueException(field, Num.plain(value), "a finite number greater than 0");
    }
    return value;
  }

  /**
   * Returns {@code value}, or throws: a {@link NullPointerException} naming {@code field} when it is
   * null, an {@link InvalidValueException} when it is empty or only white space.
   */
  public static String text(String field, String value) {
    if (present(field, value).isBlank()) {
      throw new InvalidValueException(field, "'" + value + "'", "non-empty text");
    }
    return value;
  }

  /** Returns {@code value}, or throws a {@link NullPointerException} whose message is {@code field}. */
  public static <T> T present(String field, T value) {
    return Objects.requireNonNull(value, field);
  }
}
