package org.icans.cli.summarize;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.icans.cli.FileCommand;
import org.icans.cli.assessment.AssessmentFile;
import org.icans.cli.assessment.GradedRow;
import org.icans.cli.output.ByteSink;
import org.icans.cli.output.OutputFormat;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.icans.IcansGrade;

/**
 * {@code icans summarize}: one output record per patient, in order of first appearance, with the
 * course of ICANS and CRS over the patient's graded assessments (any order within the file).
 *
 * <p>The grades of every assessment are kept until the end (a day and two bytes each), because a
 * patient's rows may be spread over the whole file.
 */
public final class SummarizeCommand extends FileCommand implements AssessmentFile.GradedRowSink {
  private final ByteSink out;
  private final SummaryWriter writer;
  private final Map<String, PatientDays> patients = new LinkedHashMap<>();
  private PatientDays last;
  private long rows;

  /** A command writing to {@code out} in {@code format}. */
  public SummarizeCommand(OutputStream out, OutputFormat format) {
    this.out = new ByteSink(out);
    this.writer = format == OutputFormat.JSONL ? SummaryWriter.jsonLines(this.out) : SummaryWriter.csv(this.out);
  }

  @Override
  protected AssessmentFile.GradedRowSink begin() {
    return this;
  }

  @Override
  public void accept(GradedRow row, IcansGrade icans, CrsGrade crs) {
    PatientDays p = last;
    // Rows of one patient usually come together: compare bytes before building a String key.
    if (p == null || !p.is(row.buffer(), row.patientIdStart(), row.patientIdEnd())) {
      String id = row.patientId();
      p = patients.get(id);
      if (p == null) {
        p = new PatientDays(id, Arrays.copyOfRange(row.buffer(), row.patientIdStart(), row.patientIdEnd()));
        patients.put(id, p);
      }
      last = p;
    }
    p.add(row.day(), icans.gradeOrMinusOne(), crs.gradeOrMinusOne());
    rows++;
  }

  @Override
  protected String holding() {
    return "summarize: the days and grades of " + rows + " rows of " + patients.size()
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
      for (PatientDays p : patients.values()) {
        writer.patient(p);
      }
    }
    out.flush();
  }
}
