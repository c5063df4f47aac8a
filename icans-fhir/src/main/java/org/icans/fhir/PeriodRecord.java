package org.icans.fhir;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.icans.model.assessment.Assessment;
import org.icans.model.InvalidValueException;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.CrsSign;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.crs.OxygenSupport;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.IcpFindings;
import org.icans.model.icans.MotorFinding;
import org.icans.model.icans.MotorFindings;
import org.icans.model.icans.Seizure;
import org.icans.model.patient.Patient;

/**
 * What one patient's Observations of one assessment period said, element by element, and the
 * resources each came from. {@link #build} turns it into an {@link Assessment}, refusing the
 * elements whose records contradict each other (the rule of {@link AssessmentPeriod}).
 */
final class PeriodRecord {
  /** One element's value and the records that gave it. */
  static final class Slot<T> {
    private final String element;
    private T value;
    private final List<String> sources = new ArrayList<>();
    private final Set<String> values = new LinkedHashSet<>();
    private boolean conflict;

    Slot(String element) {
      this.element = element;
    }

    /** Offers a value; {@code merge} combines two (temperature: the highest), or null: different values conflict. */
    void offer(T v, String words, String source, BinaryOperator<T> merge) {
      sources.add(source);
      values.add(words);
      if (value == null) {
        value = v;
      } else if (merge != null) {
        value = merge.apply(value, v);
      } else if (!value.equals(v)) {
        conflict = true;
      }
    }

    Optional<T> get(List<FhirIssue> issues, String period) {
      if (conflict) {
        issues.add(new FhirIssue(String.join(", ", sources), element, String.join(" vs ", values),
            "one value per assessment period (" + period + "); these records disagree, so the element is "
                + "left not assessed: correct the record, or read with a finer period"));
        return Optional.empty();
      }
      return Optional.ofNullable(value);
    }

    boolean isSet() {
      return value != null;
    }

    List<String> sources() {
      return sources;
    }
  }

  final String period;
  final List<String> sources = new ArrayList<>();
  final Slot<IceScore> ice = new Slot<>("ice-score");
  final Slot<CapdScore> capd = new Slot<>("capd-score");
  final Slot<Consciousness> consciousness = new Slot<>("consciousness");
  final Slot<Seizure> seizure = new Slot<>("seizure");
  final Set<MotorFinding> motor = EnumSet.noneOf(MotorFinding.class);
  final List<String> motorSources = new ArrayList<>();
  boolean motorNone;
  final Set<IcpFinding> icp = EnumSet.noneOf(IcpFinding.class);
  final List<String> icpSources = new ArrayList<>();
  boolean icpNone;
  final Set<IcansDomain> icansAttributed = EnumSet.noneOf(IcansDomain.class);
  final Set<CrsSign> crsAttributed = EnumSet.noneOf(CrsSign.class);
  boolean diedOfIcans;
  boolean diedOfCrs;
  final Slot<Double> temperature = new Slot<>("Observation.valueQuantity (body temperature)");
  final Slot<Boolean> feverMasked = new Slot<>("fever-masked");
  final Slot<Hypotension> hypotension = new Slot<>("hypotension");
  final Slot<OxygenDevice> oxygenDevice = new Slot<>("oxygen-device");
  final Slot<Double> oxygenFlow = new Slot<>("Observation.valueQuantity (inhaled oxygen flow rate, L/min)");
  final Slot<Double> weight = new Slot<>("Observation.valueQuantity (body weight, kg)");

  PeriodRecord(String period) {
    this.period = period;
  }

  void source(String reference) {
    sources.add(reference);
  }

