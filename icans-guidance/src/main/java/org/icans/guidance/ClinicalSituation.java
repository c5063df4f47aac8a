package org.icans.guidance;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.icans.model.internal.check.Nulls;

/**
 * What a clinician is about to conclude or do about a neurological change after immune effector
 * cell therapy, in the terms the {@link Pitfall pitfalls} are checked against: the findings,
 * whether they are being called ICANS, whether a formal ICE (or CAPD) was done, whether CRS is
 * present, and what is planned.
 *
 * <p>A flag left unset means "no" (nothing stated): an unstated formal assessment is taken as not
 * done, so the check reminds rather than stays silent.
 *
 * <p>Immutable and null-free; build one with {@link #builder()}.
 *
 * @param findings the neurological findings, possibly none
 * @param attributedToIcans whether the findings are being attributed to ICANS
 * @param formalAssessmentDone whether a formal ICE (or CAPD) assessment was done
 * @param concurrentCrs whether the patient has CRS at the same time
 * @param tocilizumabPlanned whether tocilizumab is planned
 * @param routineSteroidPremedicationPlanned whether corticosteroids are planned as routine
 *     premedication before the infusion
 * @param tremorCountedInGrade whether tremor or myoclonus was counted in the ICANS grade
 */
public record ClinicalSituation(Set<NeurologicalFinding> findings, boolean attributedToIcans,
    boolean formalAssessmentDone, boolean concurrentCrs, boolean tocilizumabPlanned,
    boolean routineSteroidPremedicationPlanned, boolean tremorCountedInGrade) {

  /** Validates and copies. */
  public ClinicalSituation {
    Set<NeurologicalFinding> copy = EnumSet.noneOf(NeurologicalFinding.class);
    copy.addAll(Nulls.presentEach("situation.findings", findings));
    findings = Collections.unmodifiableSet(copy);
  }

  /** A new builder, with no findings and every flag unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClinicalSituation}. */
  public static final class Builder {
    private final Set<NeurologicalFinding> findings = EnumSet.noneOf(NeurologicalFinding.class);
    private boolean attributedToIcans;
    private boolean formalAssessmentDone;
    private boolean concurrentCrs;
    private boolean tocilizumabPlanned;
    private boolean routineSteroidPremedicationPlanned;
    private boolean tremorCountedInGrade;

    private Builder() {}

    /** Adds findings. */
    public Builder findings(NeurologicalFinding... values) {
      findings.addAll(Nulls.presentEach("findings", values));
      return this;
    }

    /** Adds findings. */
    public Builder findings(Set<NeurologicalFinding> values) {
      findings.addAll(Nulls.presentEach("findings", values));
      return this;
    }

    /** Whether the findings are being attributed to ICANS. */
    public Builder attributedToIcans(boolean value) {
      this.attributedToIcans = value;
      return this;
    }

    /** Whether a formal ICE (or CAPD) assessment was done. */
    public Builder formalAssessmentDone(boolean value) {
      this.formalAssessmentDone = value;
      return this;
    }

    /** Whether the patient has CRS at the same time. */
    public Builder concurrentCrs(boolean value) {
      this.concurrentCrs = value;
      return this;
    }

    /** Whether tocilizumab is planned. */
    public Builder tocilizumabPlanned(boolean value) {
      this.tocilizumabPlanned = value;
      return this;
    }

    /** Whether corticosteroids are planned as routine premedication before the infusion. */
    public Builder routineSteroidPremedicationPlanned(boolean value) {
      this.routineSteroidPremedicationPlanned = value;
      return this;
    }

    /** Whether tremor or myoclonus was counted in the ICANS grade. */
    public Builder tremorCountedInGrade(boolean value) {
      this.tremorCountedInGrade = value;
      return this;
    }

    /** The situation. */
    public ClinicalSituation build() {
      return new ClinicalSituation(findings, attributedToIcans, formalAssessmentDone, concurrentCrs,
          tocilizumabPlanned, routineSteroidPremedicationPlanned, tremorCountedInGrade);
    }
  }
}
