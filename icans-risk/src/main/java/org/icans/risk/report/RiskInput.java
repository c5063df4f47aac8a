package org.icans.risk.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.icans.model.InvalidValueException;
import org.icans.model.patient.Product;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.CrsGradeAt;
import org.icans.risk.observation.Measurement;
import org.icans.risk.observation.TimePoint;
import org.icans.risk.product.RiskFactor;
import org.icans.risk.window.LabelEra;

/**
 * What is known about one patient for a risk report: lab values and temperatures with their units,
 * the CRS grades over time, tocilizumab doses (which make later IL-6 values incomparable), the day
 * lymphodepletion started (which marks the labs drawn before it, for EASIX-pre), the product, the
 * risk factors the clinician reports, and the label era for proximity and driving advice.
 *
 * <p>Nothing is required but the patient's identifier: a report says what it could not compute.
 * The infusion date is deliberately not an input (it identifies the patient); give the label era,
 * from {@link LabelEra#forInfusionDate} if need be.
 *
 * <p>Immutable; build one with {@link #builder(String)}.
 */
public final class RiskInput {
  private final String patientId;
  private final List<Measurement> measurements;
  private final List<CrsGradeAt> crsGrades;
  private final List<TimePoint> tocilizumabDoses;
  private final OptionalInt lymphodepletionStartDay;
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

  /** The day lymphodepletion started (negative), when known. */
  public OptionalInt lymphodepletionStartDay() {
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

  /** Builds a {@link RiskInput}; not thread-safe. */
  public static final class Builder {
    private final String patientId;
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<CrsGradeAt> crsGrades = new ArrayList<>();
    private final List<TimePoint> tocilizumabDoses = new ArrayList<>();
    private OptionalInt lymphodepletionStartDay = OptionalInt.empty();
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
    public Builder add(Measurement m) {
      measurements.add(Objects.requireNonNull(m, "measurement"));
      return this;
    }

    /** Adds a lab value or temperature: see {@link Measurement#of}. */
    public Builder add(Analyte analyte, double value, String unit, TimePoint time) {
      return add(Measurement.of(analyte, value, unit, time));
    }

    /** Adds a CRS grade (0-5) at a time point. */
    public Builder crsGrade(TimePoint time, int grade) {
      crsGrades.add(CrsGradeAt.of(time, grade));
      return this;
    }

    /** Adds a tocilizumab dose. */
    public Builder tocilizumab(TimePoint time) {
      tocilizumabDoses.add(Objects.requireNonNull(time, "time"));
      return this;
    }

    /**
     * The day lymphodepletion started, before infusion (negative; day -5 in most series, reference
     * B4, but give the actual day).
     */
    public Builder lymphodepletionStartDay(int day) {
      if (day >= 0 || day < TimePoint.MIN_DAY) {
        throw new InvalidValueException("lymphodepletion_start.day", day,
            "a day before infusion, " + TimePoint.MIN_DAY + " to -1");
      }
      lymphodepletionStartDay = OptionalInt.of(day);
      return this;
    }

    /** The product given. */
    public Builder product(Product p) {
      product = Optional.of(Objects.requireNonNull(p, "product"));
      return this;
    }

    /** A risk factor reported present. */
    public Builder riskFactor(RiskFactor f) {
      riskFactors.add(Objects.requireNonNull(f, "riskFactor"));
      return this;
    }

    /** The label era for proximity and driving advice. */
    public Builder labelEra(LabelEra era) {
      labelEra = Optional.of(Objects.requireNonNull(era, "labelEra"));
      return this;
    }

    /** The input. */
    public RiskInput build() {
      return new RiskInput(this);
    }
  }
}
