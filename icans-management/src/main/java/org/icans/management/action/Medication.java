package org.icans.management.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.icans.management.dosing.Dose;
import org.icans.management.dosing.DoseBasis;
import org.icans.management.dosing.DoseRule;
import org.icans.management.dosing.Drug;
import org.icans.management.dosing.DrugClass;
import org.icans.management.internal.Num;
import org.icans.model.InvalidValueException;

/**
 * A drug to give (or to consider): the drug, the source's dose rule when it gives one, the dose it
 * computes for this patient when the weight is known (or the rule needs none), and the purpose.
 *
 * <p>Without a rule the source names the drug but no dose ("consider adding steroids", "always
 * start levetiracetam"); without a dose but with a rule, the rule needs a weight the situation does
 * not give. The plan text says which.
 *
 * @param drug the drug (or a class entry when the source names no agent)
 * @param rule the source's dose rule, if it gives one
 * @param dose the dose for this patient, if computable
 * @param purpose treatment, prophylaxis, symptom control or premedication
 * @param basis source, strength, condition, alternatives, review note
 * @param noDoseReason why a rule gives no dose for this patient (weight needed; an adult regimen and a
 *     child), present exactly when there is a rule and no dose
 */
public record Medication(Drug drug, Optional<DoseRule> rule, Optional<Dose> dose, Purpose purpose, Basis basis,
    Optional<String> noDoseReason) implements Action {

  /**
   * A medication whose missing dose, if any, is missing for want of a weight.
   *
   * @see #Medication(Drug, Optional, Optional, Purpose, Basis, Optional)
   */
  public Medication(Drug drug, Optional<DoseRule> rule, Optional<Dose> dose, Purpose purpose, Basis basis) {
    this(drug, rule, dose, purpose, basis, Objects.requireNonNull(rule, "rule").isPresent()
        && Objects.requireNonNull(dose, "dose").isEmpty() ? Optional.of(DoseRule.WEIGHT_NEEDED) : Optional.empty());
  }

  /** Validates: the rule is for this drug, a dose comes with its rule, a rule without dose says why. */
  public Medication {
    Objects.requireNonNull(drug, "drug");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(dose, "dose");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(basis, "basis");
    if (rule.isPresent() && rule.get().drug() != drug) {
      throw new InvalidValueException("medication.rule.drug", rule.get().drug().code(), "the medication's drug " + drug.code());
    }
    if (dose.isPresent() && (rule.isEmpty() || !dose.get().rule().equals(rule.get()))) {
      throw new InvalidValueException("medication.dose", dose.get().describe(), "a dose of the medication's own rule");
    }
    Objects.requireNonNull(noDoseReason, "noDoseReason");
    if (noDoseReason.isPresent() != (rule.isPresent() && dose.isEmpty())) {
      throw new InvalidValueException("medication.noDoseReason", noDoseReason.orElse("none"),
          "a reason exactly when a rule gives no dose");
    }
  }

  /** A medication without a dose rule (the source names no dose). */
  public static Medication withoutDose(Drug drug, Purpose purpose, Basis basis) {
    return new Medication(drug, Optional.empty(), Optional.empty(), purpose, basis);
  }

  @Override
  public ActionKind kind() {
    return ActionKind.MEDICATION;
  }

  @Override
  public Topic topic() {
    if (drug.isCorticosteroid()) {
      return Topic.CORTICOSTEROIDS;
    }
    if (purpose == Purpose.SYMPTOM_CONTROL) {
      return Topic.OTHER_MEDICATION;
    }
    if (drug.drugClass() == DrugClass.ANTISEIZURE) {
      return Topic.SEIZURES;
    }
    if (drug.drugClass() == DrugClass.IMMUNOMODULATOR) {
      return Topic.ANTI_CYTOKINE;
    }
    return Topic.OTHER_MEDICATION;
  }

  /** Whether the drug is a corticosteroid. */
  public boolean isCorticosteroid() {
    return drug.isCorticosteroid();
  }

  /**
   * For example {@code "dexamethasone 10 mg IV every 6 h, until grade 1 or better"} or {@code
   * "tocilizumab 560 mg (8 mg/kg x 70 kg) IV over 1 h, max 800 mg per dose, ..."}.
   */
  @Override
  public String describe() {
    StringBuilder s = new StringBuilder(drug.displayName());
    if (purpose == Purpose.PROPHYLAXIS) {
      s.append(" (prophylaxis)");
    }
    if (rule.isEmpty()) {
      s.append(": dose not stated by the source");
      return s.toString();
    }
    DoseRule r = rule.get();
    if (dose.isPresent()) {
      s.append(' ').append(dose.get().describe()).append("; ").append(dose.get().ceilingText()).append(";");
    } else {
      s.append(" (no dose: ").append(noDoseReason.orElseThrow()).append(");");
    }
    s.append(" rule: ").append(r.describe());
    List<String> tail = new ArrayList<>();
    r.weightBand().ifPresent(tail::add);
    if (dose.isPresent() && r.basis() == DoseBasis.PER_DOSE && dose.get().maxMgPer24h().isPresent()) {
      tail.add("up to " + Num.plain(dose.get().maxMgPer24h().getAsDouble()) + " mg per 24 h");
    }
    if (!tail.isEmpty()) {
      s.append(" (").append(String.join("; ", tail)).append(')');
    }
    return s.toString();
  }
}
