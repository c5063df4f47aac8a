package org.icans.model.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Canonical unmodifiable enum sets, one per bit mask of a small enum, built once. */
public final class EnumSets {
  private EnumSets() {}

  /** Every subset of {@code type}'s constants, indexed by the bit mask of their ordinals. */
  public static <E extends Enum<E>> Set<E>[] allSubsets(Class<E> type) {
    E[] constants = type.getEnumConstants();
    @SuppressWarnings("unchecked")
    Set<E>[] subsets = new Set[1 << constants.length];
    for (int mask = 0; mask < subsets.length; mask++) {
      EnumSet<E> set = EnumSet.noneOf(type);
      for (E e : constants) {
        if ((mask & (1 << e.ordinal())) != 0) {
          set.add(e);
        }
      }
      subsets[mask] = Collections.unmodifiableSet(set);
    }
    return subsets;
  }

  /**
   * The bit mask of the ordinals of {@code elements}.
   *
   * @param field the parameter's name, for the message when it or one of its elements is null
   * @throws NullPointerException naming {@code field}, or {@code field[i]} for a null element
   */
  public static <E extends Enum<E>> int mask(String field, Iterable<E> elements) {
    int mask = 0;
    int i = 0;
    for (E e : Objects.requireNonNull(elements, field)) {
      mask |= 1 << Objects.requireNonNull(e, field + "[" + i++ + "]").ordinal();
    }
    return mask;
  }
}
