package org.icans.cli.plan;

import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icans.cli.args.Codes;
import org.icans.cli.args.Decimal;
import org.icans.cli.args.ProductName;
import org.icans.cli.args.UsageException;
import org.icans.cli.args.Whole;
import org.icans.management.CerebralEdema;
import org.icans.management.EegStatus;
import org.icans.management.SeizureStatus;
import org.icans.management.Situation;
import org.icans.model.InvalidValueException;
import org.icans.model.patient.Patient;
import org.icans.model.patient.Product;
import picocli.CommandLine.Option;

/**
 * The options that describe the clinical situation, shared by {@code plan} and {@code compare}, and
 * their translation into a {@link Situation}.
 *
 * <p>A picocli mixin of {@code plan} and {@code compare}: the options are read and typed by the
 * command line; {@link #read} checks that they go together and builds the situation.
 *
 * <p>The weight is given with its unit, {@code 70kg} or {@code 154lb} (or a plain number with
 * {@code --weight-unit kg|lb}), never a bare number: a unit is not guessed. Pounds are converted
 * exactly ({@link BodyWeight#KG_PER_LB}), and a weight outside {@value BodyWeight#MIN_KG}-{@value
 * BodyWeight#MAX_KG} kg is refused before the library is called.
 */
final class SituationOptions {
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
  private static final String WEIGHT_BOTH_ALLOWED = "a weight with its unit (70kg) or a number with "
      + WEIGHT_UNIT + " (70 " + WEIGHT_UNIT + " kg), not both";
  private static final String WEIGHT_RANGE_ALLOWED = BodyWeight.plausibleRange()
      + ", a plausible body weight (project rule [P])";

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

  @Option(names = AssessmentDay.ASSESSMENTS, paramLabel = "FILE", description = "an assessment file (contract v1) "
      + "to read the situation from, instead of the grade, age, seizure and edema options: the patient's worst day "
      + "(highest ICANS grade, then CRS grade, then the earlier day), graded once; a domain not assessed that day "
      + "stays not assessed")
  String assessments;

  @Option(names = AssessmentDay.PATIENT, paramLabel = "ID", description = "with --assessments: the patient_id to "
      + "plan for")
  String patient;

  @Option(names = AssessmentDay.DAY, paramLabel = "D", converter = Day.class, description = "with --assessments: "
      + "the day of the assessment to plan for, instead of the worst")
  Double day;

  @Option(names = ICANS_GRADE, paramLabel = "N", converter = IcansGrade.class,
      description = "the ICANS grade, 0-4 (ASTCT 2019)")
  Integer icansGrade;

  @Option(names = CRS_GRADE, paramLabel = "N", converter = CrsGrade.class,
      description = "the grade of concurrent CRS, 0-4; 0 when there is none")
  Integer crsGrade;

  @Option(names = AGE, paramLabel = "YEARS", converter = Age.class,
      description = "the age in years, 0-120 (18 and older is an adult)")
  Double age;

  // The range is BodyWeight.plausibleRange() (SituationOptionsTest checks the help says it).
  @Option(names = WEIGHT, paramLabel = "WEIGHT", description = "the actual body weight with its unit, for per-kg "
      + "doses: 70kg, 72.5kg or 154lb (kg or lb, case ignored; 1 lb = 0.45359237 kg); 0.5-300 kg (1.2-661.3 lb)")
  String weight;

  @Option(names = WEIGHT_UNIT, paramLabel = "kg|lb", converter = Units.class, description = "the unit of a "
      + "--weight given as a bare number (--weight 70 --weight-unit kg); not together with a unit in --weight")
  BodyWeight.Unit weightUnit;

  @Option(names = DEVELOPMENTAL_DELAY, description = "baseline developmental delay (the ASTCT consensus uses CAPD "
      + "at any age)")
  boolean developmentalDelay;

  @Option(names = PRODUCT, paramLabel = "NAME", converter = ProductName.class,
      completionCandidates = ProductName.class,
      description = "the product received: ${COMPLETION-CANDIDATES}")
  Product product;

  @Option(names = HOURS, paramLabel = "H", converter = Hours.class,
      description = "hours the current treatment has run without improvement (default 0)")
  Double hours;

