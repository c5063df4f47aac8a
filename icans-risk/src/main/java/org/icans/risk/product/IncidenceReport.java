package org.icans.risk.product;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.icans.model.InvalidValueException;
import org.icans.model.evidence.Citation;
import org.icans.risk.internal.text.Numbers;

/**
 * What one trial or cohort reported about neurotoxicity with one product: how often (any grade,
 * grade 3 or more), how soon (median onset) and how long (median duration), what was counted
 * (ICANS, neurological events, neurotoxicity) under which grading system, and the source with its
 * verification status. Only figures the reference verified are recorded; a figure it could not
 * verify is absent, not estimated.
 *
 * <p>Immutable.
 *
 * @param study the trial or cohort: {@code ZUMA-1 (label)}, {@code US Lymphoma CAR T Consortium}
 * @param population the disease and setting: {@code large B-cell lymphoma}
 * @param patients the number of patients, when recorded
 * @param counted what was counted: {@code ICANS}, {@code neurological events}, {@code neurotoxicity}
 * @param grading the grading system behind the figures
 * @param anyGradePercent incidence of any grade, percent
 * @param gradeAtLeast3Percent incidence of grade 3 or more, percent
 * @param medianOnsetDays median onset, days after infusion
 * @param medianDurationDays median duration, days
 * @param detail other figures in words (ranges, grade 4, timing), or empty
 * @param source where the figures come from
 */
public record IncidenceReport(String study, String population, OptionalInt patients, String counted,
    GradingSystem grading, OptionalDouble anyGradePercent, OptionalDouble gradeAtLeast3Percent,
    OptionalDouble medianOnsetDays, OptionalDouble medianDurationDays, Optional<String> detail, Citation source) {

  /**
   * Validates the parts: percentages 0-100, days finite and not negative, patients 1 or more.
   *
   * @throws InvalidValueException naming the part that is out of range, NaN or infinite
   */
  public IncidenceReport {
    Objects.requireNonNull(study, "study");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(counted, "counted");
    Objects.requireNonNull(patients, "patients");
    Objects.requireNonNull(anyGradePercent, "anyGradePercent");
    Objects.requireNonNull(gradeAtLeast3Percent, "gradeAtLeast3Percent");
    Objects.requireNonNull(medianOnsetDays, "medianOnsetDays");
    Objects.requireNonNull(medianDurationDays, "medianDurationDays");
    Objects.requireNonNull(grading, "grading");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(source, "source");
    percent("anyGradePercent", anyGradePercent);
    percent("gradeAtLeast3Percent", gradeAtLeast3Percent);
    days("medianOnsetDays", medianOnsetDays);
    days("medianDurationDays", medianDurationDays);
    if (patients.isPresent() && patients.getAsInt() < 1) {
      throw new InvalidValueException("patients", patients.getAsInt(), "1 or more");
    }
  }

  private static void percent(String name, OptionalDouble p) {
    if (p.isPresent() && !(p.getAsDouble() >= 0 && p.getAsDouble() <= 100)) {
      throw new InvalidValueException(name, p.getAsDouble(), "a percentage, 0-100");
    }
  }

  private static void days(String name, OptionalDouble d) {
    if (d.isPresent() && !(d.getAsDouble() >= 0 && Double.isFinite(d.getAsDouble()))) {
      throw new InvalidValueException(name, d.getAsDouble(), "a finite number of days, 0 or more");
    }
  }

  /**
   * In a line: {@code ZUMA-1 (label), large B-cell lymphoma: neurotoxicity any grade 87%; median
   * onset 4 d (grading system not stated in the reference)}.
   */
  public String summary() {
    StringBuilder b = new StringBuilder(study);
    b.append(", ").append(population);
    if (patients.isPresent()) {
      b.append(" (n=").append(patients.getAsInt()).append(')');
    }
    b.append(": ").append(counted);
    String sep = " ";
    if (anyGradePercent.isPresent()) {
      b.append(sep).append("any grade ").append(Numbers.plain(anyGradePercent.getAsDouble())).append('%');
      sep = "; ";
    }
    if (gradeAtLeast3Percent.isPresent()) {
      b.append(sep).append("grade >= 3 ").append(Numbers.plain(gradeAtLeast3Percent.getAsDouble())).append('%');
      sep = "; ";
    }
    if (medianOnsetDays.isPresent()) {
      b.append(sep).append("median onset ").append(Numbers.plain(medianOnsetDays.getAsDouble())).append(" d");
      sep = "; ";
    }
    if (medianDurationDays.isPresent()) {
      b.append(sep).append("median duration ").append(Numbers.plain(medianDurationDays.getAsDouble())).append(" d");
      sep = "; ";
    }
    if (detail.isPresent()) {
      b.append(sep).append(detail.get());
    }
    return b.append(" (").append(grading.label()).append(')').toString();
  }
}
