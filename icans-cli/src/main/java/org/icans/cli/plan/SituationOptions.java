package org.icans.cli.plan;

import java.util.Map;
import org.icans.management.CerebralEdema;
import org.icans.management.EegStatus;
import org.icans.management.SeizureStatus;
import org.icans.management.Situation;
import org.icans.model.InvalidValueException;
import org.icans.model.patient.Patient;

/**
 * The options that describe the clinical situation, shared by {@code plan} and {@code compare}, and
 * their translation into a {@link Situation}.
 */
final class SituationOptions {
  private SituationOptions() {}

  static final String ICANS_GRADE = "--icans-grade";
  static final String CRS_GRADE = "--crs-grade";
  static final String AGE = "--age";
  static final String WEIGHT = "--weight";
  static final String PRODUCT = "--product";
  static final String HOURS = "--hours-without-improvement";
  static final String STEROID_DAYS = "--steroid-days";
  static final String SEIZURE = "--seizure";
  static final String EEG = "--eeg";
  static final String EDEMA = "--edema";

  private static final String GRADE = "an integer 0-" + Situation.MAX_GRADE;
  private static final String AGE_ALLOWED = "a plain decimal number of years, 0-" + (int) Patient.MAX_AGE_YEARS
      + " (for example 64 or 8.5)";
  private static final String WEIGHT_ALLOWED = "a plain decimal number of kg, more than 0 (for example 70 or 72.5)";
  private static final String HOURS_ALLOWED = "a plain decimal number of hours, 0 or more (for example 24)";
  private static final String DAYS_ALLOWED = "a whole number of days, 0 or more";

  /** The library's field names and the options that set them, for its refusals. */
  static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("situation.icansGrade", ICANS_GRADE),
      Map.entry("situation.crsGrade", CRS_GRADE),
      Map.entry("situation.ageYears", AGE),
      Map.entry("patient.ageYears", AGE),
      Map.entry("patient.weightKg", WEIGHT),
      Map.entry("situation.hoursWithoutImprovement", HOURS),
      Map.entry("situation.daysOfCorticosteroid", STEROID_DAYS),
      Map.entry("situation.seizure", SEIZURE),
      Map.entry("situation.eeg", EEG),
      Map.entry("situation.edema", EDEMA),
      Map.entry("product.name", PRODUCT));

  /** Adds the situation options to a command's options. */
  static Arguments.Spec addTo(Arguments.Spec spec) {
    return spec
        .value(ICANS_GRADE, "the ICANS grade, " + GRADE)
        .value(CRS_GRADE, "the grade of concurrent CRS, " + GRADE + " (0 when there is none)")
        .value(AGE, "the age in years")
        .value(WEIGHT, "the body weight in kg (per-kg doses need it)")
        .value(PRODUCT, "a product name: " + ProductCatalogue.acceptedNames())
        .value(HOURS, "hours the current treatment has run without improvement")
        .value(STEROID_DAYS, "days of corticosteroid so far")
        .value(SEIZURE, Arguments.oneOf(SeizureStatus.values(), SeizureStatus::code))
        .value(EEG, Arguments.oneOf(EegStatus.values(), EegStatus::code))
        .value(EDEMA, Arguments.oneOf(CerebralEdema.values(), CerebralEdema::code));
  }

  /** The help lines of the situation options. */
  static String help() {
    return Console.option(ICANS_GRADE + " N", "the ICANS grade, 0-4 (ASTCT 2019)")
        + Console.option(CRS_GRADE + " N", "the grade of concurrent CRS, 0-4; 0 when there is none")
        + Console.option(AGE + " YEARS", "the age in years, 0-120 (18 and older is an adult)")
        + Console.option(WEIGHT + " KG", "the actual body weight in kg, for per-kg doses")
        + Console.option(PRODUCT + " NAME", "the product received: "
            + ProductCatalogue.acceptedNames())
        + Console.option(HOURS + " H", "hours the current treatment has run without "
            + "improvement (default 0)")
        + Console.option(STEROID_DAYS + " D", "days of corticosteroid so far (default 0)")
        + Console.option(SEIZURE + " WORD", "seizures attributed to ICANS: "
            + Arguments.oneOf(SeizureStatus.values(),
                SeizureStatus::code) + " (default none)")
        + Console.option(EEG + " WORD", "what the EEG shows: "
            + Arguments.oneOf(EegStatus.values(), EegStatus::code)
            + " (default not_done)")
        + Console.option(EDEMA + " WORD", "cerebral edema: "
            + Arguments.oneOf(CerebralEdema.values(),
                CerebralEdema::code) + " (default none)");
  }

  /** The situation the options describe. */
  static Situation situation(Arguments a) throws UsageException {
    a.required(ICANS_GRADE, "the ICANS grade, " + GRADE);
    a.required(CRS_GRADE, "the grade of concurrent CRS, " + GRADE + " (0 when there is none)");
    a.required(AGE, "the age in years, " + AGE_ALLOWED);
    a.required(WEIGHT, "the body weight in kg, " + WEIGHT_ALLOWED);
    Situation.Builder b = Situation.builder()
        .icansGrade(a.integer(ICANS_GRADE, 0, Situation.MAX_GRADE, GRADE).getAsInt())
        .crsGrade(a.integer(CRS_GRADE, 0, Situation.MAX_GRADE, GRADE + " (0 when there is no CRS)").getAsInt())
        .ageYears(a.decimal(AGE, 0, false, Patient.MAX_AGE_YEARS, AGE_ALLOWED).getAsDouble())
        .weightKg(a.decimal(WEIGHT, 0, true, Double.MAX_VALUE, WEIGHT_ALLOWED).getAsDouble());
    if (a.has(PRODUCT)) {
      String name = a.value(PRODUCT).get();
      b.product(ProductCatalogue.find(name).orElseThrow(
          () -> UsageException.notAllowed(PRODUCT, name, "one of " + ProductCatalogue.acceptedNames())));
    }
    a.decimal(HOURS, 0, false, Double.MAX_VALUE, HOURS_ALLOWED).ifPresent(b::hoursWithoutImprovement);
    a.integer(STEROID_DAYS, 0, Integer.MAX_VALUE, DAYS_ALLOWED).ifPresent(b::daysOfCorticosteroid);
    a.word(SEIZURE, SeizureStatus.values(), SeizureStatus::code).ifPresent(b::seizure);
    a.word(EEG, EegStatus.values(), EegStatus::code).ifPresent(b::eeg);
    a.word(EDEMA, CerebralEdema.values(), CerebralEdema::code).ifPresent(b::edema);
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw UsageException.of(e, FIELDS);
    }
  }
}
