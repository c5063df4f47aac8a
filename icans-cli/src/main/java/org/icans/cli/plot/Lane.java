package org.icans.cli.plot;

import java.util.Comparator;
import java.util.OptionalDouble;
import org.icans.grading.course.PatientCourse;
import org.icans.grading.course.SyndromeCourse;

/**
 * One patient's lane of the swimmer plot: the course the library computed from the patient's
 * graded rows, and the follow-up (first to last assessment) drawn behind the episodes.
 *
 * @param patientId the patient's identifier, as in the file
 * @param order the patient's place in order of first appearance in the file, from 0
 * @param course the course of ICANS and CRS, as {@code summarize} reports it
 * @param firstDay the day of the patient's first graded row
 * @param lastDay the day of the patient's last graded row (the follow-up)
 */
record Lane(String patientId, int order, PatientCourse course, double firstDay, double lastDay) {
  /**
   * The documented order of the lanes, top to bottom: highest ICANS grade first, then highest CRS
   * grade, then earlier ICANS onset, then earlier CRS onset (no onset last), then order of first
   * appearance in the file. The most severe neurotoxicity is what a reader looks for first.
   */
  static final Comparator<Lane> SEVERITY_ORDER = Comparator
      .comparingInt((Lane l) -> -l.course().icans().maxGrade().orElse(-1))
      .thenComparingInt(l -> -l.course().crs().maxGrade().orElse(-1))
      .thenComparingDouble(l -> onsetOrLast(l.course().icans()))
      .thenComparingDouble(l -> onsetOrLast(l.course().crs()))
      .thenComparingInt(Lane::order);

  /** How the sort key is described in the caption and the docs. */
  static final String ORDER_DESCRIPTION =
      "lanes sorted by highest ICANS grade, then highest CRS grade, then earlier ICANS onset";

  private static double onsetOrLast(SyndromeCourse c) {
    OptionalDouble d = c.onsetDay();
    return d.isPresent() ? d.getAsDouble() : Double.POSITIVE_INFINITY;
  }
}
