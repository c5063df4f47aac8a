package org.icans.cli.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.icans.cli.Main;

/** Runs a command of the tool in-process ({@link Main#run}) with in-memory streams, for tests. */
public final class Run {
  private Run() {}

  /** What one run gave: the exit status and both output streams as UTF-8 text. */
  public record Result(int exit, String out, String err) {
    /** Asserts a usage error: status 1, nothing on standard output, the message and the hint on standard error. */
    public Result assertUsageError(String command, String... fragments) {
      assertEquals(1, exit, err);
      assertEquals("", out);
      assertTrue(err.startsWith("icans " + command + ": "), err);
      assertTrue(err.endsWith("\nTry 'icans --help'.\n"), err);
      for (String f : fragments) {
        assertTrue(err.contains(f), () -> "'" + f + "' not in: " + err);
      }
      return this;
    }

    /** Asserts success: status 0 and nothing on standard error. */
    public Result assertOk() {
      assertEquals("", err);
      assertEquals(0, exit);
      return this;
    }
  }

  /** Runs {@code icans <command> <args>} with nothing on standard input. */
  public static Result run(String command, String... args) {
    return run(command, new byte[0], args);
  }

  /** Runs {@code icans <command> <args>} with these bytes on standard input. */
  public static Result run(String command, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> line = new ArrayList<>();
    line.add(command);
    line.addAll(List.of(args));
    int exit = Main.run(line.toArray(new String[0]), new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Asserts that the text is one JSON object: it starts with {@code {} and ends with {@code }},
   * its braces and brackets are balanced outside strings, and the outer object closes only at the
   * end.
   */
  public static void assertJsonObject(String text) {
    String t = text.strip();
    assertTrue(t.startsWith("{") && t.endsWith("}"), () -> "not an object: " + t);
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        } else {
          assertTrue(c >= 0x20, "raw control character in a string");
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        assertTrue(depth > 0 || i == t.length() - 1, "the object closes before the end, at " + i);
      }
    }
    assertEquals(0, depth, "unbalanced braces");
    assertTrue(!inString, "unterminated string");
  }
}
