package org.icans.cli.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icans.cli.FileCommand;
import org.icans.cli.assessment.AssessmentFile;
import org.icans.cli.assessment.GradedRow;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.icans.IcansGrade;

/**
 * Reads an assessment file for {@code plot} with the tool's one reader and grader
 * ({@link FileCommand}): bad rows are reported by line and left out, and every graded row is kept,
 * per patient in order of first appearance, until the pictures are drawn. Not thread-safe.
 */
final class CohortReader extends FileCommand implements AssessmentFile.GradedRowSink {
  private final Map<String, PatientAssessments> patients = new LinkedHashMap<>();
  private PatientAssessments last;
  private boolean wholeFile;

  @Override
  protected AssessmentFile.GradedRowSink begin() {
    return this;
  }

  @Override
  public void accept(GradedRow row, IcansGrade icans, CrsGrade crs) {
    PatientAssessments p = last;
    // Rows of one patient usually come together: compare bytes before building a String key.
    if (p == null || !p.is(row.buffer(), row.patientIdStart(), row.patientIdEnd())) {
      String id = row.patientId();
      p = patients.get(id);
      if (p == null) {
        p = new PatientAssessments(id, Arrays.copyOfRange(row.buffer(), row.patientIdStart(), row.patientIdEnd()));
        patients.put(id, p);
      }
      last = p;
    }
    p.add(row.day(), icans.gradeOrMinusOne(), icans.isComplete(), crs.gradeOrMinusOne(), crs.isComplete());
  }

  @Override
  protected String holding() {
    return "plot: the days and grades of " + patients.size() + " patients, kept until the end of the file to "
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
    return patients.size();
  }

  /** The patient with this id, or null. */
  PatientAssessments patient(String patientId) {
    return patients.get(patientId);
  }

  /** The first patient ids in order of first appearance, at most {@code n}, for messages. */
  List<String> firstIds(int n) {
    List<String> ids = new ArrayList<>(n);
    for (String id : patients.keySet()) {
      if (ids.size() == n) {
        break;
      }
      ids.add(id);
    }
    return ids;
  }

  /** One lane per patient, in the documented order ({@link Lane#SEVERITY_ORDER}). */
  List<Lane> lanes() {
    List<Lane> lanes = new ArrayList<>(patients.size());
    int order = 0;
    for (PatientAssessments p : patients.values()) {
      List<PatientAssessments.Assessment> rows = p.assessments();
      lanes.add(new Lane(p.patientId(), order++, p.course(), rows.get(0).day(), rows.get(rows.size() - 1).day()));
    }
    lanes.sort(Lane.SEVERITY_ORDER);
    return lanes;
  }
}
