package org.icans.risk.internal.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.icans.risk.internal.text.Numbers;

/**
 * Writes JSON (RFC 8259) to a string, indented by two spaces, with the structure checked as it is
 * written: a name only inside an object, a value after a name or inside an array, no unclosed
 * container at the end. Numbers are written in plain decimal form, never in the default locale;
 * only finite numbers are allowed.
 *
 * <p>Not thread-safe: one writer per document.
 */
public final class JsonWriter {
  private enum Kind { OBJECT, ARRAY }

  private final StringBuilder out = new StringBuilder();
  private final Deque<Kind> stack = new ArrayDeque<>();
  private final Deque<Boolean> empty = new ArrayDeque<>();
  private boolean afterName;
  private boolean done;

  /** Starts an object: as the document, an array element, or the value of a name. */
  public JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    stack.push(Kind.OBJECT);
    empty.push(true);
    return this;
  }

  /** Ends the current object. */
  public JsonWriter endObject() {
    return end(Kind.OBJECT, '}');
  }

  /** Starts an array. */
  public JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    stack.push(Kind.ARRAY);
    empty.push(true);
    return this;
  }

  /** Ends the current array. */
  public JsonWriter endArray() {
    return end(Kind.ARRAY, ']');
  }

  /** The name of the next member of the current object. */
  public JsonWriter name(String name) {
    Objects.requireNonNull(name, "name");
    if (stack.peek() != Kind.OBJECT || afterName) {
      throw new IllegalStateException("a name is allowed only inside an object, before its value: " + name);
    }
    separate();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  /** A string value. */
  public JsonWriter value(String s) {
    Objects.requireNonNull(s, "s");
    beforeValue();
    string(s);
    return scalarWritten();
  }

  /** A number value; only finite numbers. */
  public JsonWriter value(double d) {
    beforeValue();
    out.append(Numbers.plain(d));
    return scalarWritten();
  }

  /** An integer value. */
  public JsonWriter value(long n) {
    beforeValue();
    out.append(n);
    return scalarWritten();
  }

  /** A boolean value. */
  public JsonWriter value(boolean b) {
    beforeValue();
    out.append(b);
    return scalarWritten();
  }

  /** {@code null}. */
  public JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return scalarWritten();
  }

  /** The string, or {@code null} when empty. */
  public JsonWriter value(Optional<String> s) {
    Objects.requireNonNull(s, "s");
    return s.isPresent() ? value(s.get()) : nullValue();
  }

  /** The number, or {@code null} when empty. */
  public JsonWriter value(OptionalDouble d) {
    Objects.requireNonNull(d, "d");
    return d.isPresent() ? value(d.getAsDouble()) : nullValue();
  }

  /** The integer, or {@code null} when empty. */
  public JsonWriter value(OptionalInt n) {
    Objects.requireNonNull(n, "n");
    return n.isPresent() ? value((long) n.getAsInt()) : nullValue();
  }

  /** The document; every container must be closed. */
  public String toJson() {
    if (!stack.isEmpty() || !done) {
      throw new IllegalStateException("the JSON document is not complete");
    }
    return out.append('\n').toString();
  }

  private JsonWriter scalarWritten() {
    if (stack.isEmpty()) {
      done = true;
    }
    return this;
  }

  private JsonWriter end(Kind kind, char close) {
    if (stack.peek() != kind || afterName) {
      throw new IllegalStateException("cannot close " + kind + " here");
    }
    stack.pop();
    boolean wasEmpty = empty.pop();
    if (!wasEmpty) {
      newline();
    }
    out.append(close);
    if (stack.isEmpty()) {
      done = true;
    }
    return this;
  }

  private void beforeValue() {
    if (done) {
      throw new IllegalStateException("the JSON document already has its value");
    }
    if (stack.isEmpty()) {
      return;
    }
    if (stack.peek() == Kind.OBJECT) {
      if (!afterName) {
        throw new IllegalStateException("a value inside an object needs a name first");
      }
      afterName = false;
      return;
    }
    separate();
  }

  private void separate() {
    if (!empty.peek()) {
      out.append(',');
    }
    empty.pop();
    empty.push(false);
    newline();
  }

  private void newline() {
    out.append('\n');
    for (int i = 0; i < stack.size(); i++) {
      out.append("  ");
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20) {
            out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
