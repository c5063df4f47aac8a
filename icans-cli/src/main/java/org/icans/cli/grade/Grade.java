package org.icans.cli.grade;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.icans.cli.command.FileCommand;
import org.icans.cli.args.Codes;
import org.icans.cli.args.IcansCommand;
import org.icans.cli.args.UsageException;
import org.icans.cli.fhir.FhirGradeCommand;
import org.icans.cli.output.OutputFormat;
import org.icans.fhir.AssessmentPeriod;
import org.icans.model.Coded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * The command line of {@code icans grade}: one record per input row ({@link GradeCommand}), or with
 * {@code --format fhir} a FHIR Bundle of grade Observations ({@link FhirGradeCommand}).
 */
@Command(name = Grade.NAME,
    description = {
      "Grades each row of an assessment file, or the Observations of a FHIR file.",
      "",
      "One record per input row, in input order: patient_id, day, icans_grade, icans_drivers, icans_complete, "
          + "crs_grade, icans_tool, icans_not_assessed, crs_drivers, crs_complete, line. With --format fhir, FILE "
          + "is a FHIR R4 Bundle (JSON) or NDJSON of a patient's Observations, and the output a Bundle of ICANS "
          + "and CRS grade Observations (docs/fhir.md)."},
    exitCodeList = {
      "0:every row was graded",
      "2:some rows break the file contract: each is reported on standard error with its line, column, value "
          + "and what is allowed, and every other row was graded",
      "1:the input cannot be read at all (no such file, unusable header, ...), the output cannot be written, "
          + "or the command line is wrong"})
public final class Grade extends IcansCommand {
  /** The command word. */
  public static final String NAME = "grade";

  @Option(names = "--explain", description = "add icans_explanation and crs_explanation, the one-line reason for "
      + "each grade (csv and jsonl)")
  private boolean explain;

  @Option(names = "--format", paramLabel = "csv|jsonl|fhir", converter = Formats.class,
      description = "CSV with a header (the default); JSON Lines, one object per line, and the error report on "
          + "standard error as JSON Lines too; or fhir: read FHIR R4 (a Bundle or NDJSON) and write a FHIR Bundle "
          + "of grade Observations, refused records named on standard error")
  private OutputFormat format = OutputFormat.CSV;

  @Option(names = "--period", paramLabel = "day|time", converter = Periods.class,
      description = "--format fhir: one assessment per calendar day (the default) or per effective date-time")
  private Period period;

  @Option(names = "--zone", paramLabel = "ZONE", converter = Zone.class,
      description = "--period day: the time zone of the calendar days (UTC by default)")
  private ZoneId zone;

  @Option(names = "--infusion", paramLabel = "DATE-TIME", converter = Infusion.class,
      description = "--format fhir: day 0 for patients without an infusion Procedure, a date-time with its "
          + "offset (2026-03-02T10:00:00+01:00)")
  private OffsetDateTime infusion;

  @Parameters(paramLabel = "FILE", arity = "1", description = "the assessment file; - reads standard input")
  private String file;

  /** The command line of {@code icans grade}; picocli fills it. */
  public Grade() {}

  @Override
  protected int run(InputStream in, PrintStream out, PrintStream err) throws UsageException {
    if (format == OutputFormat.FHIR) {
      if (zone != null && period == Period.TIME) {
        throw new UsageException("--zone applies to --period day only (with --period time each instant is its own "
            + "period)");
      }
      if (explain) {
        throw new UsageException("--explain applies to csv and jsonl; with --format fhir each grade Observation "
            + "carries its explanation as a note");
      }
      AssessmentPeriod p = period == Period.TIME ? AssessmentPeriod.effectiveTime()
          : AssessmentPeriod.calendarDay(zone == null ? ZoneId.of("UTC") : zone);
      return FhirGradeCommand.run(file, p, infusion, in, out, err);
    }
    if (period != null || zone != null || infusion != null) {
      throw new UsageException("--period, --zone and --infusion apply to grade --format fhir only");
    }
    return new GradeCommand(out, format, explain).runOn(file, in, FileCommand.report(format, file, err));
  }

  @Override
  protected String who() {
    return "icans";
  }

  /** How {@code --format fhir} groups Observations into assessments. */
  enum Period implements Coded {
    /** One assessment per calendar day in the zone. */
    DAY("day"),
    /** One assessment per effective date-time. */
    TIME("time");

    private final String code;

    Period(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  static final class Formats extends Codes<OutputFormat> {
    Formats() {
      super(OutputFormat.values());
    }
  }

  static final class Periods extends Codes<Period> {
    Periods() {
      super(Period.values());
    }
  }

  static final class Zone implements CommandLine.ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value);
      } catch (DateTimeException e) {
        throw new CommandLine.TypeConversionException(UsageException.quoted(value) + " is not allowed; allowed: a "
            + "time zone id, for example UTC or Europe/Berlin");
      }
    }
  }

  static final class Infusion implements CommandLine.ITypeConverter<OffsetDateTime> {
    @Override
    public OffsetDateTime convert(String value) {
      try {
        return OffsetDateTime.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(UsageException.quoted(value) + " is not allowed; allowed: a "
            + "date-time with its offset, for example 2026-03-02T10:00:00+01:00");
      }
    }
  }
}
