package org.icans.fhir;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.CrsSign;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.crs.OxygenSupport;
import org.icans.model.encephalopathy.CapdAnswer;
import org.icans.model.encephalopathy.CapdAnswers;
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

/** jqwik arbitraries of valid assessments, in the forms FHIR can carry exactly (see each). */
final class FhirArbitraries {
  private FhirArbitraries() {}

  static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> a) {
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(Optional.<T>empty())),
        net.jqwik.api.Tuple.of(2, a.map(Optional::of)));
  }

  static Arbitrary<IceScore> ice() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 10).map(IceScore::ofTotal),
        Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1),
            Arbitraries.integers().between(0, 1)).as(IceScore::ofTasks));
  }

  static Arbitrary<CapdScore> capd() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 32).map(CapdScore::ofTotal),
        Arbitraries.just(CapdScore.unableToPerform()),
        Arbitraries.of(CapdAnswer.class).list().ofSize(8).map(l -> CapdScore.of(CapdAnswers.of(l))));
  }

  static <E extends Enum<E>> Arbitrary<Set<E>> subsets(Class<E> type) {
    return Arbitraries.of(type).set().ofMaxSize(type.getEnumConstants().length)
        .map(s -> s.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(s));
  }

  static Arbitrary<IcansObservation> icans() {
    return Combinators.combine(maybe(ice()), maybe(capd()), maybe(Arbitraries.of(Consciousness.class)),
        maybe(Arbitraries.of(Seizure.class)), maybe(subsets(MotorFinding.class).map(MotorFindings::of)),
        maybe(subsets(IcpFinding.class).map(IcpFindings::of)), subsets(IcansDomain.class),
        Arbitraries.of(false, false, false, true))
        .as((ice, capd, loc, sz, motor, icp, attributed, died) -> IcansObservation.builder().ice(ice).capd(capd)
            .consciousness(loc).seizure(sz).motor(motor).icp(icp).attributedToOtherCause(attributed)
            .diedOfIcans(died).build());
  }

  /** Decimals with one or two places, as flowsheets record them. */
  static Arbitrary<Double> decimals(int fromHundredths, int toHundredths) {
    return Arbitraries.integers().between(fromHundredths, toHundredths).map(i -> i / 100.0);
  }

  static Arbitrary<OxygenSupport> oxygen() {
    return Combinators.combine(Arbitraries.of(OxygenDevice.class), decimals(1, 8000), Arbitraries.of(false, true))
        .as((device, flow, flowGiven) -> device == OxygenDevice.NONE ? OxygenSupport.roomAir()
            : device == OxygenDevice.UNKNOWN_DEVICE ? OxygenSupport.of(device)
            : device == OxygenDevice.NASAL_CANNULA || flowGiven ? OxygenSupport.of(device, flow)
            : OxygenSupport.of(device));
  }

  static Arbitrary<CrsObservation> crs() {
    return Combinators.combine(maybe(decimals(2500, 4500)), Arbitraries.of(false, true),
        maybe(Arbitraries.of(Hypotension.class)), maybe(oxygen()), subsets(CrsSign.class),
        Arbitraries.of(false, false, false, true))
        .as((t, masked, hyp, oxy, attributed, died) -> {
          CrsObservation.Builder b = CrsObservation.builder().feverMasked(masked).hypotension(hyp).oxygen(oxy)
              .attributedToOtherCause(attributed).diedOfCrs(died);
          t.ifPresent(b::temperatureCelsius);
          return b.build();
        });
  }

  /** Ages in whole years (what a birth date carries exactly), or any age when {@code fractional}. */
  static Arbitrary<Patient> patients(boolean fractional) {
    Arbitrary<Double> ages = fractional ? Arbitraries.doubles().between(0, 120).ofScale(3)
        : Arbitraries.integers().between(0, 120).map(Integer::doubleValue);
    return Combinators.combine(ages, Arbitraries.of(false, true), maybe(decimals(50, 25000)))
        .as((age, delay, weight) -> {
          Patient.Builder b = Patient.builder().ageYears(age).developmentalDelay(delay);
          weight.ifPresent(b::weightKg);
          return b.build();
        });
  }

  /** Days in whole minutes from day -30 to day 60 (what a date-time to the second carries exactly). */
  static Arbitrary<Double> days() {
    return Arbitraries.integers().between(-30 * 1440, 60 * 1440).map(m -> m / 1440.0);
  }

  static Arbitrary<Assessment> assessments(boolean fractionalAges) {
    return Combinators.combine(Arbitraries.of("PT1", "pt-2", "a.b", "P0000000042"), days(), patients(fractionalAges),
        icans(), crs())
        .as((id, day, patient, icans, crs) -> Assessment.builder().patientId(id).day(day).patient(patient)
            .icans(icans).crs(crs).build());
  }

}
