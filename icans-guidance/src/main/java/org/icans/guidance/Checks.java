package org.icans.guidance;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Null checks of collections and arrays whose {@link NullPointerException} names the parameter and
 * the index of the first null element ({@code findings[1]}), as every public method of icans
 * promises.
 */
final class Checks {
  private Checks() {}

  /** An unmodifiable copy of {@code values}, refusing a null collection or element by name. */
  static <T> List<T> presentEach(String field, Collection<? extends T> values) {
    Objects.requireNonNull(values, field);
    int i = 0;
    for (T v : values) {
      Objects.requireNonNull(v, field + "[" + i++ + "]");
    }
    return List.copyOf(values);
  }

  /** {@link #presentEach(String, Collection)} for an array (varargs). */
  @SafeVarargs
  static <T> List<T> presentEach(String field, T... values) {
    return presentEach(field, Arrays.asList(Objects.requireNonNull(values, field)));
  }
}
