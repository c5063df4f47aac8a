package org.icans.management.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.icans.management.CerebralEdema;
import org.icans.management.EegStatus;
import org.icans.management.SeizureStatus;
import org.icans.management.Situation;
import org.icans.model.patient.Product;
import org.icans.testing.Patients;

/**
 * Situations over the whole input space of the issue: weights 0.5-300 kg, ages 0-100, ICANS and CRS
 * grades 0-4, hours without improvement 0-72 (0 and 24 as edge cases), 0-20 days of corticosteroid,
 * every seizure, EEG and edema finding the grade allows, and every product of the catalogue (or none).
 */
public final class ManagementArbitraries {
  private ManagementArbitraries() {}

  /*
   * Boundary values are mixed in by frequency rather than as jqwik edge cases: the edge cases of
   * seven combined arbitraries would outnumber the tries (and jqwik says so in the build log).
   */

  /**
   * Weights in kg over the whole plausible range 0.5-300 (SAFE-WEIGHT), often at the limits, the
   * 30-kg band edge and the 100-kg tocilizumab cap edge: icans-testing's patient weights.
   */
  public static Arbitrary<Double> weights() {
    return Patients.weights().withoutEdgeCases();
  }

  /** Ages in years, 0-100, often at the limits and the 18-year scope edge. */
  public static Arbitrary<Double> ages() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(0.0, 17.9, 18.0, 100.0)),
        Tuple.of(9, Arbitraries.doubles().between(0, 100).ofScale(1))).withoutEdgeCases();
  }

  /** Any situation: one of the five grades, each with its own consistent findings. */
  public static Arbitrary<Situation> situations() {
    List<Arbitrary<Situation>> byGrade = new ArrayList<>();
    for (int g = 0; g <= 4; g++) {
      byGrade.add(situationsAtGrade(g));
    }
    return Arbitraries.oneOf(byGrade).withoutEdgeCases();
  }

  /** Situations at one ICANS grade. */
  public static Arbitrary<Situation> situationsAtGrade(int grade) {
    Arbitrary<Integer> crs = Arbitraries.integers().between(0, 4);
    Arbitrary<Double> hours = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of(0.0, 23.9, 24.0)), Tuple.of(6, Arbitraries.doubles().between(0, 72).ofScale(1)));
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 20);
    Arbitrary<SeizureStatus> seizure = Arbitraries.of(allowed(SeizureStatus.values(), grade));
    Arbitrary<EegStatus> eeg = Arbitraries.of(allowed(EegStatus.values(), grade));
    Arbitrary<CerebralEdema> edema = Arbitraries.of(allowed(CerebralEdema.values(), grade));
    Arbitrary<Object[]> patient = Combinators.combine(ages(), weights(), products())
        .as((a, w, p) -> new Object[] {a, w, p});
    return Combinators.combine(crs, hours, days, seizure, eeg, edema, patient).as((c, h, d, s, e, x, p) -> {
          Situation.Builder b = Situation.builder().icansGrade(grade).crsGrade(c).hoursWithoutImprovement(h)
              .daysOfCorticosteroid(d).seizure(s).eeg(e).edema(x).ageYears((Double) p[0]).weightKg((Double) p[1]);
          @SuppressWarnings("unchecked")
          Optional<Product> product = (Optional<Product>) p[2];
          product.ifPresent(b::product);
          return b.build();
        }).withoutEdgeCases();
  }

  /** No product one time in eight, else any product of the catalogue (icans-testing), CAR T cells and bispecifics. */
  public static Arbitrary<Optional<Product>> products() {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.<Product>empty())),
        Tuple.of(7, Patients.products().map(Optional::of)));
  }

  private static <E extends Enum<E>> List<E> allowed(E[] values, int grade) {
    List<E> out = new ArrayList<>();
    for (E v : values) {
      int min = v instanceof SeizureStatus ? ((SeizureStatus) v).minimumGrade()
          : v instanceof EegStatus ? ((EegStatus) v).minimumGrade() : ((CerebralEdema) v).minimumGrade();
      if (grade >= min) {
        out.add(v);
      }
    }
    return out;
  }
}
