package org.icans.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.model.patient.Patient;
import org.icans.model.patient.ProductCatalogue;

/** Every patient generated is valid, in the plausible ranges, with a product of the catalogue. */
class PatientsProperties {

  @Provide
  Arbitrary<Patient> valid() {
    return Patients.valid();
  }

  static void assertValid(Patient p) {
    Patient rebuilt = Patient.builder().ageYears(p.ageYears()).developmentalDelay(p.developmentalDelay())
        .weightKg(p.weightKg()).product(p.product()).build();
    assertEquals(p, rebuilt);
    assertTrue(p.ageYears() >= 0 && p.ageYears() <= Patient.MAX_AGE_YEARS, p::toString);
    p.weightKg().ifPresent(w -> assertTrue(w >= 0.5 && w <= 300, p::toString));
    p.product().ifPresent(product -> assertTrue(ProductCatalogue.of(product).isPresent(), p::toString));
  }

  @Property
  void everyPatientIsValid(@ForAll("valid") Patient p) {
    assertValid(p);
  }
}
