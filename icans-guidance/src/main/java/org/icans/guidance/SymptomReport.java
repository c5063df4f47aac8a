package org.icans.guidance;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.icans.model.internal.check.Nulls;

/**
 * What a patient or caregiver reports at one moment: the symptoms they notice and, when they took
 * it, a temperature reading. No symptom at all is a valid report (nothing noticed).
 *
 * <p>Immutable and null-free; the symptom set is unmodifiable and in declaration order.
 *
 * @param symptoms the symptoms noticed, possibly none
 * @param temperature the temperature measured, when it was measured
 */
public record SymptomReport(Set<Symptom> symptoms, Optional<BodyTemperature> temperature) {
  /** Validates and copies. */
  public SymptomReport {
    Set<Symptom> copy = EnumSet.noneOf(Symptom.class);
    copy.addAll(Nulls.presentEach("report.symptoms", symptoms));
    Objects.requireNonNull(temperature, "report.temperature");
    symptoms = Collections.unmodifiableSet(copy);
  }

  /** A report of these symptoms, without a temperature reading. */
  public static SymptomReport of(Symptom... symptoms) {
    return new SymptomReport(Set.copyOf(Nulls.presentEach("symptoms", symptoms)), Optional.empty());
  }

  /** A report of these symptoms, without a temperature reading. */
  public static SymptomReport of(Collection<Symptom> symptoms) {
    return new SymptomReport(Set.copyOf(Nulls.presentEach("symptoms", symptoms)), Optional.empty());
  }

  /**
   * A report from symptom codes such as {@code fever} or {@code severe_headache}.
   *
   * @throws org.icans.model.InvalidValueException at the first unknown word, naming it and the
   *     allowed codes
   */
  public static SymptomReport ofCodes(Collection<String> codes) {
    return new SymptomReport(Symptom.fromCodes(codes), Optional.empty());
  }

  /** The same report with this temperature reading. */
  public SymptomReport withTemperature(BodyTemperature reading) {
    return new SymptomReport(symptoms, Optional.of(Objects.requireNonNull(reading, "reading")));
  }

  /** The same report with one more symptom. */
  public SymptomReport with(Symptom symptom) {
    Set<Symptom> more = EnumSet.of(Objects.requireNonNull(symptom, "symptom"));
    more.addAll(symptoms);
    return new SymptomReport(more, temperature);
  }

  /** The symptoms to act on: those reported, plus {@link Symptom#FEVER} when the reading is a fever. */
  public Set<Symptom> effectiveSymptoms() {
    if (temperature.isPresent() && temperature.get().isFever() && !symptoms.contains(Symptom.FEVER)) {
      return with(Symptom.FEVER).symptoms();
    }
    return symptoms;
  }
}
