package org.icans.grading.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.icans.model.assessment.Assessment;

/**
 * The course of ICANS and CRS in one patient, how ICANS onset relates to CRS, and, when built from
 * assessments, the graded assessments themselves: the peak of either toxicity and the worst day
 * are assessments with both their grades, so no caller grades again to find them.
 *
 * <p>Immutable; equal when the courses and the graded assessments are equal.
 */
public final class PatientCourse {
  private final SyndromeCourse icans;
  private final SyndromeCourse crs;
  private final IcansCrsTiming timing;
  private final List<GradedAssessment> assessments;

  private PatientCourse(SyndromeCourse icans, SyndromeCourse crs, List<GradedAssessment> assessments) {
    this.icans = Objects.requireNonNull(icans, "icans");
    this.crs = Objects.requireNonNull(crs, "crs");
    this.timing = timing(icans, crs);
    this.assessments = List.copyOf(assessments);
  }

  /** The course from ICANS and CRS courses already built (it holds no graded assessments). */
  public static PatientCourse of(SyndromeCourse icans, SyndromeCourse crs) {
    Objects.requireNonNull(icans, "icans");
    Objects.requireNonNull(crs, "crs");
    return new PatientCourse(icans, crs, List.of());
  }

  /**
   * Grades one patient's assessments (any order) and returns their course.
   *
   * @throws IllegalArgumentException if the assessments are of more than one patient
   */
  public static PatientCourse of(List<Assessment> assessments) {
    List<DatedGrade> icans = new ArrayList<>(Objects.requireNonNull(assessments, "assessments").size());
    List<DatedGrade> crs = new ArrayList<>(assessments.size());
    List<GradedAssessment> graded = new ArrayList<>(assessments.size());
    String patient = null;
    int i = 0;
    for (Assessment a : assessments) {
      Objects.requireNonNull(a, "assessments[" + i++ + "]");
      if (patient == null) {
        patient = a.patientId();
      } else if (!patient.equals(a.patientId())) {
        throw new IllegalArgumentException("assessments of more than one patient: '" + patient + "' and '"
            + a.patientId() + "'");
      }
      GradedAssessment g = GradedAssessment.of(a);
      graded.add(g);
      icans.add(DatedGrade.ofGradeOrMinusOne(a.day(), g.icans().gradeOrMinusOne()));
      crs.add(DatedGrade.ofGradeOrMinusOne(a.day(), g.crs().gradeOrMinusOne()));
    }
    // Stable, as SyndromeCourse sorts: same-day assessments keep their input order.
    graded.sort(Comparator.comparingDouble(GradedAssessment::day));
    return new PatientCourse(SyndromeCourse.of(icans), SyndromeCourse.of(crs), graded);
  }

  /**
   * The graded assessments, sorted by day (same-day assessments in input order); empty when the
   * course was built from courses ({@link #of(SyndromeCourse, SyndromeCourse)}).
   */
  public List<GradedAssessment> assessments() {
    return assessments;
  }

  /** The assessment at the ICANS peak: the first at the maximum ICANS grade, when that is 1 or more. */
  public Optional<GradedAssessment> icansPeak() {
    return peak(icans, true);
  }

  /** The assessment at the CRS peak: the first at the maximum CRS grade, when that is 1 or more. */
  public Optional<GradedAssessment> crsPeak() {
    return peak(crs, false);
  }

  private Optional<GradedAssessment> peak(SyndromeCourse course, boolean ofIcans) {
    if (course.maxGrade().isEmpty() || course.maxGrade().getAsInt() < 1) {
      return Optional.empty();
    }
    int max = course.maxGrade().getAsInt();
    for (GradedAssessment g : assessments) {
      if ((ofIcans ? g.icans().gradeOrMinusOne() : g.crs().gradeOrMinusOne()) == max) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /**
   * The worst day: the assessment with the highest ICANS grade, ties broken by the higher CRS grade
   * and then by the earlier day (an ungraded toxicity counts below grade 0); empty when no
   * assessment has any grade. This is the day a management plan is made for unless another is chosen.
   */
  public Optional<GradedAssessment> worst() {
    GradedAssessment best = null;
    for (GradedAssessment g : assessments) {
      if (!g.icans().isGraded() && !g.crs().isGraded()) {
        continue;
      }
      if (best == null || g.icans().gradeOrMinusOne() > best.icans().gradeOrMinusOne()
          || g.icans().gradeOrMinusOne() == best.icans().gradeOrMinusOne()
              && g.crs().gradeOrMinusOne() > best.crs().gradeOrMinusOne()) {
        best = g;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The course of ICANS. */
  public SyndromeCourse icans() {
    return icans;
  }

  /** The course of CRS. */
  public SyndromeCourse crs() {
    return crs;
  }

  /** How ICANS onset relates to CRS. */
  public IcansCrsTiming icansOnsetRelativeToCrs() {
    return timing;
  }

  /** How the onset of ICANS in one course relates to the episodes of CRS in another. */
  public static IcansCrsTiming timing(SyndromeCourse icans, SyndromeCourse crs) {
    Objects.requireNonNull(icans, "icans");
    Objects.requireNonNull(crs, "crs");
    if (icans.onsetDay().isEmpty()) {
      return IcansCrsTiming.NO_ICANS;
    }
    if (crs.episodes().isEmpty()) {
      return IcansCrsTiming.WITHOUT_CRS;
    }
    double onset = icans.onsetDay().getAsDouble();
    if (onset < crs.onsetDay().getAsDouble()) {
      return IcansCrsTiming.BEFORE_CRS;
    }
    for (Episode e : crs.episodes()) {
      if (e.contains(onset)) {
        return IcansCrsTiming.DURING_CRS;
      }
    }
    return IcansCrsTiming.AFTER_CRS_RESOLVED;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PatientCourse)) {
      return false;
    }
    PatientCourse p = (PatientCourse) o;
    return icans.equals(p.icans) && crs.equals(p.crs) && assessments.equals(p.assessments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(icans, crs, assessments);
  }

  @Override
  public String toString() {
    return "PatientCourse[icans " + icans + ", crs " + crs + ", " + assessments.size() + " assessments]";
  }
}
