package org.icans.management;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.crs.CrsGrader;
import org.icans.grading.icans.IcansGrade;
import org.icans.grading.icans.IcansGrader;
import org.icans.model.assessment.Assessment;
import org.icans.management.dosing.Dose;
import org.icans.management.internal.Args;
import org.icans.management.internal.Num;
import org.icans.model.InvalidValueException;
import org.icans.model.patient.Patient;
import org.icans.model.patient.Product;

/**
 * The clinical situation a management plan is made for: the ICANS grade (0-4) and the grade of a
 * concurrent CRS (0 when there is none), the patient (age, weight, product), how many hours the
 * current treatment has run without improvement, how many days of corticosteroid the patient has
 * had, and the seizure, EEG and cerebral edema findings.
 *
 * <p>The findings must agree with the grade by the ASTCT 2019 table: a seizure or focal edema
 * needs grade 3 or more, a prolonged or repetitive seizure or diffuse edema grade 4. A situation
 * that disagrees is refused with an {@link InvalidValueException} naming the field.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}, or {@link #of(int, int, double,
 * double)} for the common case.
 */
public final class Situation {
  /** The highest grade a plan is made for; grade 5 is death. */
  public static final int MAX_GRADE = 4;

  private final int icansGrade;
  private final int crsGrade;
  private final boolean icansLowerBound;
  private final boolean crsLowerBound;
  private final Patient patient;
  private final double hoursWithoutImprovement;
  private final int daysOfCorticosteroid;
  private final SeizureStatus seizure;
  private final EegStatus eeg;
  private final CerebralEdema edema;

  private Situation(Builder b) {
    if (b.icansGrade == null) {
      throw new InvalidValueException("situation.icansGrade", "missing", "an integer 0-" + MAX_GRADE);
    }
    if (b.crsGrade == null) {
      throw new InvalidValueException("situation.crsGrade", "missing",
          "an integer 0-" + MAX_GRADE + " (0 when there is no CRS)");
    }
    this.icansGrade = Args.inRange("situation.icansGrade", b.icansGrade, 0, MAX_GRADE);
    this.crsGrade = Args.inRange("situation.crsGrade", b.crsGrade, 0, MAX_GRADE);
    this.icansLowerBound = b.icansLowerBound;
    this.crsLowerBound = b.crsLowerBound;
    this.patient = b.patient();
    patient.weightKg().ifPresent(w -> Dose.requirePlausibleWeight("situation.weightKg", w));
    this.hoursWithoutImprovement = Args.nonNegative("situation.hoursWithoutImprovement", b.hoursWithoutImprovement);
    this.daysOfCorticosteroid = Args.atLeast("situation.daysOfCorticosteroid", b.daysOfCorticosteroid, 0);
    this.seizure = b.seizure;
    this.eeg = b.eeg;
    this.edema = b.edema;
    requireConsistent("situation.seizure", seizure.code(), seizure.minimumGrade());
    requireConsistent("situation.eeg", eeg.code(), eeg.minimumGrade());
    requireConsistent("situation.edema", edema.code(), edema.minimumGrade());
  }

