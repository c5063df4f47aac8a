package org.icans.cli;

import java.util.ArrayList;
import java.util.List;
import org.icans.cli.output.OutputFormat;
import org.icans.model.Coded;

/**
 * The parsed command line: a command, its file ({@code -} for standard input), the output format
 * and whether to explain each grade. Options may come before or after the file; {@code --} ends
 * the options, for a file whose name starts with a dash.
 *
 * @param command what to do
 * @param file the input path, or {@code -}; null for help and version
 * @param format the output format
 * @param explain whether {@code grade} adds the one-line explanation of each grade
 * @param fhir how {@code grade --format fhir} reads FHIR (defaults otherwise)
 */
record Options(Command command, String file, OutputFormat format, boolean explain, FhirOptions fhir) {
  /**
   * The FHIR reading options of {@code grade --format fhir}.
   *
   * @param period {@code day} (calendar days in the zone, the default) or {@code time} (each effective instant)
   * @param zone the time zone of the calendar days, {@code UTC} unless given
   * @param infusion day 0 for patients whose data has no infusion Procedure, as given, or empty
   */
  record FhirOptions(String period, String zone, String infusion) {
    static final FhirOptions DEFAULT = new FhirOptions("day", "UTC", "");
  }

  /** What the tool is asked to do. */
  enum Command {
    GRADE,
    SUMMARIZE,
    HELP,
    VERSION
  }

  /** A command line that cannot be understood. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Every command of the tool, for the messages that list them. */
  static final String COMMANDS = "grade, summarize, plot, plan, compare, risk and guide";

  static Options parse(String[] args) throws UsageException {
    for (String a : args) {
      if (a.equals("--")) {
        break;
      }
      if (a.equals("-h") || a.equals("--help")) {
        return new Options(Command.HELP, null, OutputFormat.CSV, false, FhirOptions.DEFAULT);
      }
      if (a.equals("-V") || a.equals("--version")) {
        return new Options(Command.VERSION, null, OutputFormat.CSV, false, FhirOptions.DEFAULT);
      }
    }
    if (args.length == 0) {
      throw new UsageException("no command given; the commands are " + COMMANDS);
    }
    Command command;
    switch (args[0]) {
      case "grade":
        command = Command.GRADE;
        break;
      case "summarize":
        command = Command.SUMMARIZE;
        break;
      default:
        throw new UsageException("unknown command '" + args[0] + "'; the commands are " + COMMANDS);
    }
    OutputFormat format = OutputFormat.CSV;
    String formatGiven = null;
    boolean explain = false;
    String period = null;
    String zone = null;
    String infusion = null;
    List<String> files = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (optionsEnded || a.equals("-") || !a.startsWith("-")) {
        files.add(a);
      } else if (a.equals("--")) {
        optionsEnded = true;
      } else if (a.equals("--explain")) {
        if (command != Command.GRADE) {
          throw new UsageException("--explain applies to grade only");
        }
        explain = true;
      } else if (a.equals("--format") || a.startsWith("--format=")) {
        String word;
        if (a.equals("--format")) {
          if (i + 1 == args.length) {
            throw new UsageException("--format needs a value: csv or jsonl");
          }
          word = args[++i];
        } else {
          word = a.substring("--format=".length());
        }
        if (formatGiven != null) {
          // As the clinical commands do: two formats are a mistake, not a choice of the last one.
          throw new UsageException("--format given twice ('" + formatGiven + "' and '" + word + "'); give it once");
        }
        formatGiven = word;
        format = Coded.find(OutputFormat.class, word).orElse(null);
        if (format == OutputFormat.FHIR && command != Command.GRADE) {
          format = null;
        }
        if (format == null) {
          throw new UsageException("unknown format '" + word + "'; the formats are csv and jsonl"
              + (command == Command.GRADE ? ", and fhir for grade" : ""));
        }
      } else if (FHIR_OPTIONS.contains(a.split("=", 2)[0])) {
        String name = a.split("=", 2)[0];
        String value;
        if (a.contains("=")) {
          value = a.substring(name.length() + 1);
        } else if (i + 1 == args.length) {
          throw new UsageException(name + " needs a value");
        } else {
          value = args[++i];
        }
        switch (name) {
          case "--period" -> period = once(name, period, value);
          case "--zone" -> zone = once(name, zone, value);
          default -> infusion = once(name, infusion, value);
        }
      } else {
        throw new UsageException("unknown option '" + a + "'");
      }
    }
    if ((period != null || zone != null || infusion != null) && format != OutputFormat.FHIR) {
      throw new UsageException("--period, --zone and --infusion apply to grade --format fhir only");
    }
    if (period != null && !period.equals("day") && !period.equals("time")) {
      throw new UsageException("unknown period '" + period + "'; the periods are day and time");
    }
    if (zone != null && "time".equals(period)) {
      throw new UsageException("--zone applies to --period day only (with --period time each instant is its own period)");
    }
    if (files.size() != 1) {
      throw new UsageException(files.isEmpty() ? "no FILE given (- reads standard input)"
          : "one FILE expected, got " + files.size() + ": " + String.join(" ", files));
    }
    if (explain && format == OutputFormat.FHIR) {
      throw new UsageException("--explain applies to csv and jsonl; with --format fhir each grade Observation "
          + "carries its explanation as a note");
    }
    FhirOptions fhir = new FhirOptions(period == null ? "day" : period, zone == null ? "UTC" : zone,
        infusion == null ? "" : infusion);
    return new Options(command, files.get(0), format, explain, fhir);
  }

  private static final List<String> FHIR_OPTIONS = List.of("--period", "--zone", "--infusion");

  private static String once(String name, String earlier, String value) throws UsageException {
    if (earlier != null) {
      throw new UsageException(name + " given twice ('" + earlier + "' and '" + value + "'); give it once");
    }
    return value;
  }
}
