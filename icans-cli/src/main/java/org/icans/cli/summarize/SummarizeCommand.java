package org.icans.cli.summarize;

import java.io.IOException;
import java.io.OutputStream;
import org.icans.cli.command.FileCommand;
import org.icans.cli.assessment.AssessmentFile;
import org.icans.cli.course.Cohort;
import org.icans.cli.course.PatientRows;
import org.icans.cli.output.ByteSink;
import org.icans.cli.output.OutputFormat;

/**
 * {@code icans summarize}: one output record per patient, in order of first appearance, with the
 * course of ICANS and CRS over the patient's graded assessments (any order within the file).
 *
 * <p>The grades of every assessment are kept until the end (a day and two bytes each), because a
 * patient's rows may be spread over the whole file.
 */
public final class SummarizeCommand extends FileCommand {
  private final ByteSink out;
  private final SummaryWriter writer;
  private final Cohort cohort = new Cohort();

  /** A command writing to {@code out} in {@code format}. */
  public SummarizeCommand(OutputStream out, OutputFormat format) {
    this.out = new ByteSink(out);
    this.writer = format == OutputFormat.JSONL ? SummaryWriter.jsonLines(this.out) : SummaryWriter.csv(this.out);
  }

  @Override
  protected AssessmentFile.GradedRowSink begin() {
    return cohort;
  }

  @Override
  protected String holding() {
    return "summarize: the days and grades of " + cohort.rows() + " rows of " + cohort.size()
        + " patients, kept until the end of the file (a patient's rows may be anywhere in it)";
  }

  /**
   * Writes the summary of every patient.
   *
   * @param wholeFile false when the input could not be read to its end: then nothing is written,
   *     because a summary of part of a course would be wrong without saying so
   */
  @Override
  protected void end(boolean wholeFile) throws IOException {
    if (wholeFile) {
      writer.begin();
      for (PatientRows p : cohort.patients()) {
        writer.patient(p);
      }
    }
    out.flush();
  }
}
