package org.icans.model.internal.check;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Null checks of collections and arrays whose {@link NullPointerException} names the parameter and
 * the index of the first null element ({@code findings[1]}), as every public method of icans
 * promises. One copy for the modules that take lists from callers.
 */
public final class Nulls {
  private Nulls() {}

  /** An unmodifiable copy of {@code values}, refusing a null collection or element by name. */
  public static <T> List<T> presentEach(String field, Collection<? extends T> values) {
    Objects.requireNonNull(values, field);
    int i = 0;
    for (T v : values) {
      Objects.requireNonNull(v, field + "[" + i++ + "]");
    }
    return List.copyOf(values);
  }

  /** {@link #presentEach(String, Collection)} for an array (varargs). */
  @SafeVarargs
  public static <T> List<T> presentEach(String field, T... values) {
    return presentEach(field, Arrays.asList(Objects.requireNonNull(values, field)));
  }
}
