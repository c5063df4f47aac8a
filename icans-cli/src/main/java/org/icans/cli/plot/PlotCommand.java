package org.icans.cli.plot;

import org.icans.cli.course.PatientRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.icans.cli.FileCommand;
import org.icans.cli.output.ErrorReport;
import org.icans.cli.plan.Arguments;
import org.icans.cli.plan.Console;
import org.icans.cli.plan.UsageException;
import org.jfree.chart.JFreeChart;

/**
 * {@code icans plot}: reads an assessment file (the contract of {@code docs/cli.md}) and writes a
 * picture of the courses, PNG or SVG: the cohort swimmer plot ({@link SwimmerChart}), or with
 * {@code --patient} one patient's timeline ({@link TimelineChart}). Bad rows are reported by line
 * and left out, the rest is drawn, and the exit status is 2, as for {@code grade}.
 *
 * <p>Draws without a display ({@code java.awt.headless=true}). {@link #run} uses only the streams
 * it is given and the files it names.
 */
public final class PlotCommand {
  private PlotCommand() {}

  /** The command word. */
  public static final String NAME = "plot";

  static final String OUTPUT = "--output";
  static final String PATIENT = "--patient";
  static final String WIDTH = "--width";
  static final String HEIGHT = "--height";
  static final String MAX_PATIENTS = "--max-patients";

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

  /** The help text. */
  static String usage() {
    return "Usage: icans plot --output PICTURE.png|PICTURE.svg [--patient ID] [--width PX] [--height PX]\n"
        + "                  [--max-patients N] FILE\n"
        + "\n"
        + "Draws the courses of ICANS and CRS of an assessment file (docs/cli.md); - reads standard input.\n"
        + "Without --patient: a swimmer plot of the cohort, one lane per patient (highest ICANS grade\n"
        + "first), CRS and ICANS episodes as bars shaded by their highest grade, onset and peak marked.\n"
        + "With --patient: that patient's ICANS and CRS grade at each assessment, episodes shaded,\n"
        + "lower bounds hollow, rows without a grade on the 'not assessed' line. The courses are the\n"
        + "ones icans summarize prints.\n"
        + "\n"
        + "Options:\n"
        + Console.option(OUTPUT + " FILE", "the picture to write; its name ends in .png or .svg, which "
            + "chooses the format (required)")
        + Console.option(PATIENT + " ID", "one patient's timeline instead of the cohort")
        + Console.option(WIDTH + " PX", "the width in pixels, " + MIN_WIDTH + "-" + MAX_SIZE + " (default "
            + DEFAULT_WIDTH + ", a 16:9 slide)")
        + Console.option(HEIGHT + " PX", "the height in pixels, " + MIN_HEIGHT + "-" + MAX_SIZE + " (default "
            + DEFAULT_HEIGHT + ")")
        + Console.option(MAX_PATIENTS + " N", "the most lanes a swimmer plot may have, 1-" + MAX_MAX_PATIENTS
            + " (default " + DEFAULT_MAX_PATIENTS + "); a larger cohort is refused")
        + Console.option("-h, --help", "show this help")
        + "\n"
        + "Exit status:\n"
        + "  0  every row was graded and the picture written\n"
        + "  2  some rows break the file contract: each is reported on standard error with its line,\n"
        + "     column, value and what is allowed, and the picture shows every other row\n"
        + "  1  the input cannot be read, it has no graded row, --patient names no patient of it, the\n"
        + "     cohort has more patients than --max-patients, the picture cannot be written, or the\n"
        + "     command line is wrong\n";
  }

  /**
   * Runs {@code icans plot}.
   *
   * @param args the arguments after the command word
   * @param in standard input, read when FILE is {@code -} (not closed)
   * @param out standard output: the help, or the line naming the picture written
   * @param err standard error: every bad row, and what makes the input or command line unusable
   * @return the exit status: 0 drawn, 2 drawn without the bad rows, 1 nothing drawn
   */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    Arguments a;
    try {
      a = Arguments.spec(NAME)
          .value(OUTPUT, "the picture to write, a file name ending in .png or .svg")
          .value(PATIENT, "a patient_id of the file")
          .value(WIDTH, "the width in pixels, " + MIN_WIDTH + "-" + MAX_SIZE)
          .value(HEIGHT, "the height in pixels, " + MIN_HEIGHT + "-" + MAX_SIZE)
          .value(MAX_PATIENTS, "the most lanes of a swimmer plot, 1-" + MAX_MAX_PATIENTS)
          .operand("FILE")
          .parse(args);
    } catch (UsageException e) {
      return Console.fail(err, NAME, e.getMessage());
    }
    if (a.helpRequested()) {
      Console.print(out, usage());
      return Console.OK;
    }
    Request request;
    try {
      request = Request.of(a);
    } catch (UsageException e) {
      return Console.fail(err, NAME, e.getMessage());
    }
    // Before any AWT class loads: no display is needed, or wanted, to draw into a file.
    System.setProperty("java.awt.headless", "true");
    return request.draw(in, out, err);
  }

  /** A checked command line. */
  private record Request(String file, Path output, Pictures.Format format, String patient, int width, int height,
      int maxPatients) {
    static Request of(Arguments a) throws UsageException {
      if (a.operands().isEmpty()) {
        throw new UsageException("no FILE given: the assessment file to draw (- reads standard input)");
      }
      String name = a.required(OUTPUT, "the picture to write, a file name ending in .png or .svg");
      Pictures.Format format = Pictures.Format.of(name);
      if (format == null) {
        throw UsageException.notAllowed(OUTPUT, name, "a file name ending in .png or .svg (the format)");
      }
      Path output;
      try {
        output = Path.of(name);
      } catch (InvalidPathException e) {
        throw UsageException.notAllowed(OUTPUT, name, "a valid path (" + e.getReason() + ")");
      }
      String patient = a.value(PATIENT).orElse(null);
      if (patient != null && patient.isEmpty()) {
        throw UsageException.notAllowed(PATIENT, patient, "a patient_id of the file, which is never empty");
      }
      int width = a.integer(WIDTH, MIN_WIDTH, MAX_SIZE, "an integer number of pixels from " + MIN_WIDTH
          + " to " + MAX_SIZE).orElse(DEFAULT_WIDTH);
      int height = a.integer(HEIGHT, MIN_HEIGHT, MAX_SIZE, "an integer number of pixels from " + MIN_HEIGHT
          + " to " + MAX_SIZE).orElse(DEFAULT_HEIGHT);
      int maxPatients = a.integer(MAX_PATIENTS, 1, MAX_MAX_PATIENTS, "an integer from 1 to "
          + MAX_MAX_PATIENTS).orElse(DEFAULT_MAX_PATIENTS);
      if (patient != null && a.has(MAX_PATIENTS)) {
        throw new UsageException(MAX_PATIENTS + " applies to the swimmer plot, not with " + PATIENT);
      }
      return new Request(a.operands().get(0), output, format, patient, width, height, maxPatients);
    }

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
