package org.icans.risk.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.icans.grading.course.GradedAssessment;
import org.icans.grading.course.DatedGrade;
import org.icans.grading.course.PatientCourse;
import org.icans.grading.crs.CrsGrade;
import org.icans.model.InvalidValueException;
import org.icans.model.patient.LabelEra;
import org.icans.model.patient.Product;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.CrsGradeAt;
import org.icans.risk.observation.Measurement;
import org.icans.risk.observation.TimePoint;
import org.icans.risk.product.RiskFactor;

/**
 * What is known about one patient for a risk report: lab values and temperatures with their units,
 * the CRS grades over time, tocilizumab doses (which make later IL-6 values incomparable), the day
 * lymphodepletion started (which marks the labs drawn before it, for EASIX-pre), the product, the
 * risk factors the clinician reports, and the label era for proximity and driving advice.
 *
 * <p>Nothing is required but the patient's identifier: a report says what it could not compute.
 * Days are the model's ({@link org.icans.model.assessment.Assessment#day()}, fractions allowed) and CRS grades
 * the grader's ({@link CrsGrade}): a patient's graded course goes in as it is ({@link
 * Builder#course(PatientCourse)}). The infusion date is deliberately not an input (it identifies
 * the patient), and the label era is never derived here: state it, or derive it yourself with
 * {@link LabelEra#forInfusionDate} (project choice R-8); without it the report shows both eras.
 *
 * <p>Immutable; equal when every part is equal; build one with {@link #builder(String)}.
 */
public final class RiskInput {
  private final String patientId;
  private final List<Measurement> measurements;
  private final List<CrsGradeAt> crsGrades;
  private final List<TimePoint> tocilizumabDoses;
  private final OptionalDouble lymphodepletionStartDay;
  private final Optional<Product> product;
  private final Set<RiskFactor> riskFactors;
  private final Optional<LabelEra> labelEra;

  private RiskInput(Builder b) {
    this.patientId = b.patientId;
    this.measurements = List.copyOf(b.measurements);
    this.crsGrades = List.copyOf(b.crsGrades);
    this.tocilizumabDoses = List.copyOf(b.tocilizumabDoses);
    this.lymphodepletionStartDay = b.lymphodepletionStartDay;
    this.product = b.product;
    this.riskFactors = b.riskFactors.isEmpty() ? Set.of() : Set.copyOf(b.riskFactors);
    this.labelEra = b.labelEra;
  }

  /** A builder for the patient with this identifier (non-blank). */
  public static Builder builder(String patientId) {
    return new Builder(patientId);
  }

  /** The patient's identifier. */
  public String patientId() {
    return patientId;
  }

  /** Lab values and temperatures, in the order given. */
  public List<Measurement> measurements() {
    return measurements;
  }

  /** The CRS grades over time, in the order given. */
  public List<CrsGradeAt> crsGrades() {
    return crsGrades;
  }

  /** When tocilizumab was given. */
  public List<TimePoint> tocilizumabDoses() {
    return tocilizumabDoses;
  }

  /** The model's day lymphodepletion started (before 0), when known. */
  public OptionalDouble lymphodepletionStartDay() {
    return lymphodepletionStartDay;
  }

  /** The product, when known. */
  public Optional<Product> product() {
    return product;
  }

  /** The risk factors reported present. */
  public Set<RiskFactor> riskFactors() {
    return riskFactors;
  }

