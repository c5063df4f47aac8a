package org.icans.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;

/**
 * Bedside assessments: one patient's clinical situation on one day, who (an identifier and the
 * patient context), when (the day relative to the first infusion) and what was found of ICANS and
 * of CRS. Built with {@link Assessment#builder()}, so every value is one the model accepts.
 *
 * <p>Failures shrink towards the first identifier on day 0, a newborn with nothing assessed.
 */
public final class Assessments {
  private Assessments() {}

  /**
   * Any valid assessment: an identifier as {@link #patientIds()}, a day as {@link #days()}, a
   * patient as {@link Patients#valid()}, ICANS and CRS findings as {@link IcansObservations#valid()}
   * and {@link CrsObservations#valid()}.
   */
  public static Arbitrary<Assessment> valid() {
    return of(patientIds(), days(), Patients.valid(), IcansObservations.valid(), CrsObservations.valid());
  }

  /**
   * Assessments from these parts, for a narrower space (ages in whole years, ICANS only, ...). Every
   * value is valid if every identifier is non-blank and every day finite and -30 or later, as those
   * of {@link #patientIds()} and {@link #days()} are.
   */
  public static Arbitrary<Assessment> of(Arbitrary<String> patientIds, Arbitrary<Double> days,
      Arbitrary<Patient> patients, Arbitrary<IcansObservation> icans, Arbitrary<CrsObservation> crs) {
    return Combinators.combine(Objects.requireNonNull(patientIds, "patientIds"), Objects.requireNonNull(days, "days"),
        Objects.requireNonNull(patients, "patients"), Objects.requireNonNull(icans, "icans"),
        Objects.requireNonNull(crs, "crs"))
        .as((id, day, patient, i, c) -> Assessment.builder().patientId(id).day(day).patient(patient).icans(i).crs(c)
            .build())
        .withoutEdgeCases();
  }

  /**
   * One patient's course: 1 to 14 assessments with the same identifier and patient context, on
   * distinct half days from day -30 to day 60, in no particular order (as records arrive), each
   * with its own ICANS and CRS findings as in {@link #valid()}.
   */
  public static Arbitrary<List<Assessment>> courses() {
    Arbitrary<List<Integer>> halfDays = Arbitraries.integers().between(2 * (int) Assessment.MIN_DAY, 2 * 60)
        .list().uniqueElements().ofMinSize(1).ofMaxSize(14);
    Arbitrary<List<IcansObservation>> icans = IcansObservations.valid().list().ofSize(14);
    Arbitrary<List<CrsObservation>> crs = CrsObservations.valid().list().ofSize(14);
    return Combinators.combine(patientIds(), Patients.valid(), halfDays, icans, crs)
        .as((id, patient, days, i, c) -> {
          List<Assessment> course = new ArrayList<>(days.size());
          for (int k = 0; k < days.size(); k++) {
            course.add(Assessment.builder().patientId(id).day(days.get(k) / 2.0).patient(patient).icans(i.get(k))
                .crs(c.get(k)).build());
          }
          return List.copyOf(course);
        })
        .withoutEdgeCases();
  }

  /**
   * Patient identifiers as source systems write them: plain codes most of the time, else any
   * identifier starting with a letter or digit and holding spaces, punctuation, commas, quotes or
   * non-ASCII letters (which a CSV or JSON writer must escape). Never blank.
   */
  public static Arbitrary<String> patientIds() {
    Arbitrary<String> plain = Arbitraries.of("PT001", "P1", "pt-2", "a.b", "P0000000042", "MRN 12345");
    Arbitrary<String> any = Combinators.combine(Arbitraries.chars().alpha().numeric(),
        Arbitraries.strings().alpha().numeric().withChars(" -_.,;'\"/#éüß").ofMaxLength(19))
        .as((first, rest) -> first + rest);
    return Arbitraries.frequencyOf(Tuple.of(3, plain), Tuple.of(1, any));
  }

  /**
   * Days relative to the first infusion (day 0), from {@value Assessment#MIN_DAY} (lymphodepletion)
   * on: often whole days of the first month and the bounds of the usual follow-up, else any day from
   * -30 to 60 to two decimals (several assessments a day), sometimes up to ten years.
   */
  public static Arbitrary<Double> days() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(0.0, Assessment.MIN_DAY, -1.0, 0.5, 1.0, 2.0, 3.0, 5.0, 7.0, 14.0, 21.0, 28.0,
            30.0, 90.0, 365.0)),
        Tuple.of(3, Arbitraries.doubles().between(Assessment.MIN_DAY, 60.0)),
        Tuple.of(1, Arbitraries.doubles().between(Assessment.MIN_DAY, 3650.0)));
  }
}
