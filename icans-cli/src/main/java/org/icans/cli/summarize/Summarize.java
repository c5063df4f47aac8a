package org.icans.cli.summarize;

import java.io.InputStream;
import java.io.PrintStream;
import org.icans.cli.command.FileCommand;
import org.icans.cli.args.Codes;
import org.icans.cli.args.IcansCommand;
import org.icans.cli.output.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line of {@code icans summarize} ({@link SummarizeCommand}). */
@Command(name = Summarize.NAME,
    description = {
      "The course of ICANS and CRS of each patient of an assessment file.",
      "",
      "One record per patient, in order of first appearance: patient_id, max_icans_grade, icans_onset_day, "
          + "icans_peak_day, max_crs_grade, crs_onset_day, icans_resolution_day, icans_duration_days, "
          + "icans_episodes, crs_peak_day, crs_resolution_day, crs_duration_days, crs_episodes, "
          + "icans_onset_vs_crs, assessments, last_day."},
    exitCodeList = {
      "0:every row was graded",
      "2:some rows break the file contract: each is reported on standard error with its line, column, value "
          + "and what is allowed, and the summary is made of every other row",
      "1:the input cannot be read at all (no such file, unusable header, ...), the output cannot be written, "
          + "or the command line is wrong"})
public final class Summarize extends IcansCommand {
  /** The command word. */
  public static final String NAME = "summarize";

  @Option(names = "--format", paramLabel = "csv|jsonl", converter = Formats.class,
      description = "CSV with a header (the default), or JSON Lines: one object per line, and the error report on "
          + "standard error as JSON Lines too")
  private OutputFormat format = OutputFormat.CSV;

  @Parameters(paramLabel = "FILE", arity = "1", description = "the assessment file; - reads standard input")
  private String file;

  /** The command line of {@code icans summarize}; picocli fills it. */
  public Summarize() {}

  @Override
  protected int run(InputStream in, PrintStream out, PrintStream err) {
    return new SummarizeCommand(out, format).runOn(file, in, FileCommand.report(format, file, err));
  }

  @Override
  protected String who() {
    return "icans";
  }

  static final class Formats extends Codes<OutputFormat> {
    Formats() {
      super(OutputFormat.CSV, OutputFormat.JSONL);
    }
  }
}
