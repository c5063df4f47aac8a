package org.icans.testing;

import static org.icans.testing.Maybe.died;
import static org.icans.testing.Maybe.maybe;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
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

/**
 * ICANS observations: what one bedside neurological assessment found, domain by domain, as the
 * ASTCT 2019 consensus grades it. Built with {@link IcansObservation#builder()}, so every value is
 * one the model accepts.
 *
 * <p>{@link #valid()} covers the whole space the model accepts: each of the six findings (ICE, CAPD,
 * consciousness, seizure, motor, ICP) not assessed or with any of its values; any set of the five
 * {@linkplain IcansDomain domains} attributed to another cause, assessed or not (the model accepts an
 * attribution of a domain with nothing recorded, and a grader must then report it as attributed);
 * death from ICANS or not. Both encephalopathy tools may be recorded at once, as the model allows:
 * the patient's age and developmental delay decide which one counts. The other arbitraries are
 * parts of that space, each built to its promise rather than filtered out of it.
 *
 * <p>Failures shrink towards {@link IcansObservation#notAssessed()}, and within a domain towards
 * not assessed, then its first value (ICE 0, CAPD 0, alert, no seizure, no finding).
 */
public final class IcansObservations {
  private static final List<Set<IcansDomain>> NON_EMPTY_DOMAIN_SETS =
      AllValues.subsets(IcansDomain.class).subList(1, 1 << IcansDomain.values().length);

  private IcansObservations() {}

  /**
   * Any valid ICANS observation: every domain not assessed (a quarter of the time) or with any of
   * its values, including both encephalopathy tools' totals, ICE tasks, CAPD answers and "unable to
   * perform"; no attribution half the time, else any set of domains; death one time in six. About
   * one value in 31 is one of the {@link #edgeCases()}.
   */
  public static Arbitrary<IcansObservation> valid() {
    return withEdgeCases(combine(maybe(EncephalopathyScores.ice()), maybe(EncephalopathyScores.capd()),
        maybe(Arbitraries.of(Consciousness.class)), maybe(Arbitraries.of(Seizure.class)), maybe(motorFindings()),
        maybe(icpFindings()), attributions()));
  }

  /**
   * Observations in which every domain was assessed: ICE and CAPD both recorded (so the tool that
   * applies to any patient has a value), consciousness, seizure, motor and ICP each with any of its
   * values. Attributions and death as in {@link #valid()}.
   */
  public static Arbitrary<IcansObservation> fullyAssessed() {
    return combine(EncephalopathyScores.ice().map(Optional::of), EncephalopathyScores.capd().map(Optional::of),
        Arbitraries.of(Consciousness.class).map(Optional::of), Arbitraries.of(Seizure.class).map(Optional::of),
        motorFindings().map(Optional::of), icpFindings().map(Optional::of), attributions());
  }

  /**
   * Observations with at least one domain attributed to another cause (any non-empty set of
   * domains, assessed or not); every finding as in {@link #valid()}.
   */
  public static Arbitrary<IcansObservation> withAttributions() {
    return combine(maybe(EncephalopathyScores.ice()), maybe(EncephalopathyScores.capd()),
        maybe(Arbitraries.of(Consciousness.class)), maybe(Arbitraries.of(Seizure.class)), maybe(motorFindings()),
        maybe(icpFindings()), Arbitraries.of(NON_EMPTY_DOMAIN_SETS));
  }

  /**
   * Observations in which at least one domain was not assessed: consciousness, seizure, motor or
   * ICP absent, or neither ICE nor CAPD recorded (any non-empty set of the five domains is left
   * out). The others as in {@link #valid()}. A grade of such an observation can only be a lower
   * bound, unless what is missing is attributed to another cause or irrelevant to the patient.
   */
  public static Arbitrary<IcansObservation> withDomainsNotAssessed() {
    return Combinators.combine(Arbitraries.of(NON_EMPTY_DOMAIN_SETS), valid()).as((left, o) -> {
      IcansObservation.Builder b = IcansObservation.builder().from(o);
      for (IcansDomain d : left) {
        switch (d) {
          case ENCEPHALOPATHY:
            b.ice(Optional.empty()).capd(Optional.empty());
            break;
          case CONSCIOUSNESS:
            b.consciousness(Optional.empty());
            break;
          case SEIZURE:
            b.seizure(Optional.empty());
            break;
          case MOTOR:
            b.motor(Optional.empty());
            break;
          default:
            b.icp(Optional.empty());
            break;
        }
      }
      return b.build();
    });
  }

