package org.icans.cli.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.icans.grading.course.DatedGrade;
import org.icans.grading.course.PatientCourse;
import org.icans.grading.course.SyndromeCourse;

/**
 * The graded days of one patient, kept compactly (a day and two grade bytes per assessment) until
 * the whole file has been read and the patient's course can be built. Not thread-safe.
 */
final class PatientDays {
  private final String patientId;
  private final byte[] idBytes;
  private double[] days = new double[16];
  private byte[] icans = new byte[16];
  private byte[] crs = new byte[16];
  private int size;
  private double lastDay = Double.NEGATIVE_INFINITY;

  PatientDays(String patientId, byte[] idBytes) {
    this.patientId = patientId;
    this.idBytes = idBytes;
  }

  String patientId() {
    return patientId;
  }

  /** Whether {@code bytes[start..end)} is this patient's id. */
  boolean is(byte[] bytes, int start, int end) {
    return Arrays.equals(idBytes, 0, idBytes.length, bytes, start, end);
  }

  /** One graded assessment; a grade of -1 is no grade. */
  void add(double day, int icansGrade, int crsGrade) {
    if (size == days.length) {
      days = Arrays.copyOf(days, size * 2);
      icans = Arrays.copyOf(icans, size * 2);
      crs = Arrays.copyOf(crs, size * 2);
    }
    days[size] = day;
    icans[size] = (byte) icansGrade;
    crs[size] = (byte) crsGrade;
    size++;
    lastDay = Math.max(lastDay, day);
  }

  int assessments() {
    return size;
  }

  double lastDay() {
    return lastDay;
  }

  /** The course of ICANS and CRS over the patient's assessments. */
  PatientCourse course() {
    List<DatedGrade> i = new ArrayList<>(size);
    List<DatedGrade> c = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      i.add(DatedGrade.ofGradeOrMinusOne(days[k], icans[k]));
      c.add(DatedGrade.ofGradeOrMinusOne(days[k], crs[k]));
    }
    return PatientCourse.of(SyndromeCourse.of(i), SyndromeCourse.of(c));
  }
}
