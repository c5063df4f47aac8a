package org.icans.cli.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icans.cli.command.FileCommand;
import org.icans.cli.args.UsageException;
import org.icans.cli.assessment.AssessmentFile;
import org.icans.cli.assessment.HeaderException;
import org.icans.cli.csv.CsvFormatException;
import org.icans.cli.output.ErrorReport;
import org.icans.grading.course.GradedAssessment;
import org.icans.grading.course.PatientCourse;
import org.icans.model.assessment.Assessment;

/**
 * The assessment a plan is made for, read from an assessment file (contract v1): the rows of one
 * patient, graded once into the course ({@link PatientCourse}), and of them the worst day
 * ({@link PatientCourse#worst()}) or the worst assessment of the day asked for. A file with any
 * bad row is refused after every bad row is reported: a plan from a course with rows missing could
 * miss the worst day.
 */
final class AssessmentDay {
  private AssessmentDay() {}

  static final String ASSESSMENTS = "--assessments";
  static final String PATIENT = "--patient";
  static final String DAY = "--day";

  /** The chosen assessment, graded, and the line saying how it was chosen. */
  record Chosen(GradedAssessment assessment, String line) {}

  static Chosen choose(String file, String patient, OptionalDouble day, InputStream stdin, PrintStream err)
      throws UsageException {
    List<Assessment> rows = new ArrayList<>();
    ErrorReport report = ErrorReport.text(err, FileCommand.sourceName(file));
    long bad;
    try (InputStream in = file.equals("-") ? stdin : Files.newInputStream(Path.of(file))) {
      AssessmentFile f = AssessmentFile.open(in);
      f.forEachAssessment((line, a) -> {
        if (a.patientId().equals(patient)) {
          rows.add(a);
        }
      }, report);
      bad = f.rowsWithErrors();
    } catch (NoSuchFileException e) {
      throw UsageException.notAllowed(ASSESSMENTS, file, "an assessment file that exists");
    } catch (HeaderException e) {
      e.problems().forEach(report::error);
      throw new UsageException(ASSESSMENTS + ": the header of " + file + " is unusable (see above)");
    } catch (CsvFormatException e) {
      throw new UsageException(ASSESSMENTS + ": " + file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UsageException(ASSESSMENTS + ": " + file + " cannot be read: " + e.getMessage());
    }
    if (bad > 0) {
      throw new UsageException(ASSESSMENTS + ": " + file + " has " + bad + (bad == 1 ? " bad row" : " bad rows")
          + " (reported above); a plan needs every row of the patient's course: correct them first");
    }
    if (rows.isEmpty()) {
      throw UsageException.notAllowed(PATIENT, patient, "a patient_id of " + file);
    }
    PatientCourse course = PatientCourse.of(rows);
    if (day.isEmpty()) {
      GradedAssessment worst = course.worst().orElseThrow(() -> new UsageException(PATIENT + ": " + patient
          + " has no graded assessment in " + file + ", so there is no worst day"));
      return new Chosen(worst, "Assessment: " + worst.summary() + " (the worst of " + rows.size()
          + (rows.size() == 1 ? " assessment" : " assessments") + " in " + file + ")");
    }
    double d = day.getAsDouble();
    List<Assessment> thatDay = rows.stream().filter(a -> a.day() == d).toList();
    Optional<GradedAssessment> chosen = thatDay.isEmpty() ? Optional.empty() : PatientCourse.of(thatDay).worst();
    if (chosen.isEmpty()) {
      throw UsageException.notAllowed(DAY, day(d), "a day on which " + patient + " has a graded assessment in "
          + file);
    }
    return new Chosen(chosen.get(), "Assessment: " + chosen.get().summary() + " (day asked for, " + file + ")");
  }

  private static String day(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
