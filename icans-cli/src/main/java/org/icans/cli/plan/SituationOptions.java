package org.icans.cli.plan;

import java.util.OptionalDouble;
import java.io.PrintStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.icans.management.CerebralEdema;
import org.icans.management.EegStatus;
import org.icans.management.SeizureStatus;
import org.icans.management.Situation;
import org.icans.model.InvalidValueException;
import org.icans.model.patient.Patient;
import org.icans.model.patient.CataloguedProduct;
import org.icans.model.patient.ProductCatalogue;

/**
 * The options that describe the clinical situation, shared by {@code plan} and {@code compare}, and
 * their translation into a {@link Situation}.
 *
 * <p>The weight is given with its unit, {@code 70kg} or {@code 154lb} (or a plain number with
 * {@code --weight-unit kg|lb}), never a bare number: a unit is not guessed. Pounds are converted
 * exactly ({@link BodyWeight#KG_PER_LB}), and a weight outside {@value BodyWeight#MIN_KG}-{@value
 * BodyWeight#MAX_KG} kg is refused before the library is called.
 */
final class SituationOptions {
  private SituationOptions() {}

  static final String ICANS_GRADE = "--icans-grade";
  static final String CRS_GRADE = "--crs-grade";
  static final String AGE = "--age";
  static final String WEIGHT = "--weight";
  static final String WEIGHT_UNIT = "--weight-unit";
  static final String DEVELOPMENTAL_DELAY = "--developmental-delay";
  static final String PRODUCT = "--product";
  static final String HOURS = "--hours-without-improvement";
  static final String STEROID_DAYS = "--steroid-days";
  static final String SEIZURE = "--seizure";
  static final String EEG = "--eeg";
  static final String EDEMA = "--edema";

  private static final String GRADE = "an integer 0-" + Situation.MAX_GRADE;
  private static final String AGE_ALLOWED = "a plain decimal number of years, 0-" + (int) Patient.MAX_AGE_YEARS
      + " (for example 64 or 8.5)";
  private static final String WEIGHT_ALLOWED =
      "a weight with its unit, 70kg or 154lb (or a number with " + WEIGHT_UNIT + " kg|lb)";
  private static final String WEIGHT_UNIT_ALLOWED = "one of kg, lb (case ignored)";
  private static final String WEIGHT_BOTH_ALLOWED = "a weight with its unit (70kg) or a number with "
      + WEIGHT_UNIT + " (70 " + WEIGHT_UNIT + " kg), not both";
  private static final String WEIGHT_RANGE_ALLOWED = BodyWeight.plausibleRange()
      + ", a plausible body weight (project rule [P])";
  private static final String DEVELOPMENTAL_DELAY_HELP =
      "baseline developmental delay (the ASTCT consensus uses CAPD at any age)";
  private static final String HOURS_ALLOWED = "a plain decimal number of hours, 0 or more (for example 24)";
  private static final String DAYS_ALLOWED = "a whole number of days, 0 or more";

