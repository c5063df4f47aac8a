package org.icans.cli.plot;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.icans.cli.command.FileCommand;
import org.icans.cli.args.IcansCommand;
import org.icans.cli.args.UsageException;
import org.icans.cli.args.Whole;
import org.icans.cli.course.PatientRows;
import org.icans.cli.output.ErrorReport;
import org.icans.cli.plan.Console;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code icans plot}: reads an assessment file (the contract of {@code docs/cli.md}) and writes a
 * picture of the courses, PNG or SVG: the cohort swimmer plot ({@link SwimmerChart}), or with
 * {@code --patient} one patient's timeline ({@link TimelineChart}). Bad rows are reported by line
 * and left out, the rest is drawn, and the exit status is 2, as for {@code grade}.
 *
 * <p>Draws without a display ({@code java.awt.headless=true}). One instance per command line;
 * {@link #run} uses only the streams it is given and the files it names.
 */
@Command(name = PlotCommand.NAME,
    description = {
      "A picture of the courses, PNG or SVG: the cohort's swimmer plot, or one patient's timeline.",
      "",
      "Draws the courses of ICANS and CRS of an assessment file (docs/cli.md). Without --patient: a swimmer "
          + "plot of the cohort, one lane per patient (highest ICANS grade first), CRS and ICANS episodes as "
          + "bars shaded by their highest grade, onset and peak marked. With --patient: that patient's ICANS and "
          + "CRS grade at each assessment, episodes shaded, lower bounds hollow, rows without a grade on the "
          + "'not assessed' line. The courses are the ones icans summarize prints."},
    exitCodeList = {
      "0:every row was graded and the picture written",
      "2:some rows break the file contract: each is reported on standard error with its line, column, value "
          + "and what is allowed, and the picture shows every other row",
      "1:the input cannot be read, it has no graded row, --patient names no patient of it, the cohort has more "
          + "patients than --max-patients, the picture cannot be written, or the command line is wrong"})
public final class PlotCommand extends IcansCommand {
  /** The command word. */
  public static final String NAME = "plot";

  static final String OUTPUT = "--output";
  static final String PATIENT = "--patient";
  static final String MAX_PATIENTS = "--max-patients";
  static final String HEIGHT = "--height";

  /** The default size: a 16:9 slide at 96 dots per inch (13.3 x 7.5 inches). */
  static final int DEFAULT_WIDTH = 1280;
  static final int DEFAULT_HEIGHT = 720;
  // Below these the titles, legend and axes leave no room for the plot; above them a PNG needs
  // more than 64 MB of memory to draw.
  static final int MIN_WIDTH = 480;
  static final int MIN_HEIGHT = 360;
  static final int MAX_SIZE = 4000;
  /** The default limit of lanes in a swimmer plot: 2,000 lanes fill a 4,000-pixel height at 2 pixels each. */
  static final int DEFAULT_MAX_PATIENTS = 2000;
  static final int MAX_MAX_PATIENTS = 1_000_000;

  @Option(names = OUTPUT, paramLabel = "PICTURE.png|PICTURE.svg", required = true, converter = Picture.Converter.class,
      description = "the picture to write, a file name ending in .png or .svg; the ending chooses the format")
  private Picture output;

  @Option(names = PATIENT, paramLabel = "ID", description = "one patient's timeline instead of the cohort")
  private String patient;

  @Option(names = "--width", paramLabel = "PX", converter = Width.class,
      description = "the width in pixels, " + MIN_WIDTH + "-" + MAX_SIZE + " (default " + DEFAULT_WIDTH
          + ", a 16:9 slide)")
  private int width = DEFAULT_WIDTH;

  @Option(names = HEIGHT, paramLabel = "PX", converter = Height.class,
      description = "the height in pixels, " + MIN_HEIGHT + "-" + MAX_SIZE + " (default " + DEFAULT_HEIGHT + ")")
  private int height = DEFAULT_HEIGHT;

  @Option(names = MAX_PATIENTS, paramLabel = "N", converter = MaxPatients.class,
      description = "the most lanes a swimmer plot may have, 1-" + MAX_MAX_PATIENTS + " (default "
          + DEFAULT_MAX_PATIENTS + "); a larger cohort is refused")
  private Integer maxPatients;

  @Parameters(paramLabel = "FILE", arity = "1", description = "the assessment file; - reads standard input")
  private String file;

  /** The command line of {@code icans plot}; picocli fills it. */
  public PlotCommand() {}

  /**
   * Runs {@code icans plot}.
   *
   * @param in standard input, read when FILE is {@code -} (not closed)
   * @param out standard output: the line naming the picture written
   * @param err standard error: every bad row, and what makes the input unusable
   * @return the exit status: 0 drawn, 2 drawn without the bad rows, 1 nothing drawn
   * @throws UsageException for a wrong command line
   */
  @Override
  protected int run(InputStream in, PrintStream out, PrintStream err) throws UsageException {
    if (patient != null && patient.isEmpty()) {
      throw UsageException.notAllowed(PATIENT, patient, "a patient_id of the file, which is never empty");
    }
    if (patient != null && maxPatients != null) {
      throw new UsageException(MAX_PATIENTS + " applies to the swimmer plot, not with " + PATIENT);
    }
    // Before any AWT class loads: no display is needed, or wanted, to draw into a file.
    System.setProperty("java.awt.headless", "true");
    return new Request(file, output.path(), output.format(), patient, width, height,
        maxPatients == null ? DEFAULT_MAX_PATIENTS : maxPatients).draw(in, out, err);
  }

  /** The picture {@code --output} names: its path, and the format its ending chooses. */
  record Picture(Path path, Pictures.Format format) {
    static final class Converter implements CommandLine.ITypeConverter<Picture> {
      @Override
      public Picture convert(String name) {
        Pictures.Format format = Pictures.Format.of(name);
        if (format == null) {
          throw new CommandLine.TypeConversionException(UsageException.quoted(name) + " is not allowed; allowed: a "
              + "file name ending in .png or .svg (the format)");
        }
        try {
          return new Picture(Path.of(name), format);
        } catch (InvalidPathException e) {
          throw new CommandLine.TypeConversionException(UsageException.quoted(name) + " is not allowed; allowed: a "
              + "valid path (" + e.getReason() + ")");
        }
      }
    }
  }

  static final class Width extends Whole {
    Width() {
      super(MIN_WIDTH, MAX_SIZE, "an integer number of pixels from " + MIN_WIDTH + " to " + MAX_SIZE);
    }
  }

  static final class Height extends Whole {
    Height() {
      super(MIN_HEIGHT, MAX_SIZE, "an integer number of pixels from " + MIN_HEIGHT + " to " + MAX_SIZE);
    }
  }

  static final class MaxPatients extends Whole {
    MaxPatients() {
      super(1, MAX_MAX_PATIENTS, "an integer from 1 to " + MAX_MAX_PATIENTS);
    }
  }

  /** A checked command line. */
  private record Request(String file, Path output, Pictures.Format format, String patient, int width, int height,
      int maxPatients) {
    int draw(InputStream in, PrintStream out, PrintStream err) {
      String source = FileCommand.sourceName(file);
      CohortReader cohort = new CohortReader();
      int status = cohort.runOn(file, in, ErrorReport.text(err, source));
      if (status == FileCommand.UNREADABLE || !cohort.readWholeFile()) {
        return FileCommand.UNREADABLE;
      }
      if (cohort.patientCount() == 0) {
        return fail(err, source + " has no graded row, so there is nothing to draw");
      }
      JFreeChart chart;
      String what;
      if (patient != null) {
        PatientRows p = cohort.patient(patient);
        if (p == null) {
          return fail(err, UsageException.notAllowed(PATIENT, patient, "a patient_id with a graded row in "
              + source + ", like " + String.join(", ", cohort.firstIds(3))).getMessage());
        }
        chart = TimelineChart.of(patient, p.rows(), p.course(), source);
        what = "the timeline of patient " + patient;
      } else {
        if (cohort.patientCount() > maxPatients) {
          return fail(err, source + " holds " + cohort.patientCount() + " patients, more than the limit of "
              + maxPatients + " lanes of one swimmer plot (" + MAX_PATIENTS + ", default " + DEFAULT_MAX_PATIENTS
              + "); raise it with " + MAX_PATIENTS + " " + cohort.patientCount() + " (and a larger "
              + HEIGHT + "), or draw one patient with " + PATIENT + " ID");
        }
        chart = SwimmerChart.of(cohort.lanes(), source, height);
        what = "the swimmer plot of " + cohort.patientCount() + " patients";
      }
      try {
        Pictures.write(chart, format, output, width, height);
      } catch (IOException e) {
        return fail(err, OUTPUT + ": " + output + " cannot be written (" + e + ")");
      }
      Console.printLine(out, "icans plot: wrote " + what + " to " + output + " (" + format.name() + ", " + width
          + " x " + height + " pixels)");
      return Console.finish(out, err, NAME, status);
    }

    private static int fail(PrintStream err, String message) {
      Console.printLine(err, "icans " + NAME + ": " + message);
      return FileCommand.UNREADABLE;
    }
  }
}