  /** The label era for proximity and driving advice, when known. */
  public Optional<LabelEra> labelEra() {
    return labelEra;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RiskInput)) {
      return false;
    }
    RiskInput r = (RiskInput) o;
    return patientId.equals(r.patientId) && measurements.equals(r.measurements) && crsGrades.equals(r.crsGrades)
        && tocilizumabDoses.equals(r.tocilizumabDoses) && lymphodepletionStartDay.equals(r.lymphodepletionStartDay)
        && product.equals(r.product) && riskFactors.equals(r.riskFactors) && labelEra.equals(r.labelEra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(patientId, measurements, crsGrades, tocilizumabDoses, lymphodepletionStartDay, product,
        riskFactors, labelEra);
  }

  @Override
  public String toString() {
    return "RiskInput[" + patientId + ", " + measurements.size() + " measurements, " + crsGrades.size()
        + " CRS grades, " + tocilizumabDoses.size() + " tocilizumab doses]";
  }

  /** Builds a {@link RiskInput}; not thread-safe. */
  public static final class Builder {
    private final String patientId;
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<CrsGradeAt> crsGrades = new ArrayList<>();
    private final List<TimePoint> tocilizumabDoses = new ArrayList<>();
    private OptionalDouble lymphodepletionStartDay = OptionalDouble.empty();
    private Optional<Product> product = Optional.empty();
    private final Set<RiskFactor> riskFactors = EnumSet.noneOf(RiskFactor.class);
    private Optional<LabelEra> labelEra = Optional.empty();

    private Builder(String patientId) {
      if (Objects.requireNonNull(patientId, "patientId").isBlank()) {
        throw new InvalidValueException("patient_id", "'" + patientId + "'", "non-empty text");
      }
      this.patientId = patientId;
    }

    /** Adds a lab value or temperature. */
    public Builder add(Measurement measurement) {
      measurements.add(Objects.requireNonNull(measurement, "measurement"));
      return this;
    }

    /** Adds a lab value or temperature: see {@link Measurement#of}. */
    public Builder add(Analyte analyte, double value, String unit, TimePoint time) {
      return add(Measurement.of(analyte, value, unit, time));
    }

    /** Adds a CRS grade at a time point. */
    public Builder crsGrade(CrsGradeAt grade) {
      crsGrades.add(Objects.requireNonNull(grade, "grade"));
      return this;
    }

    /** Adds the grader's CRS grade at a time point; no grade stays no grade, never 0. */
    public Builder crsGrade(TimePoint time, CrsGrade grade) {
      return crsGrade(CrsGradeAt.of(time, grade));
    }

    /**
     * Adds the CRS grade of a graded assessment of this patient, at its day.
     *
     * @throws InvalidValueException (field {@code assessment.patientId}) if it is another patient's
     */
    public Builder crsGrade(GradedAssessment assessment) {
      requireThisPatient(Objects.requireNonNull(assessment, "assessment").patientId(), "assessment.patientId");
      return crsGrade(CrsGradeAt.of(assessment));
    }

    /**
     * Adds the CRS grade of every assessment of this patient's course, at its day; a course built
     * from grades alone ({@link PatientCourse#of(org.icans.grading.course.SyndromeCourse,
     * org.icans.grading.course.SyndromeCourse)}) gives its CRS grades by day. An assessment with no
     * CRS grade stays without one, never 0.
     *
     * @throws InvalidValueException (field {@code course.patientId}) if it is another patient's
     */
    public Builder course(PatientCourse course) {
      Objects.requireNonNull(course, "course");
      if (course.assessments().isEmpty()) {
        for (DatedGrade g : course.crs().points()) {
          crsGrade(CrsGradeAt.of(g));
        }
        return this;
      }
      for (GradedAssessment a : course.assessments()) {
        requireThisPatient(a.patientId(), "course.patientId");
      }
      for (GradedAssessment a : course.assessments()) {
        crsGrade(CrsGradeAt.of(a));
      }
      return this;
    }

    /**
     * Adds a CRS grade (0-5) recorded as a number in the chart or a file: see {@link
     * CrsGradeAt#recorded}. Prefer the grader's result ({@link #crsGrade(TimePoint, CrsGrade)}).
     */
    public Builder recordedCrsGrade(TimePoint time, int grade) {
      return crsGrade(CrsGradeAt.recorded(time, grade));
    }

    private void requireThisPatient(String id, String field) {
      if (!id.equals(patientId)) {
        throw new InvalidValueException(field, "'" + id + "'", "this input's patient, '" + patientId + "'");
      }
    }

    /** Adds a tocilizumab dose. */
    public Builder tocilizumab(TimePoint time) {
      tocilizumabDoses.add(Objects.requireNonNull(time, "time"));
      return this;
    }

    /**
     * The day lymphodepletion started, before infusion: the model's day, below 0 (day -5 in most
     * series, reference B4, but give the actual day); EASIX-pre takes the labs of its calendar day
     * or earlier (project choices ).
     *
     * @throws InvalidValueException (field {@code lymphodepletion_start.day}) if the day is not
     *     finite, before day -30, or not before day 0
     */
    public Builder lymphodepletionStartDay(double day) {
      if (!(Double.isFinite(day) && day >= TimePoint.MIN_DAY && day < 0)) {
        throw new InvalidValueException("lymphodepletion_start.day", day, "a day before infusion: -30 or later, below 0");
      }
      lymphodepletionStartDay = OptionalDouble.of(day);
      return this;
    }

    /** The product given. */
    public Builder product(Product product) {
      this.product = Optional.of(Objects.requireNonNull(product, "product"));
      return this;
    }

    /** A risk factor reported present. */
    public Builder riskFactor(RiskFactor riskFactor) {
      riskFactors.add(Objects.requireNonNull(riskFactor, "riskFactor"));
      return this;
    }

    /**
     * The label era for proximity and driving advice: stated, or derived by the caller with {@link
     * LabelEra#forInfusionDate} (project choice R-8).
     */
    public Builder labelEra(LabelEra labelEra) {
      this.labelEra = Optional.of(Objects.requireNonNull(labelEra, "labelEra"));
      return this;
    }

    /** The input. */
    public RiskInput build() {
      return new RiskInput(this);
    }
  }
}
