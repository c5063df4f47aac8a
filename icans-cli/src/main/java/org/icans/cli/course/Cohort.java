package org.icans.cli.course;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.icans.cli.assessment.AssessmentFile;
import org.icans.cli.assessment.GradedRow;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.icans.IcansGrade;

/**
 * The graded rows of a file gathered by patient, in order of first appearance: what {@code
 * summarize} and {@code plot} both read, so that their courses cannot differ. A patient's rows may
 * be anywhere in the file, so every patient is kept until the end. Not thread-safe.
 */
public final class Cohort implements AssessmentFile.GradedRowSink {
  private final Map<String, PatientRows> patients = new LinkedHashMap<>();
  private PatientRows last;
  private long rows;

  @Override
  public void accept(GradedRow row, IcansGrade icans, CrsGrade crs) {
    PatientRows p = last;
    // Rows of one patient usually come together: compare bytes before building a String key.
    if (p == null || !p.is(row.buffer(), row.patientIdStart(), row.patientIdEnd())) {
      String id = row.patientId();
      p = patients.get(id);
      if (p == null) {
        p = new PatientRows(id, Arrays.copyOfRange(row.buffer(), row.patientIdStart(), row.patientIdEnd()));
        patients.put(id, p);
      }
      last = p;
    }
    p.add(row.day(), icans.gradeOrMinusOne(), icans.isComplete(), crs.gradeOrMinusOne(), crs.isComplete());
    rows++;
  }

  /** The patients, in order of first appearance. */
  public Collection<PatientRows> patients() {
    return Collections.unmodifiableCollection(patients.values());
  }

  /** The patient with this id, or null. */
  public PatientRows patient(String patientId) {
    return patients.get(patientId);
  }

  /** The number of patients. */
  public int size() {
    return patients.size();
  }

  /** The number of graded rows. */
  public long rows() {
    return rows;
  }
}