  /**
   * The assessment, or empty with the reasons in {@code issues}.
   *
   * @param patient the patient context (age at this period, developmental delay); the weight of
   *     this period is added here
   */
  Optional<Assessment> build(String patientId, double day, Patient patient, List<FhirIssue> issues) {
    IcansObservation.Builder i = IcansObservation.builder();
    ice.get(issues, period).ifPresent(i::ice);
    capd.get(issues, period).ifPresent(i::capd);
    consciousness.get(issues, period).ifPresent(i::consciousness);
    seizure.get(issues, period).ifPresent(i::seizure);
    if (motorNone && !motor.isEmpty()) {
      issues.add(new FhirIssue(String.join(", ", motorSources), "motor", "none vs " + words(motor, Vocabulary::of),
          "'none' or findings in one assessment period (" + period + "), not both; the motor domain is left not assessed"));
    } else if (motorNone || !motor.isEmpty()) {
      i.motor(motor.isEmpty() ? MotorFindings.none() : MotorFindings.of(motor));
    }
    if (icpNone && !icp.isEmpty()) {
      issues.add(new FhirIssue(String.join(", ", icpSources), "icp", "none vs " + words(icp, Vocabulary::of),
          "'none' or findings in one assessment period (" + period + "), not both; the icp domain is left not assessed"));
    } else if (icpNone || !icp.isEmpty()) {
      i.icp(icp.isEmpty() ? IcpFindings.none() : IcpFindings.of(icp));
    }
    i.addAllAttributedToOtherCause(icansAttributed).diedOfIcans(diedOfIcans);

    CrsObservation.Builder c = CrsObservation.builder();
    Optional<Double> t = temperature.get(issues, period);
    feverMasked.get(issues, period).ifPresent(c::feverMasked);
    hypotension.get(issues, period).ifPresent(c::hypotension);
    c.addAllAttributedToOtherCause(crsAttributed).diedOfCrs(diedOfCrs);
    Optional<OxygenDevice> device = oxygenDevice.get(issues, period);
    Optional<Double> flow = oxygenFlow.get(issues, period);
    if (device.isPresent()) {
      try {
        c.oxygen(flow.isPresent() ? OxygenSupport.of(device.get(), flow.get()) : OxygenSupport.of(device.get()));
      } catch (InvalidValueException e) {
        List<String> refs = new ArrayList<>(oxygenDevice.sources());
        refs.addAll(oxygenFlow.sources());
        issues.add(new FhirIssue(String.join(", ", refs), "oxygen-device and " + StandardCodes.INHALED_OXYGEN_FLOW_RATE,
            e.value(), e.allowed()));
      }
    } else if (flow.isPresent()) {
      issues.add(new FhirIssue(String.join(", ", oxygenFlow.sources()),
          "Observation.code (" + StandardCodes.INHALED_OXYGEN_FLOW_RATE + ")", flow.get() + " L/min",
          "a flow together with the oxygen-device of the same assessment period (" + period
              + "): the device decides how the flow is graded"));
    }
    try {
      t.ifPresent(c::temperatureCelsius);
    } catch (InvalidValueException e) {
      issues.add(new FhirIssue(String.join(", ", temperature.sources()), "Observation.valueQuantity.value",
          e.value() + " Cel", e.allowed()));
    }
    Patient.Builder p = Patient.builder().from(patient);
    weight.get(issues, period).ifPresent(p::weightKg);
    try {
      return Optional.of(Assessment.builder().patientId(patientId).day(day).patient(p.build())
          .icans(i.build()).crs(c.build()).build());
    } catch (InvalidValueException e) {
      issues.add(new FhirIssue(String.join(", ", sources), "Observation.effective[x] (assessment period " + period + ")",
          e.value(), e.field() + ": " + e.allowed()));
      return Optional.empty();
    }
  }

  /** The findings by their codes in the project's CodeSystem, as the input spelled them. */
  private static <E> String words(Set<E> set, Function<E, IcansConcept> concept) {
    StringBuilder s = new StringBuilder();
    for (E e : set) {
      s.append(s.length() == 0 ? "" : ", ").append(concept.apply(e).code());
    }
    return s.toString();
  }

  static Double max(Double a, Double b) {
    return Objects.requireNonNull(a) >= b ? a : b;
  }

}
