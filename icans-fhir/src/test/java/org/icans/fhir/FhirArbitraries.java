package org.icans.fhir;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.icans.model.assessment.Assessment;
import org.icans.model.patient.Patient;
import org.icans.testing.Assessments;
import org.icans.testing.CrsObservations;
import org.icans.testing.IcansObservations;
import org.icans.testing.Patients;

/**
 * icans-testing's valid assessments, narrowed to what FHIR carries exactly: identifiers a FHIR id
 * allows, days in whole minutes, and no product (the writer sends none); ages in whole years unless
 * {@code fractionalAges} (the birth date gives completed years only).
 */
final class FhirArbitraries {
  private FhirArbitraries() {}

  /** Ages in whole years (what a birth date carries exactly), or any age when {@code fractional}. */
  static Arbitrary<Patient> patients(boolean fractional) {
    return Patients.valid().map(p -> Patient.builder().from(p)
        .ageYears(fractional ? p.ageYears() : Math.floor(p.ageYears())).product(Optional.empty()).build());
  }

  /** Days in whole minutes from day -30 to day 60 (what a date-time to the second carries exactly). */
  static Arbitrary<Double> days() {
    return Arbitraries.integers().between(-30 * 1440, 60 * 1440).map(m -> m / 1440.0);
  }

  static Arbitrary<Assessment> assessments(boolean fractionalAges) {
    return Assessments.of(Arbitraries.of("PT1", "pt-2", "a.b", "P0000000042"), days(), patients(fractionalAges),
        IcansObservations.valid(), CrsObservations.valid());
  }
}