  private void requireConsistent(String field, String finding, int minimumGrade) {
    if (icansGrade < minimumGrade) {
      throw new InvalidValueException("situation.icansGrade", icansGrade + " with " + field + "=" + finding,
          "an ICANS grade of " + minimumGrade + "-" + MAX_GRADE + " (ASTCT 2019: " + finding
              + " is grade " + minimumGrade + " or higher)");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The situation of one graded assessment, from what was observed: its ICANS and CRS grades (a
   * grade that is only a lower bound stays marked as one), its patient (age, weight, product,
   * developmental delay), and the seizure and cerebral edema findings as the model recorded them,
   * a domain not assessed staying {@link SeizureStatus#NOT_ASSESSED not assessed}. Hours without
   * improvement, days of corticosteroid and the EEG are not part of an assessment: set them on
   * {@link #toBuilder()} when known.
   *
   * @throws InvalidValueException when the assessment has no ICANS grade or no CRS grade (nothing
   *     gradeable was assessed: never taken as grade 0), or grade 5, naming which
   */
  public static Situation from(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    return builder().icansGrade(IcansGrader.grade(assessment)).crsGrade(CrsGrader.grade(assessment))
        .patient(assessment.patient()).seizure(SeizureStatus.from(assessment.icans()))
        .edema(CerebralEdema.from(assessment.icans())).build();
  }

  /**
   * The common case: grades, age and weight, no product, no treatment yet; seizures and cerebral
   * edema not assessed, EEG not done.
   */
  public static Situation of(int icansGrade, int crsGrade, double ageYears, double weightKg) {
    return builder().icansGrade(icansGrade).crsGrade(crsGrade).ageYears(ageYears).weightKg(weightKg).build();
  }

  /** The ICANS grade, 0-4. */
  public int icansGrade() {
    return icansGrade;
  }

  /** The grade of concurrent CRS, 0-4; 0 means no CRS. */
  public int crsGrade() {
    return crsGrade;
  }

  /** Whether the ICANS grade is only a lower bound (a domain was not assessed when it was graded). */
  public boolean icansGradeIsLowerBound() {
    return icansLowerBound;
  }

  /** Whether the CRS grade is only a lower bound. */
  public boolean crsGradeIsLowerBound() {
    return crsLowerBound;
  }

  /** Whether CRS is present (grade 1 or more). */
  public boolean hasConcurrentCrs() {
    return crsGrade > 0;
  }

  /** The patient: age, developmental delay, weight, product. */
  public Patient patient() {
    return patient;
  }

  /** Age in years. */
  public double ageYears() {
    return patient.ageYears();
  }

  /** Adult or child, for policy scope. */
  public AgeGroup ageGroup() {
    return AgeGroup.of(patient.ageYears());
  }

  /** Actual body weight in kg, when known; per-kg doses need it. */
  public OptionalDouble weightKg() {
    return patient.weightKg();
  }

  /** The product, when known. */
  public Optional<Product> product() {
    return patient.product();
  }

  /**
   * Hours the current treatment has run without improvement; 0 when no treatment has started or
   * the patient is improving.
   */
  public double hoursWithoutImprovement() {
    return hoursWithoutImprovement;
  }

  /** Days of corticosteroid the patient has had so far in this episode (0 when none). */
  public int daysOfCorticosteroid() {
    return daysOfCorticosteroid;
  }

  /** Seizures attributed to ICANS. */
  public SeizureStatus seizure() {
    return seizure;
  }

  /** What the EEG shows. */
  public EegStatus eeg() {
    return eeg;
  }

  /** Cerebral edema or raised intracranial pressure. */
  public CerebralEdema edema() {
    return edema;
  }

  /** The same situation with another ICANS grade (findings must still agree with it). */
  public Situation withIcansGrade(int grade) {
    return toBuilder().icansGrade(grade).build();
  }

  /** The same situation with another CRS grade. */
  public Situation withCrsGrade(int grade) {
    return toBuilder().crsGrade(grade).build();
  }

  /** The same situation with another weight. */
  public Situation withWeightKg(double weightKg) {
    return toBuilder().weightKg(weightKg).build();
  }

  /** A builder holding this situation's values. */
  public Builder toBuilder() {
    Builder b = builder().icansGrade(icansGrade).crsGrade(crsGrade).patient(patient)
        .lowerBounds(icansLowerBound, crsLowerBound)
        .hoursWithoutImprovement(hoursWithoutImprovement).daysOfCorticosteroid(daysOfCorticosteroid)
        .seizure(seizure).eeg(eeg).edema(edema);
    return b;
  }

  /**
   * For people, for example {@code "ICANS grade 3, CRS grade 0; adult, 60 y, 70 kg; product
   * axicabtagene ciloleucel (CAR T cells, CD19); no improvement for 0 h; corticosteroid 0 days;
   * seizures: not assessed; EEG: not done; cerebral edema: not assessed"}.
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    parts.add("ICANS grade " + icansGrade + (icansLowerBound ? " (lower bound: a domain not assessed)" : "")
        + ", CRS grade " + crsGrade + (crsLowerBound ? " (lower bound)" : ""));
    String who = ageGroup().display() + ", " + Num.plain(patient.ageYears()) + " y"
        + (weightKg().isPresent() ? ", " + Num.plain(weightKg().getAsDouble()) + " kg" : ", weight not given")
        + (patient.developmentalDelay() ? ", developmental delay" : "");
    parts.add(who);
    parts.add(product().map(p -> "product " + p.name() + " (" + modality(p) + ", " + p.target().code() + ")")
        .orElse("product not given"));
    parts.add("no improvement for " + Num.plain(hoursWithoutImprovement) + " h");
    parts.add("corticosteroid " + daysOfCorticosteroid + (daysOfCorticosteroid == 1 ? " day" : " days"));
    parts.add("seizures: " + seizure.display());
    parts.add("EEG: " + eeg.display());
    parts.add("cerebral edema: " + edema.display());
    return String.join("; ", parts);
  }

  static String modality(Product p) {
    switch (p.modality()) {
      case CAR_T_CELL:
        return "CAR T cells";
      case BISPECIFIC_T_CELL_ENGAGER:
        return "bispecific antibody";
      default:
        return p.modality().code();
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Situation)) {
      return false;
    }
    Situation s = (Situation) o;
    return icansGrade == s.icansGrade && crsGrade == s.crsGrade && icansLowerBound == s.icansLowerBound
        && crsLowerBound == s.crsLowerBound && patient.equals(s.patient)
        && Double.compare(hoursWithoutImprovement, s.hoursWithoutImprovement) == 0
        && daysOfCorticosteroid == s.daysOfCorticosteroid && seizure == s.seizure && eeg == s.eeg && edema == s.edema;
  }

  @Override
  public int hashCode() {
    return Objects.hash(icansGrade, crsGrade, icansLowerBound, crsLowerBound, patient, hoursWithoutImprovement, daysOfCorticosteroid, seizure, eeg,
        edema);
  }

  @Override
  public String toString() {
    return describe();
  }

  /**
   * Builds a {@link Situation}. The ICANS grade, the CRS grade and the age (or a whole patient) are
   * required; the rest defaults to: no weight, no product, 0 hours without improvement, 0 days of
   * corticosteroid, seizures not assessed, EEG not done, cerebral edema not assessed (a finding not
   * given is never taken as normal). Not thread-safe.
   */
  public static final class Builder {
    private Integer icansGrade;
    private Integer crsGrade;
    private Patient patient;
    private Double ageYears;
    private Double weightKg;
    private Product product;
    private boolean developmentalDelay;
    private double hoursWithoutImprovement;
    private int daysOfCorticosteroid;
    private boolean icansLowerBound;
    private boolean crsLowerBound;
    private SeizureStatus seizure = SeizureStatus.NOT_ASSESSED;
    private EegStatus eeg = EegStatus.NOT_DONE;
    private CerebralEdema edema = CerebralEdema.NOT_ASSESSED;

    private Builder() {}

    /** The ICANS grade, 0-4, as a grade that is not a lower bound. */
    public Builder icansGrade(int grade) {
      this.icansGrade = grade;
      this.icansLowerBound = false;
      return this;
    }

    private Builder lowerBounds(boolean icans, boolean crs) {
      this.icansLowerBound = icans;
      this.crsLowerBound = crs;
      return this;
    }

    /**
     * The ICANS grade from the grader. Refuses an ungraded result and grade 5; a grade that is only
     * a lower bound is taken as it is.
     */
    public Builder icansGrade(IcansGrade grade) {
      Objects.requireNonNull(grade, "grade");
      if (!grade.isGraded()) {
        throw new InvalidValueException("situation.icansGrade", "no grade (" + grade.summary() + ")",
            "a graded ICANS result 0-" + MAX_GRADE);
      }
      icansGrade(grade.gradeOrMinusOne());
      this.icansLowerBound = !grade.isComplete();
      return this;
    }

    /** The concurrent CRS grade, 0-4 (0 for none), as a grade that is not a lower bound. */
    public Builder crsGrade(int grade) {
      this.crsGrade = grade;
      this.crsLowerBound = false;
      return this;
    }

    /** The CRS grade from the grader; refuses an ungraded result and grade 5. */
    public Builder crsGrade(CrsGrade grade) {
      Objects.requireNonNull(grade, "grade");
      if (!grade.isGraded()) {
        throw new InvalidValueException("situation.crsGrade", "no grade (" + grade.summary() + ")",
            "a graded CRS result 0-" + MAX_GRADE);
      }
      crsGrade(grade.gradeOrMinusOne());
      this.crsLowerBound = !grade.isComplete();
      return this;
    }

    /** The whole patient; replaces any age, weight, product or delay given before. */
    public Builder patient(Patient patient) {
      this.patient = Objects.requireNonNull(patient, "patient");
      this.ageYears = null;
      this.weightKg = null;
      this.product = null;
      this.developmentalDelay = false;
      return this;
    }

    /** Age in years (0-120). */
    public Builder ageYears(double ageYears) {
      this.ageYears = ageYears;
      return this;
    }

    /**
     * Actual body weight in kg, {@value Dose#MIN_WEIGHT_KG}-{@value Dose#MAX_WEIGHT_KG} (project safety
     * rule SAFE-WEIGHT: outside it is taken as a typing or unit error and refused).
     */
    public Builder weightKg(double weightKg) {
      this.weightKg = weightKg;
      return this;
    }

    /** The product received. */
    public Builder product(Product product) {
      this.product = Objects.requireNonNull(product, "product");
      return this;
    }

    /** Baseline developmental delay. */
    public Builder developmentalDelay(boolean delay) {
      this.developmentalDelay = delay;
      return this;
    }

    /** Hours the current treatment has run without improvement (0 or more). */
    public Builder hoursWithoutImprovement(double hours) {
      this.hoursWithoutImprovement = hours;
      return this;
    }

    /** Days of corticosteroid so far (0 or more). */
    public Builder daysOfCorticosteroid(int days) {
      this.daysOfCorticosteroid = days;
      return this;
    }

    /** Seizures attributed to ICANS. */
    public Builder seizure(SeizureStatus seizure) {
      this.seizure = Objects.requireNonNull(seizure, "seizure");
      return this;
    }

    /** What the EEG shows. */
    public Builder eeg(EegStatus eeg) {
      this.eeg = Objects.requireNonNull(eeg, "eeg");
      return this;
    }

    /** Cerebral edema or raised intracranial pressure. */
    public Builder edema(CerebralEdema edema) {
      this.edema = Objects.requireNonNull(edema, "edema");
      return this;
    }

    private Patient patient() {
      Patient base = patient;
      if (base == null && ageYears == null) {
        throw new InvalidValueException("situation.ageYears", "missing", "an age in years, 0-" + (int) Patient.MAX_AGE_YEARS);
      }
      Patient.Builder b = Patient.builder();
      if (base != null) {
        b.from(base);
      }
      if (ageYears != null) {
        b.ageYears(ageYears);
      }
      if (weightKg != null) {
        b.weightKg(weightKg);
      }
      if (product != null) {
        b.product(product);
      }
      if (developmentalDelay) {
        b.developmentalDelay(true);
      }
      return b.build();
    }

    /** The situation; throws {@link InvalidValueException} naming the field when a value is not allowed. */
    public Situation build() {
      return new Situation(this);
    }
  }
}
