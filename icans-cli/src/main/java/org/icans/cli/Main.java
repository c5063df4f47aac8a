package org.icans.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.icans.cli.fhir.FhirGradeCommand;
import org.icans.cli.grade.GradeCommand;
import org.icans.cli.guide.GuideCommand;
import org.icans.cli.output.ErrorReport;
import org.icans.cli.output.OutputFormat;
import org.icans.cli.plan.CompareCommand;
import org.icans.cli.plan.PlanCommand;
import org.icans.cli.plot.PlotCommand;
import org.icans.cli.risk.RiskCommand;
import org.icans.cli.summarize.SummarizeCommand;

/**
 * The {@code icans} command: {@code grade}, {@code summarize} and {@code plot} files of bedside ICANS
 * and CRS assessments (the CSV contract of {@code docs/cli.md}); {@code plan}, {@code compare},
 * {@code risk} and {@code guide} for management policies, risk reports and patient guidance
 * ({@code docs/clinical-commands.md}).
 *
 * <p>{@link #run} does all the work against the streams it is given and returns the exit status,
 * so that tests run the tool in-process; {@link #main} only connects it to the process.
 */
public final class Main {
  private Main() {}

  static final String HELP = String.join("\n",
      "Usage: icans grade [--explain] [--format csv|jsonl] FILE",
      "       icans grade --format fhir [--period day|time] [--zone ZONE] [--infusion DATE-TIME] FILE",
      "       icans summarize [--format csv|jsonl] FILE",
      "       icans plot --output PICTURE.png|PICTURE.svg [--patient ID] [--width PX] [--height PX] FILE",
      "       icans plan [--policy ID] --icans-grade N --crs-grade N --age YEARS --weight WEIGHT [...]",
      "       icans compare (--policies ID,ID,... | --all) --icans-grade N --crs-grade N --age YEARS --weight WEIGHT [...]",
      "       icans risk [--patient ID] [--format text|json] FILE",
      "       icans guide [--symptoms WORD,...] [--temperature READING] [--card] [--sheet] [...]",
      "       icans --help | --version | COMMAND --help",
      "",
      "Grades bedside ICANS and CRS assessments by the ASTCT 2019 consensus.",
      "FILE is a CSV assessment file (columns and values: docs/cli.md); - reads standard input.",
      "With --format fhir, FILE is a FHIR R4 Bundle (JSON) or NDJSON of a patient's Observations,",
      "and the output a Bundle of ICANS and CRS grade Observations (docs/fhir.md).",
      "",
      "Commands:",
      "  grade      one record per input row, in input order: patient_id, day, icans_grade,",
      "             icans_drivers, icans_complete, crs_grade, icans_tool, icans_not_assessed,",
      "             crs_drivers, crs_complete, line",
      "  summarize  one record per patient, in order of first appearance: patient_id,",
      "             max_icans_grade, icans_onset_day, icans_peak_day, max_crs_grade, crs_onset_day,",
      "             icans_resolution_day, icans_duration_days, icans_episodes, crs_peak_day,",
      "             crs_resolution_day, crs_duration_days, crs_episodes, icans_onset_vs_crs,",
      "             assessments, last_day",
      "  plot       a picture of the courses, PNG or SVG: a swimmer plot of the cohort (one lane",
      "             per patient, CRS and ICANS episodes as bars shaded by grade), or with",
      "             --patient ID one patient's ICANS and CRS grade per assessment",
      "  plan       the plan of one management policy for one situation (docs/clinical-commands.md)",
      "  compare    the plans of several policies for the same situation, side by side",
      "  risk       a risk report per patient from a file of labs with units (risk input CSV)",
      "  guide      symptom triage, wallet card and home sheet for patients, and the differential",
      "",
      "The plan, compare, risk and guide commands print what their cited sources say; they are",
      "not medical advice.",
      "",
      "Options:",
      "  --format csv|jsonl  CSV with a header (the default), or JSON Lines: one object per line,",
      "                      and the error report on standard error as JSON Lines too",
      "  --explain           grade: add icans_explanation and crs_explanation, the one-line",
      "                      reason for each grade",
      "  --format fhir       grade: read FHIR R4 (a Bundle or NDJSON) and write a FHIR Bundle of",
      "                      grade Observations; refused records are named on standard error",
      "  --period day|time   --format fhir: one assessment per calendar day (the default) or per",
      "                      effective date-time",
      "  --zone ZONE         --period day: the time zone of the calendar days (UTC by default)",
      "  --infusion DATE-TIME  --format fhir: day 0 for patients without an infusion Procedure",
      "  -h, --help          show this help",
      "  -V, --version       show the version",
      "",
      "Exit status:",
      "  0  every row was graded",
      "  2  some rows break the file contract: each is reported on standard error with its line,",
      "     column, value and what is allowed, and every other row was graded",
      "  1  the input cannot be read at all (no such file, unusable header, ...), the output",
      "     cannot be written, or the command line is wrong",
      "");

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    // HAPI FHIR (grade --format fhir) logs through SLF4J, which icans.jar gives no backend: without
    // this, SLF4J warns on standard error that it found none, which is not the tool's to say.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    MemoryGuard.install();
    int status = 0;
    try {
      status = run(args, System.in, System.out, System.err);
      System.out.flush();
    } catch (Throwable e) {
      MemoryGuard.haltOnFailure(e);
    }
    if (MemoryGuard.exhausted()) {
      // Shutting down normally needs memory the heap may not have: halt.
      Runtime.getRuntime().halt(status);
    }
    System.exit(status);
  }

  /**
   * Runs the tool.
   *
   * @param args the command line, without the program name
   * @param in standard input, read when the file is {@code -}
   * @param out standard output: the CSV or JSON Lines records, help and version
   * @param err standard error: every fault, as text or JSON Lines
   * @return the exit status: 0 every row graded, 2 some rows reported, 1 unreadable input or usage error,
   *     or a heap too small for the work (one line naming the heap: {@link MemoryGuard})
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    MemoryGuard.command(args.length == 0 ? "reading the command line" : args[0]);
    try {
      return dispatch(args, in, out, err);
    } catch (OutOfMemoryError e) {
      MemoryGuard.report(err);
      return FileCommand.UNREADABLE;
    }
  }

  private static int dispatch(String[] args, InputStream in, PrintStream out, PrintStream err) {
    if (args.length > 0) {
      List<String> rest = Arrays.asList(args).subList(1, args.length);
      switch (args[0]) {
        case PlanCommand.NAME:
          return PlanCommand.run(rest, in, out, err);
        case CompareCommand.NAME:
          return CompareCommand.run(rest, in, out, err);
        case RiskCommand.NAME:
          return RiskCommand.run(rest, in, out, err);
        case GuideCommand.NAME:
          return GuideCommand.run(rest, in, out, err);
        case PlotCommand.NAME:
          return PlotCommand.run(rest, in, out, err);
        default:
          break;
      }
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (Options.UsageException e) {
      print(err, "icans: " + e.getMessage() + "\nTry 'icans --help'.\n");
      return FileCommand.UNREADABLE;
    }
    switch (options.command()) {
      case HELP:
        print(out, HELP);
        return FileCommand.OK;
      case VERSION:
        print(out, "icans " + Version.get() + "\n");
        return FileCommand.OK;
      default:
        break;
    }
    String source = FileCommand.sourceName(options.file());
    if (options.format() == OutputFormat.FHIR) {
      return FhirGradeCommand.run(options.file(), options.fhir().period(), options.fhir().zone(),
          options.fhir().infusion(), in, out, err);
    }
    ErrorReport report = options.format() == OutputFormat.JSONL
        ? ErrorReport.jsonLines(err, source) : ErrorReport.text(err, source);
    FileCommand command = options.command() == Options.Command.GRADE
        ? new GradeCommand(out, options.format(), options.explain())
        : new SummarizeCommand(out, options.format());
    return command.runOn(options.file(), in, report);
  }

  private static void print(PrintStream stream, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    stream.write(bytes, 0, bytes.length);
    stream.flush();
  }
}