  @Option(names = STEROID_DAYS, paramLabel = "D", converter = SteroidDays.class,
      description = "days of corticosteroid so far (default 0)")
  Integer steroidDays;

  @Option(names = SEIZURE, paramLabel = "WORD", converter = Seizures.class, completionCandidates = Seizures.class,
      description = "seizures attributed to ICANS: one of ${COMPLETION-CANDIDATES} (default not_assessed: never "
          + "taken as none)")
  SeizureStatus seizure;

  @Option(names = EEG, paramLabel = "WORD", converter = Eegs.class, completionCandidates = Eegs.class,
      description = "what the EEG shows: one of ${COMPLETION-CANDIDATES} (default not_done)")
  EegStatus eeg;

  @Option(names = EDEMA, paramLabel = "WORD", converter = Edemas.class, completionCandidates = Edemas.class,
      description = "cerebral edema: one of ${COMPLETION-CANDIDATES} (default not_assessed: never taken as none)")
  CerebralEdema edema;

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
  Given read(InputStream stdin, PrintStream err) throws UsageException {
    if (assessments != null) {
      return fromFile(stdin, err);
    }
    if (patient != null) {
      throw new UsageException(AssessmentDay.PATIENT + " is given only with " + AssessmentDay.ASSESSMENTS + " FILE");
    }
    if (day != null) {
      throw new UsageException(AssessmentDay.DAY + " is given only with " + AssessmentDay.ASSESSMENTS + " FILE");
    }
    return fromOptions();
  }

  private Given fromFile(InputStream stdin, PrintStream err) throws UsageException {
    // The options the file gives when the situation is read from an assessment file.
    Map<String, Boolean> fromFile = new java.util.LinkedHashMap<>();
    fromFile.put(ICANS_GRADE, icansGrade != null);
    fromFile.put(CRS_GRADE, crsGrade != null);
    fromFile.put(AGE, age != null);
    fromFile.put(DEVELOPMENTAL_DELAY, developmentalDelay);
    fromFile.put(SEIZURE, seizure != null);
    fromFile.put(EDEMA, edema != null);
    for (Map.Entry<String, Boolean> o : fromFile.entrySet()) {
      if (o.getValue()) {
        throw new UsageException(o.getKey() + " is not allowed with " + AssessmentDay.ASSESSMENTS
            + ": the assessment file gives it (the grades, age, developmental delay, seizures and edema)");
      }
    }
    String file = assessments;
    String id = required(AssessmentDay.PATIENT, patient, "the patient_id of " + file + " to plan for");
    BodyWeight w = weight();
    AssessmentDay.Chosen chosen = AssessmentDay.choose(file, id,
        day == null ? OptionalDouble.empty() : OptionalDouble.of(day), stdin, err);
    try {
      Situation.Builder b = Situation.from(chosen.assessment().assessment()).toBuilder().weightKg(w.kg());
      rest(b);
      return new Given(b.build(), w, Optional.of(chosen.line()));
    } catch (InvalidValueException e) {
      throw new UsageException(AssessmentDay.ASSESSMENTS + ": " + chosen.line() + ": " + e.getMessage());
    }
  }

  /** The options the file does not give: product, hours, steroid days, EEG. */
  private void rest(Situation.Builder b) {
    if (product != null) {
      b.product(product);
    }
    if (hours != null) {
      b.hoursWithoutImprovement(hours);
    }
    if (steroidDays != null) {
      b.daysOfCorticosteroid(steroidDays);
    }
    if (eeg != null) {
      b.eeg(eeg);
    }
  }

  /** The situation the grade and finding options describe. */
  private Given fromOptions() throws UsageException {
    required(ICANS_GRADE, icansGrade, "the ICANS grade, " + GRADE);
    required(CRS_GRADE, crsGrade, "the grade of concurrent CRS, " + GRADE + " (0 when there is none)");
    required(AGE, age, "the age in years, " + AGE_ALLOWED);
    required(WEIGHT, weight, "the body weight, " + WEIGHT_ALLOWED);
    Situation.Builder b = Situation.builder().icansGrade(icansGrade).crsGrade(crsGrade).ageYears(age);
    BodyWeight w = weight();
    b.weightKg(w.kg());
    if (developmentalDelay) {
      b.developmentalDelay(true);
    }
    rest(b);
    if (seizure != null) {
      b.seizure(seizure);
    }
    if (edema != null) {
      b.edema(edema);
    }
    try {
      return new Given(b.build(), w, Optional.empty());
    } catch (InvalidValueException e) {
      throw UsageException.of(e, FIELDS);
    }
  }

