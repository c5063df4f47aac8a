package org.icans.grading.course;

import java.util.Objects;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.crs.CrsGrader;
import org.icans.grading.icans.IcansGrade;
import org.icans.grading.icans.IcansGrader;
import org.icans.model.assessment.Assessment;

/**
 * One bedside assessment with both of its grades: the ASTCT 2019 ICANS grade (ICE or CAPD by the
 * patient's age and developmental delay, and the four other domains) and the ASTCT 2019 CRS grade,
 * each with its explanation and whether it is only a lower bound. This is what a course is made
 * of, what a plan's situation is read from, and what the worst day of a patient is.
 *
 * <p>Immutable; equal when the assessment is equal (the grades follow from it).
 *
 * @param assessment what was observed
 * @param icans its ICANS grade
 * @param crs its CRS grade
 */
public record GradedAssessment(Assessment assessment, IcansGrade icans, CrsGrade crs) {

  /** Validates: no nulls, and the grades are the assessment's own. */
  public GradedAssessment {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(icans, "icans");
    Objects.requireNonNull(crs, "crs");
    if (!icans.equals(IcansGrader.grade(assessment)) || !crs.equals(CrsGrader.grade(assessment))) {
      throw new IllegalArgumentException("grades given are not those of the assessment; use GradedAssessment.of");
    }
  }

  /** Grades ICANS and CRS of one assessment. */
  public static GradedAssessment of(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    return new GradedAssessment(assessment, IcansGrader.grade(assessment), CrsGrader.grade(assessment));
  }

  /** The day of the assessment, relative to the infusion (day 0). */
  public double day() {
    return assessment.day();
  }

  /** The patient's identifier. */
  public String patientId() {
    return assessment.patientId();
  }

  /** For people: {@code "PT1 day 5: ICANS grade 3 by ...; CRS grade 1 by ..."}. */
  public String summary() {
    double d = day();
    String day = d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    return assessment.patientId() + " day " + day + ": " + icans.summary() + "; " + crs.summary();
  }
}
