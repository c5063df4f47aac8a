package org.icans.model.internal.json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Writes one JSON document (RFC 8259) to a string, indented by two spaces, with the structure
 * checked as it is written: a name only directly inside an object, a value after a name or inside
 * an array, one top-level value, no container left open. Numbers are written in plain decimal form
 * (no exponent, a dot, no grouping) whatever the default locale; only finite numbers are allowed.
 *
 * <p>Two ways to leave a value out: {@code value(Optional...)} writes {@code null} for an empty
 * value, {@code member(name, Optional...)} leaves the member out.
 *
 * <p>Not thread-safe: one writer per document.
 */
public final class JsonWriter {
  private final int decimals;
  private final StringBuilder out = new StringBuilder();
  private final Deque<int[]> counts = new ArrayDeque<>();
  private final Deque<Character> kinds = new ArrayDeque<>();
  private boolean afterName;

  private JsonWriter(int decimals) {
    this.decimals = decimals;
  }

  /** A writer that writes every number exactly, in its shortest decimal form (5, not 5.0). */
  public static JsonWriter exact() {
    return new JsonWriter(-1);
  }

  /**
   * A writer that rounds every number half-up to at most {@code decimals} decimals and drops
   * trailing zeros (358.8, 0.25, 560).
   */
  public static JsonWriter roundedTo(int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals: " + decimals + " is not allowed; allowed: at least 0");
    }
    return new JsonWriter(decimals);
  }

  /** Starts an object: as the document, an array element, or the value of a name. */
  public JsonWriter beginObject() {
    return open('{');
  }

  /** Ends the current object. */
  public JsonWriter endObject() {
    return close('{', '}');
  }

  /** Starts an array. */
  public JsonWriter beginArray() {
    return open('[');
  }

  /** Ends the current array. */
  public JsonWriter endArray() {
    return close('[', ']');
  }

  /** The name of the next member of the current object. */
  public JsonWriter name(String name) {
    Objects.requireNonNull(name, "name");
    if (kinds.isEmpty() || kinds.peek() != '{' || afterName) {
      throw new IllegalStateException("a name belongs directly inside an object, before its value: " + name);
    }
    separate();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  /** A string value. */
  public JsonWriter value(String value) {
    Objects.requireNonNull(value, "value");
    beforeValue();
    string(value);
    return this;
  }

  /** A number value; only finite numbers. */
  public JsonWriter value(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON has no " + value);
    }
    beforeValue();
    out.append(plain(value));
    return this;
  }

  /** An integer value. */
  public JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** A boolean value. */
  public JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** {@code null}. */
  public JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return this;
  }

  /** The string, or {@code null} when empty. */
  public JsonWriter value(Optional<String> value) {
    Objects.requireNonNull(value, "value");
    return value.isPresent() ? value(value.get()) : nullValue();
  }

  /** The number, or {@code null} when empty. */
  public JsonWriter value(OptionalDouble value) {
    Objects.requireNonNull(value, "value");
    return value.isPresent() ? value(value.getAsDouble()) : nullValue();
  }

  /** The integer, or {@code null} when empty. */
  public JsonWriter value(OptionalInt value) {
    Objects.requireNonNull(value, "value");
    return value.isPresent() ? value((long) value.getAsInt()) : nullValue();
  }

  /** A member with a string value. */
  public JsonWriter member(String name, String value) {
    return name(name).value(value);
  }

  /** A member with a number value. */
  public JsonWriter member(String name, double value) {
    return name(name).value(value);
  }

  /** A member with an integer value. */
  public JsonWriter member(String name, long value) {
    return name(name).value(value);
  }

  /** A member with a boolean value. */
  public JsonWriter member(String name, boolean value) {
    return name(name).value(value);
  }

  /** A member with a string value, or no member when empty. */
  public JsonWriter member(String name, Optional<String> value) {
    Objects.requireNonNull(value, "value");
    return value.isPresent() ? member(name, value.get()) : this;
  }

  /** A member with a number value, or no member when empty. */
  public JsonWriter member(String name, OptionalDouble value) {
    Objects.requireNonNull(value, "value");
    return value.isPresent() ? member(name, value.getAsDouble()) : this;
  }

  /** A member with an integer value, or no member when empty. */
  public JsonWriter member(String name, OptionalInt value) {
    Objects.requireNonNull(value, "value");
    return value.isPresent() ? member(name, (long) value.getAsInt()) : this;
  }

  /** The document, without a final line break; it must have its value and every container closed. */
  public String toJson() {
    if (!kinds.isEmpty() || afterName || out.length() == 0) {
      throw new IllegalStateException("the JSON document is not complete");
    }
    return out.toString();
  }

  private String plain(double value) {
    if (value == 0) {
      return "0";
    }
    BigDecimal d = BigDecimal.valueOf(value);
    if (decimals >= 0) {
      d = d.setScale(decimals, RoundingMode.HALF_UP);
      if (d.signum() == 0) {
        return "0";
      }
    }
    return d.stripTrailingZeros().toPlainString();
  }

  private JsonWriter open(char kind) {
    beforeValue();
    out.append(kind);
    counts.push(new int[] {0});
    kinds.push(kind);
    return this;
  }

  private JsonWriter close(char open, char close) {
    if (kinds.isEmpty() || kinds.peek() != open || afterName) {
      throw new IllegalStateException("no open '" + open + "' to close here");
    }
    kinds.pop();
    if (counts.pop()[0] > 0) {
      newline();
    }
    out.append(close);
    return this;
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (kinds.isEmpty()) {
      if (out.length() > 0) {
        throw new IllegalStateException("a JSON document has one top-level value");
      }
      return;
    }
    if (kinds.peek() == '{') {
      throw new IllegalStateException("an object member needs a name first");
    }
    separate();
  }

  private void separate() {
    int[] n = counts.peek();
    if (n[0] > 0) {
      out.append(',');
    }
    n[0]++;
    newline();
  }

  private void newline() {
    out.append('\n');
    for (int i = 0; i < kinds.size(); i++) {
      out.append("  ");
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
          // U+2028 and U+2029 are valid in JSON but end a line in JavaScript: escaped for embedders.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append("\\u").append(hex(c >> 12)).append(hex(c >> 8)).append(hex(c >> 4)).append(hex(c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static char hex(int nibble) {
    return Character.forDigit(nibble & 0xF, 16);
  }
}
