package org.icans.model;

import java.util.Objects;

/**
 * A value was given that the clinical definition does not allow: an ICE task above its maximum,
 * a temperature outside the range a thermometer reports, a nasal cannula without its flow.
 *
 * <p>The exception names the field, the value that was refused and what is allowed, so that a
 * caller (a form, a file reader) can point at the exact place to correct. Nothing in the model is
 * coerced silently: every refused value ends here.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String allowed;

  /**
   * @param field the name of the field, as the type's accessor spells it (for example
   *     {@code "ice.orientation"})
   * @param value the refused value, as text
   * @param allowed what the field accepts, in words (for example {@code "an integer 0-4"})
   */
  public InvalidValueException(String field, Object value, String allowed) {
    super(field + ": " + value + " is not allowed; allowed: " + allowed);
    this.field = Objects.requireNonNull(field, "field");
    this.value = String.valueOf(value);
    this.allowed = Objects.requireNonNull(allowed, "allowed");
  }

  /** The field that was refused. */
  public String field() {
    return field;
  }

  /** The refused value, as text. */
  public String value() {
    return value;
  }

  /** What the field accepts, in words. */
  public String allowed() {
    return allowed;
  }

  // The checks behind the model's refusals, beside the exception they throw (so that no internal
  // helper imports this exported type back).

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