  /**
   * Every motor examination: the 16 sets of {@link MotorFinding}s, none included (examined, nothing
   * found). Tremor and myoclonus are recorded but never graded; hemiparesis and paraparesis are.
   */
  public static Arbitrary<MotorFindings> motorFindings() {
    return Arbitraries.of(AllValues.motorFindings());
  }

  /**
   * Every raised-ICP / edema assessment: the 64 sets of {@link IcpFinding}s a third of the time,
   * else no finding or one finding alone (the common cases, each seen often).
   */
  public static Arbitrary<IcpFindings> icpFindings() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(IcpFindings.none())),
        Tuple.of(1, Arbitraries.of(IcpFinding.class).map(IcpFindings::of)),
        Tuple.of(1, Arbitraries.of(AllValues.icpFindings())));
  }

  /** Domains attributed to another cause: none two times in three, else any of the 32 sets. */
  public static Arbitrary<Set<IcansDomain>> attributions() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(Set.<IcansDomain>of())),
        Tuple.of(1, Arbitraries.of(AllValues.subsets(IcansDomain.class))));
  }

  /**
   * The landmarks {@link #valid()} mixes in: nothing assessed; everything assessed and normal (ICE
   * 10, CAPD 0, alert, no seizure, no motor or ICP finding); everything at its worst; ICE 0 in an
   * unarousable patient (grade 4, unlike ICE 0 alone); death from ICANS alone.
   */
  public static List<IcansObservation> edgeCases() {
    IcansObservation normal = IcansObservation.builder().ice(IceScore.ofTotal(IceScore.MAX))
        .capd(CapdScore.ofTotal(0)).consciousness(Consciousness.ALERT).seizure(Seizure.NONE)
        .motor(MotorFindings.none()).icp(IcpFindings.none()).build();
    IcansObservation worst = IcansObservation.builder().ice(IceScore.ofTotal(0)).capd(CapdScore.unableToPerform())
        .consciousness(Consciousness.UNAROUSABLE).seizure(Seizure.PROLONGED_OR_REPETITIVE)
        .motor(MotorFindings.of(MotorFinding.values())).icp(IcpFindings.of(IcpFinding.values())).build();
    return List.of(
        IcansObservation.notAssessed(),
        normal,
        worst,
        IcansObservation.builder().ice(IceScore.ofTotal(0)).consciousness(Consciousness.UNAROUSABLE).build(),
        IcansObservation.builder().diedOfIcans(true).build());
  }

  /*
   * A few chosen edge cases instead of the product of every component's edge cases, which outnumbers
   * the tries (jqwik then logs, and spends most tries on edge cases). The chosen ones come first, so
   * that a failure shrinks towards "nothing assessed".
   */
  private static Arbitrary<IcansObservation> withEdgeCases(Arbitrary<IcansObservation> random) {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(edgeCases())),
        Tuple.of(30, random));
  }

  private static Arbitrary<IcansObservation> combine(Arbitrary<Optional<IceScore>> ice,
      Arbitrary<Optional<CapdScore>> capd, Arbitrary<Optional<Consciousness>> consciousness,
      Arbitrary<Optional<Seizure>> seizure, Arbitrary<Optional<MotorFindings>> motor,
      Arbitrary<Optional<IcpFindings>> icp, Arbitrary<Set<IcansDomain>> attributed) {
    return Combinators.combine(ice, capd, consciousness, seizure, motor, icp, attributed, died())
        .as((e, c, loc, s, m, i, a, d) -> IcansObservation.builder().ice(e).capd(c).consciousness(loc).seizure(s)
            .motor(m).icp(i).attributedToOtherCause(a).diedOfIcans(d).build())
        .withoutEdgeCases();
  }
}
