package org.icans.cli.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icans.cli.args.UsageException;
import org.icans.model.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The situation options: the weight with its unit (never guessed), its range, developmental delay. */
class SituationOptionsTest {
  private static final String WEIGHT_ALLOWED =
      "allowed: a weight with its unit, 70kg or 154lb (or a number with --weight-unit kg|lb)";
  private static final String RANGE_ALLOWED =
      "allowed: 0.5-300 kg (1.2-661.3 lb), a plausible body weight (project rule [P])";

  private static String[] adultGrade3(String... more) {
    List<String> args = new ArrayList<>(List.of("--icans-grade", "3", "--crs-grade", "0", "--age", "60"));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  /** The situation of an adult with grade 3 ICANS and these further options, as plan reads it. */
  private static SituationOptions.Given read(String... more) throws UsageException {
    PlanCommand plan = new PlanCommand();
    new CommandLine(plan).parseArgs(adultGrade3(more));
    return plan.situation.read(InputStream.nullInputStream(), System.err);
  }

  /** The message of plan's refusal of these further options, without the prefix and the hint. */
  private static String refusal(String... more) {
    Run.Result r = Run.run(PlanCommand.NAME, adultGrade3(more)).assertUsageError(PlanCommand.NAME);
    return r.err().substring("icans plan: ".length(), r.err().length() - "\nTry 'icans --help'.\n".length());
  }

  @ParameterizedTest(name = "--weight {0} is {1} kg")
  @CsvSource({
    "70kg, 70",
    "72.5kg, 72.5",
    "72.5KG, 72.5",
    "70Kg, 70",
    "'70 kg', 70",
    "007kg, 7",
    "0.5kg, 0.5",
    "300kg, 300",
    "154lb, 69.85322498",
    "154LB, 69.85322498",
    "'154 lb', 69.85322498",
    "1.2lb, 0.544310844",
    "661.3lb, 299.960634281",
  })
  void aWeightWithItsUnitReachesTheSituationInKg(String weight, String kg) throws UsageException {
    assertEquals(new BigDecimal(kg).doubleValue(), read("--weight", weight).situation().weightKg().getAsDouble());
  }

  @Test
  void poundsConvertAtExactly045359237KgPerPound() throws UsageException {
    SituationOptions.Given g = read("--weight", "154lb");
    double kg = g.situation().weightKg().getAsDouble();
    assertEquals(69.85322498, kg, 0.0);
    assertEquals("69.853225", String.format(java.util.Locale.ROOT, "%.6f", kg));
    assertEquals(Optional.of("Weight: 154 lb (69.85 kg)"), g.conversionLine());
    assertEquals(new BigDecimal("0.45359237"), new BodyWeight(BigDecimal.ONE, BodyWeight.Unit.LB).kilograms());
  }

  @Test
  void aWeightInKgNeedsNoConversionLine() throws UsageException {
    assertEquals(Optional.empty(), read("--weight", "70kg").conversionLine());
    assertEquals(Optional.empty(), read("--weight", "70", "--weight-unit", "kg").conversionLine());
  }

  @Test
  void aBareNumberTakesItsUnitFromWeightUnit() throws UsageException {
    assertEquals(70.0, read("--weight", "70", "--weight-unit", "kg").situation().weightKg().getAsDouble());
    assertEquals(72.5, read("--weight=72.5", "--weight-unit=KG").situation().weightKg().getAsDouble());
    SituationOptions.Given lb = read("--weight", "154", "--weight-unit", "lb");
    assertEquals(69.85322498, lb.situation().weightKg().getAsDouble(), 0.0);
    assertEquals(Optional.of("Weight: 154 lb (69.85 kg)"), lb.conversionLine());
  }

  @Test
  void aBareNumberWithoutWeightUnitIsRefusedNotGuessed() {
    assertEquals("--weight: '70' is not allowed; " + WEIGHT_ALLOWED, refusal("--weight", "70"));
    assertEquals("--weight: '154' is not allowed; " + WEIGHT_ALLOWED, refusal("--weight", "154"));
  }

  @Test
  void aUnitInBothPlacesIsRefused() {
    assertEquals("--weight: '70kg with --weight-unit=kg' is not allowed; allowed: a weight with its unit (70kg) "
        + "or a number with --weight-unit (70 --weight-unit kg), not both",
        refusal("--weight", "70kg", "--weight-unit", "kg"));
    assertTrue(refusal("--weight", "154lb", "--weight-unit", "kg").startsWith(
        "--weight: '154lb with --weight-unit=kg' is not allowed"));
  }

  @ParameterizedTest(name = "--weight ''{0}'' is refused")
  @ValueSource(strings = {"70st", "154lbs", "70kgs", "70 pounds", "70g", "70kilo", "70,5kg", "70,5", "-70kg", "+70kg",
      "1e2kg", "1E2", ".5kg", "70.kg", "70kg ", " 70kg", "70  kg", "70\tkg", "kg", "", "NaNkg", "Infinitylb",
      "٧٠kg", "70 kg lb", "70kglb"})
  void anythingElseIsRefusedNamingTheValueAndWhatIsAllowed(String weight) {
    assertEquals("--weight: '" + weight + "' is not allowed; " + WEIGHT_ALLOWED, refusal("--weight", weight));
  }

  @Test
  void anUnknownWeightUnitIsRefused() {
    assertEquals("--weight-unit: 'st' is not allowed; allowed: one of kg, lb (case ignored)",
        refusal("--weight", "70", "--weight-unit", "st"));
    assertEquals("--weight-unit: 'lbs' is not allowed; allowed: one of kg, lb (case ignored)",
        refusal("--weight", "70", "--weight-unit", "lbs"));
  }

  @Test
  void aWeightOutsideThePlausibleRangeIsRefusedWithItsUnitAndTheRange() {
    assertEquals("--weight: '0.1kg' is not allowed; " + RANGE_ALLOWED, refusal("--weight", "0.1kg"));
    assertEquals("--weight: '1000kg' is not allowed; " + RANGE_ALLOWED, refusal("--weight", "1000kg"));
    assertEquals("--weight: '0kg' is not allowed; " + RANGE_ALLOWED, refusal("--weight", "0kg"));
    assertEquals("--weight: '700lb' (317.51 kg) is not allowed; " + RANGE_ALLOWED, refusal("--weight", "700lb"));
    assertEquals("--weight: '700' with --weight-unit=lb (317.51 kg) is not allowed; " + RANGE_ALLOWED,
        refusal("--weight", "700", "--weight-unit", "lb"));
    assertEquals("--weight: '1000' with --weight-unit=kg is not allowed; " + RANGE_ALLOWED,
        refusal("--weight", "1000", "--weight-unit", "kg"));
  }

  @ParameterizedTest(name = "--weight {0} is just outside the range")
  @ValueSource(strings = {"0.49kg", "0.49999999kg", "300.01kg", "300.00000001kg", "1.1lb", "661.4lb",
      "99999999999999999999999kg"})
  void theRangeIsExactAtBothEnds(String weight) {
    assertTrue(refusal("--weight", weight).endsWith(RANGE_ALLOWED), weight);
  }

  @Test
  void theRangeIsOneConstantAndThePoundRangeIsRoundedInward() {
    assertEquals("0.5-300 kg (1.2-661.3 lb)", BodyWeight.plausibleRange());
    // The help states the range in an annotation, which cannot call plausibleRange(): it must agree.
    assertTrue(Run.run(PlanCommand.NAME, "--help").out().replaceAll("\\s+", "")
        .contains(BodyWeight.plausibleRange().replaceAll("\\s+", "")), "plan --help");
    assertTrue(new BodyWeight(new BigDecimal("1.2"), BodyWeight.Unit.LB).plausible());
    assertTrue(new BodyWeight(new BigDecimal("661.3"), BodyWeight.Unit.LB).plausible());
    assertFalse(new BodyWeight(new BigDecimal("1.1"), BodyWeight.Unit.LB).plausible());
    assertFalse(new BodyWeight(new BigDecimal("661.4"), BodyWeight.Unit.LB).plausible());
  }

  @Test
  void theLibrarysWeightRefusalsNameTheWeightOption() {
    assertEquals("--weight", SituationOptions.FIELDS.get("situation.weightKg"));
    assertEquals("--weight", SituationOptions.FIELDS.get("patient.weightKg"));
    assertEquals("--weight: '317.51' is not allowed; allowed: 0.5-300 kg", UsageException.of(
        new InvalidValueException("situation.weightKg", "317.51", "0.5-300 kg"), SituationOptions.FIELDS).getMessage());
  }

  @Test
  void developmentalDelayIsAFlag() throws UsageException {
    assertTrue(read("--weight", "30kg", "--developmental-delay").situation().patient().developmentalDelay());
    assertFalse(read("--weight", "30kg").situation().patient().developmentalDelay());
    assertEquals("--developmental-delay takes no value, got '--developmental-delay=yes'",
        refusal("--weight", "30kg", "--developmental-delay=yes"));
    assertEquals("--developmental-delay given twice; give it once",
        refusal("--weight", "30kg", "--developmental-delay", "--developmental-delay"));
  }
}
