package org.icans.grading.course;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One graded assessment on the time line: the day relative to the infusion and the grade (0-5),
 * or no grade when nothing gradeable was observed that day.
 *
 * @param day days since the infusion (day 0); fractions allowed
 * @param grade the grade 0-5, or empty
 */
public record DatedGrade(double day, OptionalInt grade) {
  /** Validates the day and grade. */
  public DatedGrade {
    Objects.requireNonNull(grade, "grade");
    if (!Double.isFinite(day)) {
      throw new IllegalArgumentException("day: " + day + " is not allowed; allowed: a finite number");
    }
    if (grade.isPresent() && (grade.getAsInt() < 0 || grade.getAsInt() > 5)) {
      throw new IllegalArgumentException("grade: " + grade.getAsInt() + " is not allowed; allowed: 0-5");
    }
  }

  // Shared grades 0-5: a course makes two dated grades per assessment.
  private static final OptionalInt[] GRADES = {
    OptionalInt.of(0), OptionalInt.of(1), OptionalInt.of(2), OptionalInt.of(3), OptionalInt.of(4), OptionalInt.of(5)
  };

  /** A graded day. */
  public static DatedGrade of(double day, int grade) {
    return new DatedGrade(day, grade >= 0 && grade < GRADES.length ? GRADES[grade] : OptionalInt.of(grade));
  }

  /** A day on which nothing gradeable was observed. */
  public static DatedGrade ungraded(double day) {
    return new DatedGrade(day, OptionalInt.empty());
  }

  /** A day with a grade, or no grade when {@code gradeOrMinusOne} is negative. */
  public static DatedGrade ofGradeOrMinusOne(double day, int gradeOrMinusOne) {
    return gradeOrMinusOne < 0 ? ungraded(day) : of(day, gradeOrMinusOne);
  }
}
