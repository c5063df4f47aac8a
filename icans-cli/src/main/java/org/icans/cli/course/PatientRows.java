package org.icans.cli.course;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.icans.grading.course.DatedGrade;
import org.icans.grading.course.PatientCourse;
import org.icans.grading.course.SyndromeCourse;

/**
 * The graded rows of one patient as read from the file, kept compactly (a day, two grade bytes and
 * a byte of completeness flags each) until the whole file has been read; the one record of a
 * patient that {@code summarize} and {@code plot} both build their course from. Not thread-safe.
 */
public final class PatientRows {
  private static final byte ICANS_COMPLETE = 1;
  private static final byte CRS_COMPLETE = 2;

  private final String patientId;
  private final byte[] idBytes;
  private double[] days = new double[16];
  private byte[] icans = new byte[16];
  private byte[] crs = new byte[16];
  private byte[] flags = new byte[16];
  private int size;
  private double lastDay = Double.NEGATIVE_INFINITY;

  PatientRows(String patientId, byte[] idBytes) {
    this.patientId = patientId;
    this.idBytes = idBytes;
  }

  /** The patient's id. */
  public String patientId() {
    return patientId;
  }

  /** Whether {@code bytes[start..end)} is this patient's id. */
  boolean is(byte[] bytes, int start, int end) {
    return Arrays.equals(idBytes, 0, idBytes.length, bytes, start, end);
  }

  /** One graded row; a grade of -1 is no grade (nothing of that syndrome was assessed). */
  void add(double day, int icansGrade, boolean icansComplete, int crsGrade, boolean crsComplete) {
    if (size == days.length) {
      days = Arrays.copyOf(days, size * 2);
      icans = Arrays.copyOf(icans, size * 2);
      crs = Arrays.copyOf(crs, size * 2);
      flags = Arrays.copyOf(flags, size * 2);
    }
    days[size] = day;
    icans[size] = (byte) icansGrade;
    crs[size] = (byte) crsGrade;
    flags[size] = (byte) ((icansComplete ? ICANS_COMPLETE : 0) | (crsComplete ? CRS_COMPLETE : 0));
    size++;
    lastDay = Math.max(lastDay, day);
  }

  /** The number of graded rows. */
  public int size() {
    return size;
  }

  /** The latest day of the patient's graded rows. */
  public double lastDay() {
    return lastDay;
  }

  /**
   * The course of ICANS and CRS, built by the library: the rows' days and grades in file order,
   * sorted (stably) by the library.
   */
  public PatientCourse course() {
    List<DatedGrade> i = new ArrayList<>(size);
    List<DatedGrade> c = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      i.add(DatedGrade.ofGradeOrMinusOne(days[k], icans[k]));
      c.add(DatedGrade.ofGradeOrMinusOne(days[k], crs[k]));
    }
    return PatientCourse.of(SyndromeCourse.of(i), SyndromeCourse.of(c));
  }

  /** Every row sorted by day, same-day rows in file order (as the course sorts them). */
  public List<Row> rows() {
    List<Row> list = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      list.add(new Row(days[k], icans[k], (flags[k] & ICANS_COMPLETE) != 0, crs[k],
          (flags[k] & CRS_COMPLETE) != 0));
    }
    // List.sort is stable, like the library's: same-day rows keep their file order.
    list.sort((a, b) -> Double.compare(a.day(), b.day()));
    return list;
  }

  /**
   * One graded row, as the timeline draws it.
   *
   * @param day days since the infusion
   * @param icansGrade the ICANS grade 0-5, or -1 when no ICANS domain was assessed
   * @param icansComplete whether every ICANS domain was assessed (otherwise the grade is a lower bound)
   * @param crsGrade the CRS grade 0-5, or -1 when no CRS sign was given
   * @param crsComplete whether more information could not change the CRS grade
   */
  public record Row(double day, int icansGrade, boolean icansComplete, int crsGrade, boolean crsComplete) {}
}
