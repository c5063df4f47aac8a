package org.icans.guidance;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.icans.model.patient.LabelEra;
import org.icans.model.patient.Product;
import org.icans.model.patient.ProductCatalogue;
import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;
import org.icans.testing.Patients;

/** Shared generators for the guidance properties. */
final class GuidanceArbitraries {
  private GuidanceArbitraries() {}

  /**
   * Names outside the product catalogue, as a centre may write them: a brand name with the
   * nonproprietary name in brackets, and an investigational product.
   */
  private static final Product[] NOT_CATALOGUED = {
    Product.of("Carvykti (ciltacabtagene autoleucel)", TherapyModality.CAR_T_CELL, TargetAntigen.BCMA),
    Product.of("investigational CD19 CAR T", TherapyModality.CAR_T_CELL, TargetAntigen.CD19),
  };

  static Arbitrary<BodyTemperature> temperatures() {
    Arbitrary<BodyTemperature> c = Arbitraries.doubles().between(25, 45).ofScale(2).map(BodyTemperature::celsius);
    Arbitrary<BodyTemperature> f = Arbitraries.doubles().between(77, 113).ofScale(2).map(BodyTemperature::fahrenheit);
    Arbitrary<BodyTemperature> edges = Arbitraries.of(BodyTemperature.celsius(38), BodyTemperature.celsius(37.99),
        BodyTemperature.fahrenheit(100.4), BodyTemperature.fahrenheit(100.39));
    return Arbitraries.oneOf(c, f, edges);
  }

  /**
   * Free text as a centre, a contact or a name may hold it, with Markdown characters. Square
   * brackets are left out: "[9]" at the end of a wrapped line would read as a source marker to the
   * checker (the Markdown escaping of brackets is tested on its own).
   */
  static Arbitrary<String> oneLineText() {
    return Arbitraries.strings().withChars("abcXYZ019 +-()*_#<>|`\\.&é").ofMinLength(1).ofMaxLength(30)
        .filter(s -> !s.isBlank());
  }

  static Arbitrary<PatientContext> contexts() {
    // Every product of the catalogue (icans-testing), and names the catalogue does not know.
    Arbitrary<Product> product = Arbitraries.frequencyOf(Tuple.of(5, Patients.products()),
        Tuple.of(1, Arbitraries.of(NOT_CATALOGUED)));
    Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 4000).map(d -> LocalDate.of(2017, 8, 30).plusDays(d));
    Arbitrary<Optional<String>> name = oneLineText().optional(0.5);
    Arbitrary<Optional<LabelEra>> era = Arbitraries.of(LabelEra.class).optional(0.8);
    return Combinators.combine(product, date, oneLineText(), oneLineText(), name, era).as(PatientContext::new);
  }

  static PatientContext sampleContext() {
    return PatientContext.builder().product(ProductCatalogue.AXICABTAGENE_CILOLEUCEL.product()).infusionDate(LocalDate.of(2025, 9, 3))
        .treatingCentre("Riverside Cancer Centre").contact("+1 555 0100").labelEra(LabelEra.AFTER_REMS_REMOVAL)
        .build();
  }
}
