package org.icans.cli.args;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one parser of the tool's command lines (picocli): builds the command tree, runs the command
 * the line names, and reports every wrong command line as one message on standard error, then the
 * hint {@code Try 'icans --help'.}, exit status {@link #USAGE}.
 *
 * <p>The rules of every command, beyond picocli's defaults: options are {@code --name value} or
 * {@code --name=value}, each at most once (a repeat is refused naming both values); a flag takes no
 * value; {@code --} ends the options and {@code -} is an operand (standard input); {@code --help}
 * anywhere before {@code --} wins over every other problem of the line. Help and version go to
 * standard output as UTF-8, without colours.
 */
public final class CommandLines {
  private CommandLines() {}

  /** Exit status of a wrong command line. */
  public static final int USAGE = 1;

  /**
   * Runs the command line.
   *
   * <p>Only the command the line names is built (its options read from its annotations): a command
   * line costs the parser of one command, in time and in heap (a small heap is for the work). The
   * others are built when the line names none of them, for the tool's own help and for the message
   * that names them all; none for {@code --version} alone.
   *
   * @param top the {@code icans} command itself
   * @param commands its commands by name, in the order help and messages list them
   * @param args the command line, without the program name
   * @return the exit status
   */
  public static int run(IcansCommand top, Map<String, Supplier<IcansCommand>> commands, String[] args,
      InputStream in, PrintStream out, PrintStream err) {
    PrintWriter outText = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errText = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine line = new CommandLine(top);
    top.streams(in, out, err);
    Supplier<IcansCommand> named = args.length == 0 ? null : commands.get(args[0]);
    boolean versionAlone = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    for (Map.Entry<String, Supplier<IcansCommand>> c : commands.entrySet()) {
      if (!versionAlone && (named == null || c.getValue() == named)) {
        IcansCommand command = c.getValue().get();
        command.streams(in, out, err);
        line.addSubcommand(c.getKey(), command);
        // The tool's version, for a --version the top command lets its commands inherit.
        line.getSubcommands().get(c.getKey()).getCommandSpec().versionProvider(line.getCommandSpec().versionProvider());
      }
    }
    // These apply to every command added above. Repeats are let through the parse and refused after
    // it (repeatedOrValued), so that the message can name both values.
    line.setOverwrittenOptionsAllowed(true)
        .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
        .setOut(outText)
        .setErr(errText)
        .setParameterExceptionHandler((e, given) -> helpAsked(given) ? help(e.getCommandLine())
            : fail(e.getCommandLine(), message(e, given)))
        .setExecutionExceptionHandler((e, cl, parsed) -> {
          if (e instanceof UsageException) {
            return fail(cl, e.getMessage());
          }
          throw e;
        })
        .setExecutionStrategy(parsed -> {
          Integer help = CommandLine.executeHelpRequest(parsed);
          if (help != null) {
            return help;
          }
          for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            repeatedOrValued(p);
          }
          return new CommandLine.RunLast().execute(parsed);
        });
    try {
      return line.execute(args);
    } finally {
      outText.flush();
      errText.flush();
    }
  }

  /** {@code a, b and c}: the commands under {@code line}, for messages. */
  public static String commands(CommandLine line) {
    List<String> names = new ArrayList<>(line.getSubcommands().keySet());
    if (names.size() < 2) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static boolean helpAsked(String[] args) {
    for (String a : args) {
      if (a.equals("--")) {
        return false;
      }
      if (a.equals("--help") || a.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  private static int help(CommandLine cl) {
    cl.usage(cl.getOut());
    return 0;
  }

  private static int fail(CommandLine cl, String message) {
    String who = cl.getCommand() instanceof IcansCommand c ? c.who() : "icans";
    PrintWriter err = cl.getErr();
    err.print(who + ": " + message + "\nTry 'icans --help'.\n");
    err.flush();
    return USAGE;
  }

  /** An option given twice, or a flag given a value ({@code --audit=false}), is refused. */
  private static void repeatedOrValued(ParseResult parsed) {
    Map<OptionSpec, Integer> times = new IdentityHashMap<>();
    for (OptionSpec o : parsed.matchedOptions()) {
      times.merge(o, 1, Integer::sum);
    }
    for (Map.Entry<OptionSpec, Integer> t : times.entrySet()) {
      OptionSpec o = t.getKey();
      List<String> values = o.originalStringValues();
      if (isFlag(o)) {
        for (String v : values) {
          if (!v.equals("true")) {
            throw new ParameterException(parsed.commandSpec().commandLine(), takesNoValue(o, v));
          }
        }
      }
      if (t.getValue() > 1) {
        throw new ParameterException(parsed.commandSpec().commandLine(), o.longestName() + " given twice"
            + (isFlag(o) ? "" : " (" + UsageException.quoted(values.get(0)) + " and "
                + UsageException.quoted(values.get(1)) + ")") + "; give it once");
      }
    }
  }

  private static boolean isFlag(OptionSpec o) {
    return o.arity().max() == 0;
  }

  private static String takesNoValue(OptionSpec o, String value) {
    return o.longestName() + " takes no value, got '" + o.longestName() + "=" + value + "'";
  }

  /** The message of a command line picocli refused, in the words of the tool. */
  static String message(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    CommandSpec spec = cl.getCommandSpec();
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String a = u.getUnmatched().get(0);
      if (spec.parent() == null) {
        return "unknown command '" + a + "'; the commands are " + commands(cl);
      }
      if (a.startsWith("-") && !a.equals("-") && !afterEndOfOptions(a, args)) {
        return "unknown option '" + a + "'; the options of " + spec.name() + " are " + options(spec);
      }
      List<PositionalParamSpec> operands = spec.positionalParameters();
      if (operands.isEmpty()) {
        return "unexpected argument '" + a + "'; " + spec.name() + " takes options only";
      }
      PositionalParamSpec p = operands.get(0);
      List<String> given = p.originalStringValues();
      return "unexpected argument '" + a + "'; " + spec.name() + " takes one " + p.paramLabel()
          + (given.isEmpty() ? "" : ", got " + given.get(0));
    }
    if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
      ArgSpec missing = m.getMissing().get(0);
      if (missing instanceof OptionSpec o) {
        if (e.getMessage().startsWith("Missing required option")) {
          return "missing " + o.longestName() + ": " + what(o);
        }
        return o.longestName() + " needs a value: " + value(o);
      }
      return "no " + ((PositionalParamSpec) missing).paramLabel() + " given (- reads standard input)";
    }
    if (e.getCause() instanceof CommandLine.TypeConversionException c && e.getArgSpec() instanceof OptionSpec o) {
      return isFlag(o) ? takesNoValue(o, e.getValue()) : o.longestName() + ": " + c.getMessage();
    }
    return e.getMessage();
  }

  /** Whether {@code arg} is given after {@code --}, where it is an operand whatever it looks like. */
  private static boolean afterEndOfOptions(String arg, String[] args) {
    boolean ended = false;
    for (String a : args) {
      if (ended && a.equals(arg)) {
        return true;
      }
      ended |= a.equals("--");
    }
    return false;
  }

  /** The first sentence of the option's description: what it gives. */
  private static String what(OptionSpec o) {
    String d = String.join(" ", o.description());
    int end = d.indexOf(". ");
    return end < 0 ? d : d.substring(0, end);
  }

  /**
   * The option's value as the usage names it, and what it is: the values allowed when they are
   * listed ({@code ID, one of a, b}), else the first sentence of the description.
   */
  private static String value(OptionSpec o) {
    for (CommandLine.ITypeConverter<?> c : o.converters()) {
      if (c instanceof Codes<?> codes) {
        return codes.allowed();
      }
    }
    Iterable<String> candidates = o.completionCandidates();
    if (candidates == null || o.type().isEnum()) {
      return o.paramLabel() + ", " + what(o);
    }
    return o.paramLabel() + ", one of " + String.join(", ", candidates);
  }

  private static String options(CommandSpec spec) {
    StringJoiner j = new StringJoiner(", ");
    for (OptionSpec o : spec.options()) {
      if (!o.usageHelp()) {
        j.add(o.longestName());
      }
    }
    return j.add("--help").toString();
  }
}
