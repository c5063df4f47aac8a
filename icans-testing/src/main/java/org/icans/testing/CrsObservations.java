package org.icans.testing;

import static org.icans.testing.Maybe.died;
import static org.icans.testing.Maybe.maybe;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.CrsSign;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.crs.OxygenSupport;

/**
 * CRS observations: what one assessment found of cytokine release syndrome, as the ASTCT 2019 CRS
 * grade uses it. Built with {@link CrsObservation#builder()}, so every value is one the model
 * accepts.
 *
 * <p>{@link #valid()} covers the whole space the model accepts: the highest temperature not measured
 * or anywhere from {@value CrsObservation#MIN_TEMPERATURE_C} to {@value CrsObservation#MAX_TEMPERATURE_C}
 * C; fever masked by treatment or not; hypotension not assessed or any {@link Hypotension} (unknown
 * support included); oxygen not assessed or any {@link OxygenSupports#valid() support}; any set of
 * the three {@linkplain CrsSign signs} attributed to another cause, recorded or not (the model
 * accepts both); death from CRS or not. The other arbitraries are parts of that space, each built to
 * its promise rather than filtered out of it.
 *
 * <p>Failures shrink towards {@link CrsObservation#notAssessed()}, and within an element towards not
 * assessed, then its first value (25 C, no hypotension, room air).
 */
public final class CrsObservations {
  private static final List<Set<CrsSign>> NON_EMPTY_SIGN_SETS =
      AllValues.subsets(CrsSign.class).subList(1, 1 << CrsSign.values().length);

  private CrsObservations() {}

  /**
   * Any valid CRS observation: temperature, hypotension and oxygen each not assessed (a quarter of
   * the time) or with any of their values, the temperature often at the 38.0 C fever threshold;
   * fever masked half the time; no attribution three times in four, else any set of signs; death
   * one time in six. About one value in 31 is one of the {@link #edgeCases()}.
   */
  public static Arbitrary<CrsObservation> valid() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(edgeCases())),
        Tuple.of(30, combine(maybe(temperatures()), maybe(Arbitraries.of(Hypotension.class)),
            maybe(OxygenSupports.valid()), attributions())));
  }

  /**
   * Observations in which temperature, hypotension and oxygen were all assessed, each with any of its
   * values; masking, attributions and death as in {@link #valid()}.
   */
  public static Arbitrary<CrsObservation> fullyAssessed() {
    return combine(temperatures().map(Optional::of), Arbitraries.of(Hypotension.class).map(Optional::of),
        OxygenSupports.valid().map(Optional::of), attributions());
  }

  /**
   * Observations with at least one sign attributed to another cause (any non-empty set of signs,
   * recorded or not); every element as in {@link #valid()}.
   */
  public static Arbitrary<CrsObservation> withAttributions() {
    return combine(maybe(temperatures()), maybe(Arbitraries.of(Hypotension.class)),
        maybe(OxygenSupports.valid()), Arbitraries.of(NON_EMPTY_SIGN_SETS));
  }

  /**
   * Observations in which at least one sign was not assessed: the temperature not measured, or
   * hypotension or oxygen not assessed (any non-empty set of the three signs is left out); the
   * others as in {@link #valid()}.
   */
  public static Arbitrary<CrsObservation> withSignsNotAssessed() {
    return Combinators.combine(Arbitraries.of(NON_EMPTY_SIGN_SETS), valid()).as((left, o) -> {
      CrsObservation.Builder b = CrsObservation.builder().from(o);
      for (CrsSign s : left) {
        switch (s) {
          case FEVER:
            b.temperatureCelsius(OptionalDouble.empty());
            break;
          case HYPOTENSION:
            b.hypotension(Optional.empty());
            break;
          default:
            b.oxygen(Optional.empty());
            break;
        }
      }
      return b.build();
    });
  }

  /**
   * Highest temperatures in degrees Celsius, {@value CrsObservation#MIN_TEMPERATURE_C} to
   * {@value CrsObservation#MAX_TEMPERATURE_C}: often at the bounds and at the 38.0 C fever threshold
   * (38.0 is fever, the double below it is not), else anywhere in the range.
   */
  public static Arbitrary<Double> temperatures() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(CrsObservation.MIN_TEMPERATURE_C, 36.8, 37.0, 37.9, 37.99, Math.nextDown(38.0),
            38.0, Math.nextUp(38.0), 38.01, 38.5, 39.0, 40.5, CrsObservation.MAX_TEMPERATURE_C)),
        Tuple.of(1, Arbitraries.doubles().between(CrsObservation.MIN_TEMPERATURE_C,
            CrsObservation.MAX_TEMPERATURE_C)));
  }

  /** Signs attributed to another cause: none three times in four, else any of the 8 sets. */
  public static Arbitrary<Set<CrsSign>> attributions() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(Set.<CrsSign>of())),
        Tuple.of(1, Arbitraries.of(AllValues.subsets(CrsSign.class))));
  }

  /**
   * The landmarks {@link #valid()} mixes in: nothing assessed; afebrile (37.9 C) on room air with no
   * hypotension; fever (38.0 C) alone; masked fever alone; everything at its worst (45 C, several
   * vasopressors, mechanical ventilation).
   */
  public static List<CrsObservation> edgeCases() {
    return List.of(
        CrsObservation.notAssessed(),
        CrsObservation.builder().temperatureCelsius(37.9).hypotension(Hypotension.NONE)
            .oxygen(OxygenSupport.roomAir()).build(),
        CrsObservation.builder().temperatureCelsius(38.0).build(),
        CrsObservation.builder().feverMasked(true).build(),
        CrsObservation.builder().temperatureCelsius(CrsObservation.MAX_TEMPERATURE_C)
            .hypotension(Hypotension.MULTIPLE_VASOPRESSORS)
            .oxygen(OxygenSupport.of(OxygenDevice.MECHANICAL_VENTILATION)).build());
  }

  private static Arbitrary<CrsObservation> combine(Arbitrary<Optional<Double>> temperature,
      Arbitrary<Optional<Hypotension>> hypotension, Arbitrary<Optional<OxygenSupport>> oxygen,
      Arbitrary<Set<CrsSign>> attributed) {
    return Combinators.combine(temperature, Arbitraries.of(false, true), hypotension, oxygen, attributed, died())
        .as((t, masked, h, o, a, d) -> {
          CrsObservation.Builder b = CrsObservation.builder().feverMasked(masked).hypotension(h).oxygen(o)
              .attributedToOtherCause(a).diedOfCrs(d);
          t.ifPresent(b::temperatureCelsius);
          return b.build();
        })
        // Not the product of six components' edge cases, which outnumbers the tries.
        .withoutEdgeCases();
  }
}
