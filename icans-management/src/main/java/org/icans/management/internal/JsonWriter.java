package org.icans.management.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A small streaming JSON writer (RFC 8259), pretty-printed with two-space indentation. Numbers are
 * written without locale (a dot as decimal separator); absent optional values are left out. Not
 * thread-safe: one writer per document. Not part of the API.
 */
public final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  /** One entry per open container: the number of members written so far. */
  private final Deque<int[]> counts = new ArrayDeque<>();
  private final Deque<Character> kinds = new ArrayDeque<>();
  private boolean afterName;

  /** Opens an object (as a value, an array element or the document). */
  public JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    counts.push(new int[] {0});
    kinds.push('{');
    return this;
  }

  /** Closes the innermost object. */
  public JsonWriter endObject() {
    return close('{', '}');
  }

  /** Opens an array. */
  public JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    counts.push(new int[] {0});
    kinds.push('[');
    return this;
  }

  /** Closes the innermost array. */
  public JsonWriter endArray() {
    return close('[', ']');
  }

  /** Writes a member name; the next call writes its value. */
  public JsonWriter name(String name) {
    if (kinds.isEmpty() || kinds.peek() != '{' || afterName) {
      throw new IllegalStateException("a name belongs directly inside an object: " + name);
    }
    separate();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  /** Writes a string value. */
  public JsonWriter value(String value) {
    beforeValue();
    string(value);
    return this;
  }

  /** Writes a number value; refuses NaN and infinities, which JSON cannot hold. */
  public JsonWriter value(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON has no " + value);
    }
    beforeValue();
    out.append(Num.plain(value));
    return this;
  }

  /** Writes an integer value. */
  public JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** Writes a boolean value. */
  public JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
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

  /** A member with a string value, left out when absent. */
  public JsonWriter member(String name, Optional<String> value) {
    value.ifPresent(v -> member(name, v));
    return this;
  }

  /** A member with a number value, left out when absent. */
  public JsonWriter member(String name, OptionalDouble value) {
    if (value.isPresent()) {
      member(name, value.getAsDouble());
    }
    return this;
  }

  /** A member with an integer value, left out when absent. */
  public JsonWriter member(String name, OptionalInt value) {
    if (value.isPresent()) {
      member(name, (long) value.getAsInt());
    }
    return this;
  }

  /** The document; every container must be closed. */
  public String toJson() {
    if (!counts.isEmpty()) {
      throw new IllegalStateException("unclosed JSON container");
    }
    return out.toString();
  }

  private JsonWriter close(char open, char close) {
    if (kinds.isEmpty() || kinds.peek() != open || afterName) {
      throw new IllegalStateException("no open '" + open + "' to close");
    }
    kinds.pop();
    int n = counts.pop()[0];
    if (n > 0) {
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
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
