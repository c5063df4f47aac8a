package org.icans.model.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.icans.model.InvalidValueException;
import org.junit.jupiter.api.function.Executable;

/**
 * Asserts that a construction is refused with an {@link InvalidValueException} that names the
 * field, the refused value and what is allowed: a caller (a form, a CSV reader) relies on all three
 * to point at the exact place to correct.
 */
public final class InvalidValueAssertions {
  private InvalidValueAssertions() {}

  /**
   * Runs {@code construction} and asserts it throws an {@link InvalidValueException} (not a
   * subclass of it, not another {@link IllegalArgumentException}) with these field, value and
   * allowed texts.
   */
  public static InvalidValueException assertInvalid(
      Executable construction, String field, String value, String allowed) {
    InvalidValueException e = assertThrows(InvalidValueException.class, construction);
    assertAll(
        () -> assertEquals(InvalidValueException.class, e.getClass(), "exception type"),
        () -> assertEquals(field, e.field(), "field"),
        () -> assertEquals(value, e.value(), "value"),
        () -> assertEquals(allowed, e.allowed(), "allowed"));
    return e;
  }

  /** As {@link #assertInvalid(Executable, String, String, String)}, the value being a double. */
  public static InvalidValueException assertInvalid(
      Executable construction, String field, double value, String allowed) {
    // Double.toString, never a locale-dependent format: the message must read the same everywhere.
    return assertInvalid(construction, field, Double.toString(value), allowed);
  }

  /** As {@link #assertInvalid(Executable, String, String, String)}, the value being an int. */
  public static InvalidValueException assertInvalid(
      Executable construction, String field, int value, String allowed) {
    return assertInvalid(construction, field, Integer.toString(value), allowed);
  }
}