  private static <T> T required(String option, T value, String what) throws UsageException {
    if (value == null) {
      throw new UsageException("missing " + option + ": " + what);
    }
    return value;
  }

  /**
   * The weight of {@code --weight}: a plain decimal and its unit, {@code kg} or {@code lb} (case
   * ignored), written together ({@code 70kg}) or with one space in the same argument
   * ({@code "70 kg"}); or a plain decimal alone, with its unit in {@code --weight-unit}. Refused: a
   * bare number without {@code --weight-unit}, a unit in both places, any other unit word
   * ({@code lbs}, {@code st}), a comma, a sign, an exponent, and a weight outside the plausible
   * range once in kg.
   */
  private BodyWeight weight() throws UsageException {
    String v = required(WEIGHT, weight, "the body weight, " + WEIGHT_ALLOWED);
    int split = v.length();
    while (split > 0 && isAsciiLetter(v.charAt(split - 1))) {
      split--;
    }
    String word = v.substring(split);
    String number = v.substring(0, split);
    if (!word.isEmpty() && number.endsWith(" ")) {
      number = number.substring(0, number.length() - 1);
    }
    if (!Decimal.plain(number)) {
      throw UsageException.notAllowed(WEIGHT, v, WEIGHT_ALLOWED);
    }
    BodyWeight.Unit unit;
    if (word.isEmpty()) {
      if (weightUnit == null) {
        throw UsageException.notAllowed(WEIGHT, v, WEIGHT_ALLOWED);
      }
      unit = weightUnit;
    } else {
      if (weightUnit != null) {
        throw UsageException.notAllowed(WEIGHT, v + " with " + WEIGHT_UNIT + "=" + weightUnit.code(),
            WEIGHT_BOTH_ALLOWED);
      }
      unit = BodyWeight.Unit.of(word).orElseThrow(() -> UsageException.notAllowed(WEIGHT, v, WEIGHT_ALLOWED));
    }
    BodyWeight w = new BodyWeight(new BigDecimal(number), unit);
    if (!w.plausible()) {
      String given = UsageException.quoted(v) + (word.isEmpty() ? " with " + WEIGHT_UNIT + "=" + unit.code() : "")
          + (w.converted() ? " (" + BodyWeight.plain(w.kilograms()) + " kg)" : "");
      throw new UsageException(WEIGHT + ": " + given + " is not allowed; allowed: " + WEIGHT_RANGE_ALLOWED);
    }
    return w;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static final class IcansGrade extends Whole {
    IcansGrade() {
      super(0, Situation.MAX_GRADE, GRADE);
    }
  }

  static final class CrsGrade extends Whole {
    CrsGrade() {
      super(0, Situation.MAX_GRADE, GRADE + " (0 when there is no CRS)");
    }
  }

  static final class Age extends Decimal {
    Age() {
      super(0, false, Patient.MAX_AGE_YEARS, AGE_ALLOWED);
    }
  }

  static final class Hours extends Decimal {
    Hours() {
      super(0, false, Double.MAX_VALUE, "a plain decimal number of hours, 0 or more (for example 24)");
    }
  }

  static final class SteroidDays extends Whole {
    SteroidDays() {
      super(0, Integer.MAX_VALUE, "a whole number of days, 0 or more");
    }
  }

  static final class Day extends Decimal {
    Day() {
      super(0, false, 100000, "a day of the patient's assessments, a plain decimal 0 or more");
    }
  }

  static final class Units extends Codes<BodyWeight.Unit> {
    Units() {
      super(Reading.IGNORING_CASE, BodyWeight.Unit.values());
    }
  }

  static final class Seizures extends Codes<SeizureStatus> {
    Seizures() {
      super(SeizureStatus.values());
    }
  }

  static final class Eegs extends Codes<EegStatus> {
    Eegs() {
      super(EegStatus.values());
    }
  }

  static final class Edemas extends Codes<CerebralEdema> {
    Edemas() {
      super(CerebralEdema.values());
    }
  }
}
