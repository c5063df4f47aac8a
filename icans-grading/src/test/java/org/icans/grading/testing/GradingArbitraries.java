package org.icans.grading.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.icans.grading.course.DatedGrade;
import org.icans.grading.icans.EncephalopathyTool;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.CrsSign;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.crs.OxygenSupport;
import org.icans.model.encephalopathy.CapdAnswer;
import org.icans.model.encephalopathy.CapdAnswers;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.encephalopathy.IceTasks;
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
 * Shared jqwik arbitraries for the grading properties: ICANS and CRS observations covering every
 * domain absent (not assessed) or present with every value, every attribution subset and death;
 * patients around the 12-year boundary; and dated grades for courses.
 *
 * <p>Everything is built with {@link Combinators#combine} and {@link Arbitraries#of}, never
 * {@code flatMap}, so that failures shrink well. The {@code all...} lists enumerate small value
 * spaces for exhaustive checks inside a property.
 */
public final class GradingArbitraries {
  private GradingArbitraries() {}

  // ---------------------------------------------------------------- enumerations of small spaces

  /** Every ICE total 0-10, as a total only. */
  public static List<IceScore> allIceTotals() {
    List<IceScore> all = new ArrayList<>();
    for (int t = 0; t <= IceScore.MAX; t++) {
      all.add(IceScore.ofTotal(t));
    }
    return all;
  }

  /** Every ICE recorded task by task: the 160 task combinations. */
  public static List<IceScore> allIceTaskScores() {
    List<IceScore> all = new ArrayList<>();
    for (int o = 0; o <= IceTasks.MAX_ORIENTATION; o++) {
      for (int n = 0; n <= IceTasks.MAX_NAMING; n++) {
        for (int c = 0; c <= IceTasks.MAX_COMMANDS; c++) {
          for (int w = 0; w <= IceTasks.MAX_WRITING; w++) {
            for (int a = 0; a <= IceTasks.MAX_ATTENTION; a++) {
              all.add(IceScore.ofTasks(o, n, c, w, a));
            }
          }
        }
      }
    }
    return all;
  }

  /** Every CAPD total 0-32 and "unable to perform" (answers are not enumerated: 5^8 sets). */
  public static List<CapdScore> allCapdTotalsAndUnable() {
    List<CapdScore> all = new ArrayList<>();
    for (int t = 0; t <= CapdScore.MAX; t++) {
      all.add(CapdScore.ofTotal(t));
    }
    all.add(CapdScore.unableToPerform());
    return all;
  }

  /** All 16 motor finding sets. */
  public static List<MotorFindings> allMotorFindings() {
    List<MotorFindings> all = new ArrayList<>();
    for (Set<MotorFinding> s : subsets(MotorFinding.class)) {
      all.add(MotorFindings.of(s));
    }
    return all;
  }

  /** All 64 ICP finding sets. */
  public static List<IcpFindings> allIcpFindings() {
    List<IcpFindings> all = new ArrayList<>();
    for (Set<IcpFinding> s : subsets(IcpFinding.class)) {
      all.add(IcpFindings.of(s));
    }
    return all;
  }

  /** Every subset of an enum's constants, indexed by the bit mask of their ordinals. */
  public static <E extends Enum<E>> List<Set<E>> subsets(Class<E> type) {
    E[] constants = type.getEnumConstants();
    List<Set<E>> all = new ArrayList<>();
    for (int mask = 0; mask < 1 << constants.length; mask++) {
      EnumSet<E> set = EnumSet.noneOf(type);
      for (E e : constants) {
        if ((mask & (1 << e.ordinal())) != 0) {
          set.add(e);
        }
      }
      all.add(Collections.unmodifiableSet(set));
    }
    return all;
  }

  /** A list of the absent value followed by every value of {@code values}. */
  public static <T> List<Optional<T>> absentThen(List<T> values) {
    List<Optional<T>> all = new ArrayList<>();
    all.add(Optional.empty());
    for (T v : values) {
      all.add(Optional.of(v));
    }
    return all;
  }

  // ---------------------------------------------------------------- ICANS findings

  /** ICE totals and ICE task combinations. */
  public static Arbitrary<IceScore> iceScores() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(allIceTotals())),
        Tuple.of(2, Arbitraries.of(allIceTaskScores())));
  }

  /** Eight CAPD answers, any of the 5^8 combinations. */
  public static Arbitrary<CapdAnswers> capdAnswers() {
    Arbitrary<CapdAnswer> a = Arbitraries.of(CapdAnswer.class);
    return Combinators.combine(a, a, a, a, a, a, a, a).as(CapdAnswers::of)
        .edgeCases(c -> c.includeOnly(CapdAnswers.ofCodes(4, 4, 4, 4, 0, 0, 0, 0),
            CapdAnswers.ofCodes(0, 0, 0, 0, 4, 4, 4, 4)));
  }

  /** CAPD totals 0-32, "unable to perform", and CAPD from eight answers. */
  public static Arbitrary<CapdScore> capdScores() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(allCapdTotalsAndUnable())),
        Tuple.of(1, Arbitraries.just(CapdScore.unableToPerform())),
        Tuple.of(2, capdAnswers().map(CapdScore::of)));
  }

  /** Every motor finding set (including none, tremor only, myoclonus only ...). */
  public static Arbitrary<MotorFindings> motorFindings() {
    return Arbitraries.of(allMotorFindings());
  }

  /** Every ICP finding set. */
  public static Arbitrary<IcpFindings> icpFindings() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(allIcpFindings())),
        // Sets of at most one finding are the common case and each must be seen.
        Tuple.of(1, Arbitraries.of(IcpFinding.class).map(IcpFindings::of)),
        Tuple.of(1, Arbitraries.just(IcpFindings.none())));
  }

  /** A domain value, absent (not assessed) about one time in four. */
  public static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> present) {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Optional.<T>empty())),
        Tuple.of(3, present.map(Optional::of)));
  }

  /** Every subset of ICANS domains, the empty one most often. */
  public static Arbitrary<Set<IcansDomain>> icansAttributions() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(Set.<IcansDomain>of())),
        Tuple.of(1, Arbitraries.of(subsets(IcansDomain.class))));
  }

  /** Died of the syndrome, about one time in six. */
  public static Arbitrary<Boolean> died() {
    return Arbitraries.frequency(Tuple.of(5, false), Tuple.of(1, true));
  }

  /**
   * ICANS observations: each domain absent or present with every value, both encephalopathy tools'
   * values (totals, ICE tasks, CAPD totals, unable, CAPD answers), every attribution subset, death.
   */
  public static Arbitrary<IcansObservation> icansObservations() {
    Arbitrary<IcansObservation> random = Combinators.combine(
        maybe(iceScores()),
        maybe(capdScores()),
        maybe(Arbitraries.of(Consciousness.class)),
        maybe(Arbitraries.of(Seizure.class)),
        maybe(motorFindings()),
        maybe(icpFindings()),
        icansAttributions(),
        died())
        .as((ice, capd, loc, seizure, motor, icp, attributed, died) -> IcansObservation.builder()
            .ice(ice).capd(capd).consciousness(loc).seizure(seizure).motor(motor).icp(icp)
            .attributedToOtherCause(attributed).diedOfIcans(died).build());
    // A few chosen edge cases instead of the product of every component's edge cases, which
    // outnumbers the tries (jqwik then logs and spends most tries on edge cases).
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(icansEdgeCases())),
        Tuple.of(30, random.withoutEdgeCases()));
  }

  /** Nothing assessed; everything normal; everything at its worst; ICE 0 when unarousable; death alone. */
  public static IcansObservation[] icansEdgeCases() {
    IcansObservation normal = IcansObservation.builder().ice(IceScore.ofTotal(10)).capd(CapdScore.ofTotal(0))
        .consciousness(Consciousness.ALERT).seizure(Seizure.NONE).motor(MotorFindings.none())
        .icp(IcpFindings.none()).build();
    IcansObservation worst = IcansObservation.builder().ice(IceScore.ofTotal(0)).capd(CapdScore.unableToPerform())
        .consciousness(Consciousness.UNAROUSABLE).seizure(Seizure.PROLONGED_OR_REPETITIVE)
        .motor(MotorFindings.of(MotorFinding.values())).icp(IcpFindings.of(IcpFinding.values())).build();
    return new IcansObservation[] {
      IcansObservation.notAssessed(),
      normal,
      worst,
      IcansObservation.builder().ice(IceScore.ofTotal(0)).consciousness(Consciousness.UNAROUSABLE).build(),
      IcansObservation.builder().diedOfIcans(true).build(),
    };
  }

  /** ICANS observations that did not end in death. */
  public static Arbitrary<IcansObservation> livingIcansObservations() {
    return icansObservations().map(o -> IcansObservation.builder().from(o).diedOfIcans(false).build());
  }

  /** Both encephalopathy tools. */
  public static Arbitrary<EncephalopathyTool> tools() {
    return Arbitraries.of(EncephalopathyTool.class);
  }

  /** Ages 0-120 years, concentrated around the 12-year boundary of the tool choice. */
  public static Arbitrary<Double> ages() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(0.0, 1.5, 11.0, 11.5, 11.99, 11.999999, Math.nextDown(12.0), 12.0,
            Math.nextUp(12.0), 12.000001, 12.01, 12.5, 13.0, 17.9, 18.0, 40.0, 119.9, 120.0)),
        Tuple.of(1, Arbitraries.doubles().between(11.0, 13.0)),
        Tuple.of(1, Arbitraries.doubles().between(0.0, Patient.MAX_AGE_YEARS)));
  }

  /** Patients of every age around 12, with and without developmental delay. */
  public static Arbitrary<Patient> patients() {
    return Combinators.combine(ages(), Arbitraries.of(false, true))
        .as((age, delay) -> Patient.builder().ageYears(age).developmentalDelay(delay).build());
  }

  // ---------------------------------------------------------------- CRS

  /** Temperatures 25-45 C, concentrated around the 38.0 C threshold. */
  public static Arbitrary<Double> temperatures() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(CrsObservation.MIN_TEMPERATURE_C, 36.8, 37.0, 37.9, 37.99, Math.nextDown(38.0),
            38.0, Math.nextUp(38.0), 38.01, 38.5, 39.0, 40.5, CrsObservation.MAX_TEMPERATURE_C)),
        Tuple.of(1, Arbitraries.doubles().between(CrsObservation.MIN_TEMPERATURE_C,
            CrsObservation.MAX_TEMPERATURE_C)));
  }

  /** Oxygen flows in L/min, concentrated around the 6 L/min low/high-flow boundary. */
  public static Arbitrary<Double> flows() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(0.5, 1.0, 2.0, 4.0, 5.9, Math.nextDown(6.0), 6.0, Math.nextUp(6.0), 6.01,
            6.5, 7.0, 10.0, 15.0, 40.0, 60.0)),
        Tuple.of(1, Arbitraries.doubles().between(0.01, 80.0)));
  }

  /**
   * Every oxygen device, with a flow where required (nasal cannula) or sometimes given (others but
   * none and the unknown device, which take no flow).
   */
  public static Arbitrary<OxygenSupport> oxygenSupports() {
    return Combinators.combine(Arbitraries.of(OxygenDevice.class), flows(), Arbitraries.of(false, true))
        .as((device, flow, flowGiven) -> {
          if (device == OxygenDevice.NONE) {
            return OxygenSupport.roomAir();
          }
          if (device == OxygenDevice.UNKNOWN_DEVICE) {
            return OxygenSupport.of(device);
          }
          if (device == OxygenDevice.NASAL_CANNULA || flowGiven) {
            return OxygenSupport.of(device, flow);
          }
          return OxygenSupport.of(device);
        });
  }

  /** Every subset of CRS signs, the empty one most often. */
  public static Arbitrary<Set<CrsSign>> crsAttributions() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(Set.<CrsSign>of())),
        Tuple.of(1, Arbitraries.of(subsets(CrsSign.class))));
  }

  /** CRS observations: each element absent or present with every value, masking, attribution, death. */
  public static Arbitrary<CrsObservation> crsObservations() {
    Arbitrary<CrsObservation> random = Combinators.combine(
        maybe(temperatures()),
        Arbitraries.of(false, true),
        maybe(Arbitraries.of(Hypotension.class)),
        maybe(oxygenSupports()),
        crsAttributions(),
        died())
        .as((temp, masked, hypotension, oxygen, attributed, died) -> crs(temp, masked, hypotension, oxygen,
            attributed, died));
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(crsEdgeCases())),
        Tuple.of(30, random.withoutEdgeCases()));
  }

  /** Nothing assessed; afebrile with no support; fever alone; masked alone; everything at its worst. */
  public static CrsObservation[] crsEdgeCases() {
    return new CrsObservation[] {
      CrsObservation.notAssessed(),
      CrsObservation.builder().temperatureCelsius(37.9).hypotension(Hypotension.NONE)
          .oxygen(OxygenSupport.roomAir()).build(),
      CrsObservation.builder().temperatureCelsius(38.0).build(),
      CrsObservation.builder().feverMasked(true).build(),
      CrsObservation.builder().temperatureCelsius(CrsObservation.MAX_TEMPERATURE_C)
          .hypotension(Hypotension.MULTIPLE_VASOPRESSORS)
          .oxygen(OxygenSupport.of(OxygenDevice.MECHANICAL_VENTILATION)).build(),
    };
  }

  /** Builds a CRS observation from its parts. */
  public static CrsObservation crs(Optional<Double> temperature, boolean masked, Optional<Hypotension> hypotension,
      Optional<OxygenSupport> oxygen, Set<CrsSign> attributed, boolean died) {
    CrsObservation.Builder b = CrsObservation.builder()
        .feverMasked(masked).hypotension(hypotension).oxygen(oxygen)
        .attributedToOtherCause(attributed).diedOfCrs(died);
    temperature.ifPresent(b::temperatureCelsius);
    return b.build();
  }

  /** The same CRS observation with another temperature (or none). */
  public static CrsObservation withTemperature(CrsObservation o, OptionalDouble temperature) {
    return crs(temperature.isPresent() ? Optional.of(temperature.getAsDouble()) : Optional.empty(), o.feverMasked(),
        o.hypotension(), o.oxygen(), o.attributedToOtherCause(), o.diedOfCrs());
  }

  // ---------------------------------------------------------------- courses

  /** A grade 0-5 or no grade, as {@code gradeOrMinusOne}. */
  public static Arbitrary<Integer> gradesOrMinusOne() {
    return Arbitraries.frequency(
        Tuple.of(1, -1), Tuple.of(4, 0), Tuple.of(3, 1), Tuple.of(2, 2), Tuple.of(2, 3), Tuple.of(1, 4),
        Tuple.of(1, 5));
  }

  /**
   * Dated grades on distinct days (half-day steps from -30 to 60, unsorted), some ungraded.
   */
  public static Arbitrary<List<DatedGrade>> datedGradesOnDistinctDays() {
    Arbitrary<List<Integer>> halfDays = Arbitraries.integers().between(-60, 120).list().uniqueElements()
        .ofMinSize(0).ofMaxSize(24);
    Arbitrary<List<Integer>> grades = gradesOrMinusOne().list().ofSize(24);
    return Combinators.combine(halfDays, grades).as((days, gs) -> {
      List<DatedGrade> points = new ArrayList<>(days.size());
      for (int i = 0; i < days.size(); i++) {
        points.add(DatedGrade.ofGradeOrMinusOne(days.get(i) / 2.0, gs.get(i)));
      }
      return points;
    });
  }
}
