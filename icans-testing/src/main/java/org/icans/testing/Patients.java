package org.icans.testing;

import static org.icans.testing.Maybe.maybe;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.icans.model.patient.CataloguedProduct;
import org.icans.model.patient.Patient;
import org.icans.model.patient.Product;
import org.icans.model.patient.ProductCatalogue;

/**
 * The patient context of an assessment: age, developmental delay, weight and product. Age and
 * developmental delay choose the encephalopathy tool (the CAPD under 12 years or with developmental
 * delay, the ICE screen otherwise), so ages crowd around the 12th birthday. Built with
 * {@link Patient#builder()}, so every value is one the model accepts.
 *
 * <p>Failures shrink towards a newborn without developmental delay, weight or product.
 */
public final class Patients {
  private Patients() {}

  /**
   * Any valid patient: an age as {@link #ages()}; developmental delay half the time; weight not
   * known a quarter of the time, else as {@link #weights()}; product not known a quarter of the time,
   * else any product of the {@link ProductCatalogue}.
   */
  public static Arbitrary<Patient> valid() {
    return Combinators.combine(ages(), Arbitraries.of(false, true), maybe(weights()), maybe(products()))
        .as((age, delay, weight, product) -> {
          Patient.Builder b = Patient.builder().ageYears(age).developmentalDelay(delay).product(product);
          weight.ifPresent(b::weightKg);
          return b.build();
        })
        // Not the product of four components' edge cases; the boundary ages are mixed in by ages().
        .withoutEdgeCases();
  }

  /**
   * Ages in years from 0 to {@value Patient#MAX_AGE_YEARS}, fractions included: often at the 12-year
   * boundary of the tool choice (12.0 takes the ICE screen, the double below it the CAPD), at 18
   * and at the bounds; else anywhere from 11 to 13, or anywhere at all.
   */
  public static Arbitrary<Double> ages() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(0.0, 1.5, 11.0, 11.5, 11.99, 11.999999, Math.nextDown(12.0), 12.0,
            Math.nextUp(12.0), 12.000001, 12.01, 12.5, 13.0, 17.9, 18.0, 40.0, 119.9, Patient.MAX_AGE_YEARS)),
        Tuple.of(1, Arbitraries.doubles().between(11.0, 13.0)),
        Tuple.of(1, Arbitraries.doubles().between(0.0, Patient.MAX_AGE_YEARS)));
  }

  /**
   * Body weights in kg from 0.5 to 300, the plausible range (the model takes any positive weight;
   * {@code icans-management} refuses one outside this range as a probable unit mix-up): often at
   * the bounds and at the 30 kg and 100 kg edges of dosing bands, else anywhere in the range, to
   * two decimals.
   */
  public static Arbitrary<Double> weights() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(0.5, 3.5, 8.33, 29.99, 30.0, 70.0, 100.0, 100.01, 250.0, 300.0)),
        Tuple.of(4, Arbitraries.doubles().between(0.5, 300).ofScale(2)));
  }

  /** Every product of the {@link ProductCatalogue}: CAR T cells and bispecific antibodies. */
  public static Arbitrary<Product> products() {
    return Arbitraries.of(ProductCatalogue.all()).map(CataloguedProduct::product);
  }
}
