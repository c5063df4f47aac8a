package org.icans.risk.observation;

import java.util.Objects;
import org.icans.model.InvalidValueException;

/**
 * The ASTCT CRS grade (0-5) a patient had at a time point, as graded by {@code icans-grading} or
 * recorded in the chart. The warnings use the course of these grades: CRS onset (the first grade 1
 * or more) within 3 days of infusion, and severe CRS.
 *
 * <p>Immutable.
 *
 * @param time when
 * @param grade the ASTCT CRS grade, 0-5
 */
public record CrsGradeAt(TimePoint time, int grade) {
  /** Validates the grade. */
  public CrsGradeAt {
    Objects.requireNonNull(time, "time");
    if (grade < 0 || grade > 5) {
      throw new InvalidValueException("crs_grade", grade, "an ASTCT CRS grade, an integer 0-5");
    }
  }

  /** A grade at a time point. */
  public static CrsGradeAt of(TimePoint time, int grade) {
    return new CrsGradeAt(time, grade);
  }
}