  /** The library's field names and the options that set them, for its refusals. */
  static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("situation.icansGrade", ICANS_GRADE),
      Map.entry("situation.crsGrade", CRS_GRADE),
      Map.entry("situation.ageYears", AGE),
      Map.entry("patient.ageYears", AGE),
      Map.entry("situation.weightKg", WEIGHT),
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
        .value(WEIGHT, WEIGHT_ALLOWED)
        .value(WEIGHT_UNIT, "the unit of a --weight given as a number, kg or lb")
        .flag(DEVELOPMENTAL_DELAY)
        .value(PRODUCT, "a product name: " + ProductCatalogue.acceptedNames())
        .value(HOURS, "hours the current treatment has run without improvement")
        .value(STEROID_DAYS, "days of corticosteroid so far")
        .value(SEIZURE, Arguments.oneOf(SeizureStatus.values(), SeizureStatus::code))
        .value(EEG, Arguments.oneOf(EegStatus.values(), EegStatus::code))
        .value(EDEMA, Arguments.oneOf(CerebralEdema.values(), CerebralEdema::code))
        .value(AssessmentDay.ASSESSMENTS, "an assessment file (contract v1) to read the situation from")
        .value(AssessmentDay.PATIENT, "the patient_id whose assessments give the situation")
        .value(AssessmentDay.DAY, "the day of the assessment to plan for (default: the worst day)");
  }

  /** The options the file gives when the situation is read from an assessment file. */
  private static final String[] FROM_FILE = {"--icans-grade", "--crs-grade", "--age", "--developmental-delay",
      "--seizure", "--edema"};

  /** The help lines of the situation options. */
  static String help() {
    return Console.option(AssessmentDay.ASSESSMENTS + " FILE", "read the situation from an assessment file "
            + "(contract v1) instead of the grade, age, seizure and edema options: the patient's worst day "
            + "(highest ICANS grade, then CRS grade, then the earlier day), graded once; a domain not assessed "
            + "that day stays not assessed")
        + Console.option(AssessmentDay.PATIENT + " ID", "with --assessments: the patient_id to plan for")
        + Console.option(AssessmentDay.DAY + " D", "with --assessments: plan for this day instead of the worst")
        + Console.option(ICANS_GRADE + " N", "the ICANS grade, 0-4 (ASTCT 2019)")
        + Console.option(CRS_GRADE + " N", "the grade of concurrent CRS, 0-4; 0 when there is none")
        + Console.option(AGE + " YEARS", "the age in years, 0-120 (18 and older is an adult)")
        + Console.option(WEIGHT + " WEIGHT", "the actual body weight with its unit, for per-kg doses: 70kg, "
            + "72.5kg or 154lb (kg or lb, case ignored; 1 lb = 0.45359237 kg); " + BodyWeight.plausibleRange())
        + Console.option(WEIGHT_UNIT + " kg|lb", "the unit of a --weight given as a bare number "
            + "(--weight 70 --weight-unit kg); not together with a unit in --weight")
        + Console.option(DEVELOPMENTAL_DELAY, DEVELOPMENTAL_DELAY_HELP)
        + Console.option(PRODUCT + " NAME", "the product received: "
            + ProductCatalogue.acceptedNames())
        + Console.option(HOURS + " H", "hours the current treatment has run without "
            + "improvement (default 0)")
        + Console.option(STEROID_DAYS + " D", "days of corticosteroid so far (default 0)")
        + Console.option(SEIZURE + " WORD", "seizures attributed to ICANS: "
            + Arguments.oneOf(SeizureStatus.values(),
                SeizureStatus::code) + " (default not_assessed: never taken as none)")
        + Console.option(EEG + " WORD", "what the EEG shows: "
            + Arguments.oneOf(EegStatus.values(), EegStatus::code)
            + " (default not_done)")
        + Console.option(EDEMA + " WORD", "cerebral edema: "
            + Arguments.oneOf(CerebralEdema.values(),
                CerebralEdema::code) + " (default not_assessed: never taken as none)");
  }

  /**
   * What the options give: the situation, and the weight as it was written.
   *
   * @param situation the situation, with the weight in kg
   * @param weight the weight as given, for the line that shows a conversion
   */
  record Given(Situation situation, BodyWeight weight, Optional<String> assessmentLine) {
    /**
     * {@code Weight: 154 lb (69.85 kg)} when the weight was converted, so that the reader sees what
     * was typed beside the kilograms the plan uses; empty for a weight given in kg.
     */
    Optional<String> conversionLine() {
      return weight.converted() ? Optional.of("Weight: " + weight.display()) : Optional.empty();
    }

    /** The lines printed before the plan: which assessment it is for, and a weight conversion. */
    String preface() {
      StringBuilder s = new StringBuilder();
      assessmentLine.ifPresent(l -> s.append(l).append('\n'));
      conversionLine().ifPresent(l -> s.append(l).append('\n'));
      return s.length() == 0 ? "" : s.append('\n').toString();
    }
  }

  /**
   * The situation the options describe, with the weight as it was given: from the grade and
   * finding options, or with {@code --assessments FILE --patient ID [--day D]} from what was
   * observed on the patient's worst day (or that day), the file giving grades, age, developmental
   * delay, seizures and edema, and the options the rest.
   */
  static Given read(Arguments a, InputStream stdin, PrintStream err) throws UsageException {
    if (a.has(AssessmentDay.ASSESSMENTS)) {
      return fromFile(a, stdin, err);
    }
    for (String o : new String[] {AssessmentDay.PATIENT, AssessmentDay.DAY}) {
      if (a.has(o)) {
        throw new UsageException(o + " is given only with " + AssessmentDay.ASSESSMENTS + " FILE");
      }
    }
    return read(a);
  }

  private static Given fromFile(Arguments a, InputStream stdin, PrintStream err) throws UsageException {
    for (String o : FROM_FILE) {
      if (a.has(o)) {
        throw new UsageException(o + " is not allowed with " + AssessmentDay.ASSESSMENTS
            + ": the assessment file gives it (the grades, age, developmental delay, seizures and edema)");
      }
    }
    String file = a.value(AssessmentDay.ASSESSMENTS).get();
    String patient = a.required(AssessmentDay.PATIENT, "the patient_id of " + file + " to plan for");
    OptionalDouble day = a.decimal(AssessmentDay.DAY, 0, false, 100000, "a day of the patient's assessments, "
        + "a plain decimal 0 or more");
    BodyWeight weight = weight(a);
    AssessmentDay.Chosen chosen = AssessmentDay.choose(file, patient, day, stdin, err);
    try {
      Situation.Builder b = Situation.from(chosen.assessment().assessment()).toBuilder().weightKg(weight.kg());
      rest(a, b);
      return new Given(b.build(), weight, Optional.of(chosen.line()));
    } catch (InvalidValueException e) {
      throw new UsageException(AssessmentDay.ASSESSMENTS + ": " + chosen.line() + ": " + e.getMessage());
    }
  }

  /** The options the file does not give: product, hours, steroid days, EEG. */
  private static void rest(Arguments a, Situation.Builder b) throws UsageException {
    if (a.has(PRODUCT)) {
      String name = a.value(PRODUCT).get();
      b.product(ProductCatalogue.find(name).map(CataloguedProduct::product).orElseThrow(
          () -> UsageException.notAllowed(PRODUCT, name, "one of " + ProductCatalogue.acceptedNames())));
    }
    a.decimal(HOURS, 0, false, Double.MAX_VALUE, HOURS_ALLOWED).ifPresent(b::hoursWithoutImprovement);
    a.integer(STEROID_DAYS, 0, Integer.MAX_VALUE, DAYS_ALLOWED).ifPresent(b::daysOfCorticosteroid);
    a.word(EEG, EegStatus.values(), EegStatus::code).ifPresent(b::eeg);
  }

  /** The situation the grade and finding options describe. */
  static Given read(Arguments a) throws UsageException {
    a.required(ICANS_GRADE, "the ICANS grade, " + GRADE);
    a.required(CRS_GRADE, "the grade of concurrent CRS, " + GRADE + " (0 when there is none)");
    a.required(AGE, "the age in years, " + AGE_ALLOWED);
    a.required(WEIGHT, "the body weight, " + WEIGHT_ALLOWED);
    Situation.Builder b = Situation.builder()
        .icansGrade(a.integer(ICANS_GRADE, 0, Situation.MAX_GRADE, GRADE).getAsInt())
        .crsGrade(a.integer(CRS_GRADE, 0, Situation.MAX_GRADE, GRADE + " (0 when there is no CRS)").getAsInt())
        .ageYears(a.decimal(AGE, 0, false, Patient.MAX_AGE_YEARS, AGE_ALLOWED).getAsDouble());
    BodyWeight weight = weight(a);
    b.weightKg(weight.kg());
    if (a.flag(DEVELOPMENTAL_DELAY)) {
      b.developmentalDelay(true);
    }
    rest(a, b);
    a.word(SEIZURE, SeizureStatus.values(), SeizureStatus::code).ifPresent(b::seizure);
    a.word(EDEMA, CerebralEdema.values(), CerebralEdema::code).ifPresent(b::edema);
    try {
      return new Given(b.build(), weight, Optional.empty());
    } catch (InvalidValueException e) {
      throw UsageException.of(e, FIELDS);
    }
  }

  /**
   * The weight of {@code --weight}: a plain decimal and its unit, {@code kg} or {@code lb} (case
   * ignored), written together ({@code 70kg}) or with one space in the same argument
   * ({@code "70 kg"}); or a plain decimal alone, with its unit in {@code --weight-unit}. Refused: a
   * bare number without {@code --weight-unit}, a unit in both places, any other unit word
   * ({@code lbs}, {@code st}), a comma, a sign, an exponent, and a weight outside the plausible
   * range once in kg.
   */
  static BodyWeight weight(Arguments a) throws UsageException {
    String v = a.required(WEIGHT, "the body weight, " + WEIGHT_ALLOWED);
    int split = v.length();
    while (split > 0 && isAsciiLetter(v.charAt(split - 1))) {
      split--;
    }
    String word = v.substring(split);
    String number = v.substring(0, split);
    if (!word.isEmpty() && number.endsWith(" ")) {
      number = number.substring(0, number.length() - 1);
    }
    if (!Arguments.plainDecimal(number)) {
      throw UsageException.notAllowed(WEIGHT, v, WEIGHT_ALLOWED);
    }
    Optional<String> unitOption = a.value(WEIGHT_UNIT);
    BodyWeight.Unit unit;
    if (word.isEmpty()) {
      if (unitOption.isEmpty()) {
        throw UsageException.notAllowed(WEIGHT, v, WEIGHT_ALLOWED);
      }
      String u = unitOption.get();
      unit = BodyWeight.Unit.of(u).orElseThrow(() -> UsageException.notAllowed(WEIGHT_UNIT, u, WEIGHT_UNIT_ALLOWED));
    } else {
      if (unitOption.isPresent()) {
        throw UsageException.notAllowed(WEIGHT, v + " with " + WEIGHT_UNIT + "=" + unitOption.get(),
            WEIGHT_BOTH_ALLOWED);
      }
      unit = BodyWeight.Unit.of(word).orElseThrow(() -> UsageException.notAllowed(WEIGHT, v, WEIGHT_ALLOWED));
    }
    BodyWeight weight = new BodyWeight(new BigDecimal(number), unit);
    if (!weight.plausible()) {
      String given = UsageException.quoted(v) + (word.isEmpty() ? " with " + WEIGHT_UNIT + "=" + unitOption.get() : "")
          + (weight.converted() ? " (" + BodyWeight.plain(weight.kilograms()) + " kg)" : "");
      throw new UsageException(WEIGHT + ": " + given + " is not allowed; allowed: " + WEIGHT_RANGE_ALLOWED);
    }
    return weight;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
