package org.icans.guidance;

import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Function;
import org.icans.model.InvalidValueException;

/** Lookup of enum constants by their stable lower-case code. */
final class Codes {
  private Codes() {}

  /**
   * The constant whose code equals the word, ignoring case, surrounding spaces, and reading inner
   * spaces and hyphens as underscores ({@code "Severe headache"} finds {@code severe_headache}).
   *
   * @throws InvalidValueException naming the field, the word and every allowed code
   */
  public static <E> E lookup(String field, String word, E[] values, Function<E, String> code) {
    if (word != null) {
      String key = normalise(word);
      for (E e : values) {
        if (code.apply(e).equals(key)) {
          return e;
        }
      }
    }
    throw new InvalidValueException(field, word == null ? "null" : "'" + word + "'",
        "one of " + allowed(values, code));
  }

  /** The codes of all constants, comma-separated, in declaration order. */
  public static <E> String allowed(E[] values, Function<E, String> code) {
    StringJoiner j = new StringJoiner(", ");
    for (E e : values) {
      j.add(code.apply(e));
    }
    return j.toString();
  }

  static String normalise(String word) {
    return word.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }
}
