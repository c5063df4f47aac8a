package org.icans.grading.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.icans.grading.crs.CrsGrader;
import org.icans.grading.icans.IcansGrader;
import org.icans.model.Assessment;

/**
 * The course of ICANS and CRS in one patient, and how ICANS onset relates to CRS.
 *
 * <p>Immutable.
 */
public final class PatientCourse {
  private final SyndromeCourse icans;
  private final SyndromeCourse crs;
  private final IcansCrsTiming timing;

  private PatientCourse(SyndromeCourse icans, SyndromeCourse crs) {
    this.icans = icans;
    this.crs = crs;
    this.timing = timing(icans, crs);
  }

  /** The course from ICANS and CRS courses already built. */
  public static PatientCourse of(SyndromeCourse icans, SyndromeCourse crs) {
    Objects.requireNonNull(icans, "icans");
    Objects.requireNonNull(crs, "crs");
    return new PatientCourse(icans, crs);
  }

  /**
   * Grades one patient's assessments (any order) and returns their course.
   *
   * @throws IllegalArgumentException if the assessments are of more than one patient
   */
  public static PatientCourse of(List<Assessment> assessments) {
    List<DatedGrade> icans = new ArrayList<>(Objects.requireNonNull(assessments, "assessments").size());
    List<DatedGrade> crs = new ArrayList<>(assessments.size());
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
      icans.add(DatedGrade.ofGradeOrMinusOne(a.day(), IcansGrader.grade(a).gradeOrMinusOne()));
      crs.add(DatedGrade.ofGradeOrMinusOne(a.day(), CrsGrader.grade(a).gradeOrMinusOne()));
    }
    return new PatientCourse(SyndromeCourse.of(icans), SyndromeCourse.of(crs));
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
}
