package org.icans.risk.observation;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.icans.grading.course.GradedAssessment;
import org.icans.grading.course.DatedGrade;
import org.icans.grading.crs.CrsGrade;
import org.icans.model.InvalidValueException;

/**
 * The ASTCT 2019 CRS grade a patient had at a time point: graded by {@code icans-grading} (the
 * grader's {@link CrsGrade}, with its explanation) or recorded as a number in the chart or a file
 * (the risk input file's {@code crs_grade} rows). The warnings use the course of these grades: CRS
 * onset (the first grade 1 or more) within 3 days of infusion, and severe CRS (grade 3 or more,
 * project choice R-7).
 *
 * <p>An assessment in which nothing of CRS was gradeable has <em>no grade</em>, never grade 0
 * (project choice G-7): it takes no part in the onset or the severity, and the report says that
 * the time point could not be graded. A grade the grader marks as a lower bound (a sign not
 * assessed) is used as the grade it is, and the report says that it is a lower bound.
 *
 * <p>Immutable; equal when the time, the grade and the grader's result (if any) are equal.
 */
public final class CrsGradeAt {
  private final TimePoint time;
  private final OptionalInt grade;
  private final Optional<CrsGrade> crsGrade;

  private CrsGradeAt(TimePoint time, OptionalInt grade, Optional<CrsGrade> crsGrade) {
    this.time = time;
    this.grade = grade;
    this.crsGrade = crsGrade;
  }

  /**
   * The grader's grade at a time point; no grade stays no grade.
   *
   * @param time when the assessment was made
   * @param grade the grader's result, {@code CrsGrader.grade(...)}
   */
  public static CrsGradeAt of(TimePoint time, CrsGrade grade) {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(grade, "grade");
    return new CrsGradeAt(time, grade.grade(), Optional.of(grade));
  }

  /** The CRS grade of a graded assessment, at its day ({@link GradedAssessment#day()}, hours unknown). */
  public static CrsGradeAt of(GradedAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    return of(TimePoint.ofDay(assessment.day()), assessment.crs());
  }

  /**
   * A grade of a course's time line ({@link DatedGrade}: the day and the grade, or no grade), as
   * {@code SyndromeCourse.points()} gives it, without the grader's explanation.
   */
  public static CrsGradeAt of(DatedGrade grade) {
    Objects.requireNonNull(grade, "grade");
    return new CrsGradeAt(TimePoint.ofDay(grade.day()), grade.grade(), Optional.empty());
  }

  /**
   * A grade recorded as a number (0-5) in the chart or a file, not graded here; prefer {@link
   * #of(TimePoint, CrsGrade)} when the observations are at hand.
   *
   * @throws InvalidValueException (field {@code crs_grade}) if the grade is not 0-5
   */
  public static CrsGradeAt recorded(TimePoint time, int grade) {
    Objects.requireNonNull(time, "time");
    if (grade < 0 || grade > 5) {
      throw new InvalidValueException("crs_grade", grade, "an ASTCT CRS grade, an integer 0-5");
    }
    return new CrsGradeAt(time, OptionalInt.of(grade), Optional.empty());
  }

  /** When. */
  public TimePoint time() {
    return time;
  }

  /** The ASTCT CRS grade 0-5; empty when nothing of CRS was gradeable. */
  public OptionalInt grade() {
    return grade;
  }

  /** The grader's result with its explanation, when the grade came from the grader. */
  public Optional<CrsGrade> crsGrade() {
    return crsGrade;
  }

  /** Whether the grader marked the grade as a lower bound (a sign it depends on was not assessed). */
  public boolean isLowerBound() {
    return crsGrade.isPresent() && crsGrade.get().isGraded() && !crsGrade.get().isComplete();
  }

  /**
   * For people: {@code CRS grade 2}, {@code CRS grade 2 (lower bound: hypoxia not assessed)},
   * {@code no CRS grade (nothing gradeable)}.
   */
  public String describe() {
    if (grade.isEmpty()) {
      return "no CRS grade (nothing gradeable)";
    }
    String g = "CRS grade " + grade.getAsInt();
    if (!isLowerBound()) {
      return g;
    }
    return g + " (lower bound: " + crsGrade.get().notAssessed().stream()
        .map(s -> s.code()).collect(Collectors.joining(", ")) + " not assessed)";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CrsGradeAt)) {
      return false;
    }
    CrsGradeAt c = (CrsGradeAt) o;
    return time.equals(c.time) && grade.equals(c.grade) && crsGrade.equals(c.crsGrade);
  }

  @Override
  public int hashCode() {
    return Objects.hash(time, grade, crsGrade);
  }

  @Override
  public String toString() {
    return describe() + " on " + time.label();
  }
}
