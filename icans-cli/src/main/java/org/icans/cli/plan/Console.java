package org.icans.cli.plan;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Writing for the clinical commands: text as UTF-8 whatever the platform's default charset (the
 * documents hold {@code °C}, {@code µL} and {@code ≥}), and the exit statuses they share.
 */
public final class Console {
  private Console() {}

  /** Exit status: done. */
  public static final int OK = 0;
  /** Exit status: the command line is wrong, or the input cannot be used at all. */
  public static final int UNUSABLE = 1;
  /** Exit status: some rows of the input were reported and left out; the rest was used. */
  public static final int ROWS_REPORTED = 2;

  /** Writes the text as UTF-8 and flushes. */
  public static void print(PrintStream stream, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    stream.write(bytes, 0, bytes.length);
    stream.flush();
  }

  /** Writes the text, then a line break unless it ends with one. */
  public static void printLine(PrintStream stream, String text) {
    print(stream, text.endsWith("\n") ? text : text + "\n");
  }

  /**
   * Reports a wrong command line, or an input that cannot be used, on standard error:
   * {@code icans <command>: <message>} and {@code Try 'icans --help'.}
   *
   * @return {@link #UNUSABLE}
   */
  public static int fail(PrintStream err, String command, String message) {
    print(err, "icans " + command + ": " + message + "\nTry 'icans --help'.\n");
    return UNUSABLE;
  }

  /**
   * The status to return after writing {@code out}: {@code status}, unless the output could not be
   * written (a closed pipe, a full disk), which is reported and gives {@link #UNUSABLE}.
   */
  public static int finish(PrintStream out, PrintStream err, String command, int status) {
    if (out.checkError()) {
      print(err, "icans " + command + ": standard output cannot be written\n");
      return UNUSABLE;
    }
    return status;
  }
}
