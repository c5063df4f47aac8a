package org.icans.cli.plot;

import java.util.ArrayList;
import java.util.List;
import org.icans.cli.command.FileCommand;
import org.icans.cli.assessment.AssessmentFile;
import org.icans.cli.course.Cohort;
import org.icans.cli.course.PatientRows;

/**
 * Reads an assessment file for {@code plot} with the tool's one reader and grader
 * ({@link FileCommand}): bad rows are reported by line and left out, and every graded row is kept,
 * per patient in order of first appearance, until the pictures are drawn. Not thread-safe.
 */
final class CohortReader extends FileCommand {
  private final Cohort cohort = new Cohort();
  private boolean wholeFile;

  @Override
  protected AssessmentFile.GradedRowSink begin() {
    return cohort;
  }

  @Override
  protected String holding() {
    return "plot: the days and grades of " + cohort.size() + " patients, kept until the end of the file to "
        + "draw them (a patient's rows may be anywhere in it)";
  }

  @Override
  protected void end(boolean wholeFile) {
    this.wholeFile = wholeFile;
  }

  /** Whether the input was read to its end; a picture of part of the courses would mislead. */
  boolean readWholeFile() {
    return wholeFile;
  }

  /** The number of patients with at least one graded row. */
  int patientCount() {
    return cohort.size();
  }

  /** The patient with this id, or null. */
  PatientRows patient(String patientId) {
    return cohort.patient(patientId);
  }

  /** The first patient ids in order of first appearance, at most {@code n}, for messages. */
  List<String> firstIds(int n) {
    List<String> ids = new ArrayList<>(n);
    for (PatientRows p : cohort.patients()) {
      if (ids.size() == n) {
        break;
      }
      ids.add(p.patientId());
    }
    return ids;
  }

  /** One lane per patient, in the documented order ({@link Lane#SEVERITY_ORDER}). */
  List<Lane> lanes() {
    List<Lane> lanes = new ArrayList<>(cohort.size());
    int order = 0;
    for (PatientRows p : cohort.patients()) {
      List<PatientRows.Row> rows = p.rows();
      lanes.add(new Lane(p.patientId(), order++, p.course(), rows.get(0).day(), rows.get(rows.size() - 1).day()));
    }
    lanes.sort(Lane.SEVERITY_ORDER);
    return lanes;
  }
}
