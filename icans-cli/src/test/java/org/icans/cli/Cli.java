package org.icans.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the tool in-process, with in-memory standard streams, for end-to-end tests. */
public final class Cli {
  private Cli() {}

  /** The examples folder of the repository (tests run in the module's directory). */
  public static final Path EXAMPLES = Path.of("..", "examples");

  /** What one run gave: the exit status and both output streams as UTF-8 text. */
  public record Result(int exit, String out, String err) {
    /** The standard output's lines. */
    public List<String> lines() {
      return out.lines().toList();
    }

    /** The standard error's lines. */
    public List<String> errLines() {
      return err.lines().toList();
    }
  }

  /** Runs with nothing on standard input. */
  public static Result run(String... args) {
    return runWithInput(new byte[0], args);
  }

  /** Runs with {@code stdin} (UTF-8) on standard input. */
  public static Result runWithInput(String stdin, String... args) {
    return runWithInput(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Runs with these bytes on standard input. */
  public static Result runWithInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** {@code grade -} of this file text. */
  public static Result grade(String csv, String... options) {
    return runWithInput(csv, concat("grade", options));
  }

  /** {@code summarize -} of this file text. */
  public static Result summarize(String csv, String... options) {
    return runWithInput(csv, concat("summarize", options));
  }

  private static String[] concat(String command, String[] options) {
    String[] args = new String[options.length + 2];
    args[0] = command;
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = "-";
    return args;
  }

  /** A file: the header line, then the rows, each ended by LF. */
  public static String file(String header, String... rows) {
    StringBuilder s = new StringBuilder(header).append('\n');
    for (String r : rows) {
      s.append(r).append('\n');
    }
    return s.toString();
  }
}
