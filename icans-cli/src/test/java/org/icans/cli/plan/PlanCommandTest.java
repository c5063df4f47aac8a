package org.icans.cli.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.icans.management.ManagementPolicies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanCommandTest {
  private static final String[] ADULT_GRADE_3 = {"--icans-grade", "3", "--crs-grade", "0", "--age", "60",
      "--weight", "70kg"};

  static Run.Result plan(String... args) {
    return Run.run(PlanCommand.NAME, args);
  }

  static String[] with(String[] base, String... more) {
    List<String> all = new ArrayList<>(Arrays.asList(base));
    all.addAll(Arrays.asList(more));
    return all.toArray(new String[0]);
  }

  @Test
  void asco2021Grade3At70KgGivesDexamethasoneAndAWeightBasedMethylprednisolone() {
    Run.Result r = plan(with(ADULT_GRADE_3, "--policy", "asco-2021")).assertOk();
    assertTrue(r.out().startsWith("ASCO 2021 guideline (Santomasso et al.) [asco-2021]\n"), r.out());
    assertTrue(r.out().contains("  - [V] either: dexamethasone 10 mg (fixed dose, not weight-based); no ceiling stated "
        + "by this source; rule: 10 mg IV, every 6-12 h (up to 40 mg per 24 h)\n"), r.out());
    assertTrue(r.out().contains("methylprednisolone 70 mg (1 mg/kg x 70 kg)"), r.out());
    assertTrue(r.out().contains("Situation: ICANS grade 3, CRS grade 0; adult, 60 y, 70 kg"), r.out());
    assertFalse(r.out().contains("Audit of the plan"));
  }

  @Test
  void decimalsAreReadWithADotWhateverTheLocale() {
    // Surefire runs under hi_IN; the weight must still be 72.5 kg, not refused or misread (unit case ignored).
    Run.Result r = plan("--policy=asco-2021", "--icans-grade=3", "--crs-grade=0", "--age=60.5", "--weight=72.5KG")
        .assertOk();
    assertTrue(r.out().contains("methylprednisolone 72.5 mg (1 mg/kg x 72.5 kg)"), r.out());
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      // A German default locale writes 72,5: the command line still reads 72.5, and refuses 72,5.
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      Run.Result de = plan("--policy=asco-2021", "--icans-grade=3", "--crs-grade=0", "--age=60.5", "--weight=72.5kg",
          "--hours-without-improvement=24.5").assertOk();
      assertTrue(de.out().contains("methylprednisolone 72.5 mg (1 mg/kg x 72.5 kg)"), de.out());
      plan("--policy=asco-2021", "--icans-grade=3", "--crs-grade=0", "--age=60,5", "--weight=72.5kg")
          .assertUsageError("plan", "--age: '60,5' is not allowed");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void aWeightInPoundsIsPlannedInKgAndTheConversionIsShownFirst() {
    Run.Result r = plan("--policy", "asco-2021", "--icans-grade", "3", "--crs-grade", "0", "--age", "60",
        "--weight", "154lb").assertOk();
    assertTrue(r.out().startsWith("Weight: 154 lb (69.85 kg)\n\nASCO 2021 guideline (Santomasso et al.) "
        + "[asco-2021]\n"), r.out());
    assertTrue(r.out().contains("Situation: ICANS grade 3, CRS grade 0; adult, 60 y, 69.85 kg;"), r.out());
    assertTrue(r.out().contains("x 69.85 kg)"), r.out());

    Run.Result unit = plan("--policy", "asco-2021", "--icans-grade", "3", "--crs-grade", "0", "--age", "60",
        "--weight", "154", "--weight-unit", "lb").assertOk();
    assertEquals(r.out(), unit.out());

    Run.Result byDefault = plan("--icans-grade", "3", "--crs-grade", "0", "--age", "60", "--weight", "154 LB",
        "--product", "Yescarta").assertOk();
    assertTrue(byDefault.out().startsWith("Weight: 154 lb (69.85 kg)\nPolicy: asco-2021, the default for this "
        + "situation (no --policy given)\n\nASCO 2021 guideline"), byDefault.out());
  }

  @Test
  void aWeightInKgIsShownOnlyInTheSituationAndJsonIsAsTheLibraryWritesIt() {
    Run.Result kg = plan(with(ADULT_GRADE_3, "--policy", "asco-2021")).assertOk();
    assertFalse(kg.out().contains("Weight:"), kg.out());
    Run.Result json = plan("--policy", "asco-2021", "--icans-grade", "3", "--crs-grade", "0", "--age", "60",
        "--weight", "154lb", "--format", "json").assertOk();
    Run.assertJsonObject(json.out());
    assertFalse(json.out().contains("Weight:"), json.out());
    assertFalse(json.out().contains("154"), json.out());
  }

  @Test
  void developmentalDelayReachesTheSituation() {
    Run.Result r = plan(with(ADULT_GRADE_3, "--policy", "asco-2021", "--developmental-delay")).assertOk();
    assertTrue(r.out().contains("Situation: ICANS grade 3, CRS grade 0; adult, 60 y, 70 kg, developmental delay;"),
        r.out());
    assertFalse(plan(with(ADULT_GRADE_3, "--policy", "asco-2021")).assertOk().out().contains("developmental delay"));
  }

  @Test
  void withoutPolicyTheDefaultForTheProductIsUsedAndNamed() {
    Run.Result r = plan(with(ADULT_GRADE_3, "--product", "Yescarta"))
        .assertOk();
    assertTrue(r.out().startsWith("Policy: asco-2021, the default for this situation (no --policy given)\n\n"
        + "ASCO 2021 guideline"), r.out());
    Run.Result tec = plan("--icans-grade", "2", "--crs-grade", "0", "--age", "60", "--weight", "70kg",
        "--product", "teclistamab").assertOk();
    assertTrue(tec.out().startsWith("Policy: teclistamab-label, the default"), tec.out());
    Run.Result glofit = plan("--icans-grade", "2", "--crs-grade", "0", "--age", "60", "--weight", "70kg",
        "--product", "glofitamab").assertOk();
    assertTrue(glofit.out().startsWith("Policy: crombie-2024, the default"), glofit.out());
  }

  @Test
  void withoutPolicyAndWithoutADefaultTheReasonAndThePolicyIdsAreGiven() {
    plan(ADULT_GRADE_3).assertUsageError("plan", "no --policy given", "--product",
        String.join(", ", ManagementPolicies.ids()));
    plan("--icans-grade", "3", "--crs-grade", "0", "--age", "8", "--weight", "30kg", "--product", "axi-cel")
        .assertUsageError("plan", "no verified policy covers this situation", "child, 8 y", "give --policy");
  }

  @Test
  void jsonIsOneObjectNamingThePolicy() {
    Run.Result r = plan(with(ADULT_GRADE_3, "--policy", "asco-2021", "--format", "json")).assertOk();
    Run.assertJsonObject(r.out());
    assertTrue(r.out().contains("\"id\": \"asco-2021\""), r.out());
    assertTrue(r.out().endsWith("}\n"));
  }

  @Test
  void auditFollowsThePlan() {
    Run.Result text = plan(with(ADULT_GRADE_3, "--policy", "asco-2021", "--audit")).assertOk();
    int plan = text.out().indexOf("ASCO 2021 guideline");
    int audit = text.out().indexOf("Audit of the plan of asco-2021 for: ICANS grade 3");
    assertTrue(plan == 0 && audit > plan, text.out());

    Run.Result json = plan(with(ADULT_GRADE_3, "--policy", "asco-2021", "--audit", "--format=json")).assertOk();
    Run.assertJsonObject(json.out());
    assertTrue(json.out().startsWith("{\n  \"plan\": {\n    \"policy\": {"), json.out());
    assertTrue(json.out().contains("\n  \"audit\": {\n    \"policy\": \"asco-2021\","), json.out());
  }

  @Test
  void findingsAndTreatmentHistoryReachTheSituation() {
    Run.Result r = plan("--policy", "asco-2021", "--icans-grade", "4", "--crs-grade", "1", "--age", "45",
        "--weight", "80kg", "--seizure", "prolonged-or-repetitive", "--eeg", "electrographic_seizures",
        "--edema", "diffuse_or_raised_icp", "--hours-without-improvement", "24", "--steroid-days", "2")
        .assertOk();
    assertTrue(r.out().contains("no improvement for 24 h; corticosteroid 2 days; seizures: prolonged or repetitive "
        + "seizures without return to baseline; EEG: electrographic seizures; cerebral edema: diffuse edema or "
        + "raised intracranial pressure"), r.out());
  }

  @Test
  void helpIsPrintedOnStandardOutput() {
    Run.Result r = plan("--icans-grade", "9", "--help").assertOk();
    assertTrue(r.out().startsWith("Usage: icans plan [-hV] [--policy=ID] [--assessments=FILE]"), r.out());
    for (String option : new String[] {"--icans-grade=N", "--crs-grade=N", "--age=YEARS", "--weight=WEIGHT",
        "[--weight-unit=kg|lb]", "[--developmental-delay]", "--product=NAME", "--hours-without-improvement=H",
        "--steroid-days=D", "--seizure=WORD", "--eeg=WORD", "--edema=WORD", "--format=text|json", "[--audit]",
        "--patient=ID", "--day=D"}) {
      assertTrue(r.out().contains(option), option + " in: " + r.out());
    }
    assertTrue(r.out().replaceAll("\\s+", " ").contains("--developmental-delay baseline developmental delay (the "
        + "ASTCT consensus uses CAPD at any age)"), r.out());
    assertTrue(r.out().replaceAll("\\s+", " ").contains("1 lb = 0.45359237 kg"), r.out());
    assertTrue(r.out().contains("Exit status:"), r.out());
    assertTrue(r.out().contains("not medical advice"));
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(new String[] {"--bogus"}, new String[] {"unknown option '--bogus'", "--policy", "--audit"}),
        Arguments.of(with(ADULT_GRADE_3, "--policy"), new String[] {"--policy needs a value", "asco-2021"}),
        Arguments.of(new String[] {"--weight", "--age", "3"}, new String[] {"--weight needs a value"}),
        Arguments.of(with(ADULT_GRADE_3, "--audit=yes"), new String[] {"--audit takes no value"}),
        Arguments.of(with(ADULT_GRADE_3, "extra"), new String[] {"unexpected argument 'extra'"}),
        Arguments.of(with(ADULT_GRADE_3, "--age", "61"), new String[] {"--age given twice ('60' and '61')"}),
        Arguments.of(new String[] {"--crs-grade", "0", "--age", "60", "--weight", "70kg"},
            new String[] {"missing --icans-grade", "0-4"}),
        Arguments.of(new String[] {"--icans-grade", "1", "--crs-grade", "0", "--age", "60"},
            new String[] {"missing --weight"}),
        Arguments.of(new String[] {"--icans-grade", "5", "--crs-grade", "0", "--age", "60", "--weight", "70kg"},
            new String[] {"--icans-grade: '5' is not allowed; allowed: an integer 0-4"}),
        Arguments.of(new String[] {"--icans-grade", "2.0", "--crs-grade", "0", "--age", "60", "--weight", "70kg"},
            new String[] {"--icans-grade: '2.0' is not allowed"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "60", "--weight", "70,5kg"},
            new String[] {"--weight: '70,5kg' is not allowed; allowed: a weight with its unit, 70kg or 154lb (or a "
                + "number with --weight-unit kg|lb)"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "60", "--weight", "1e2kg"},
            new String[] {"--weight: '1e2kg' is not allowed"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "60", "--weight", "0kg"},
            new String[] {"--weight: '0kg' is not allowed", "0.5-300 kg"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "60", "--weight", "70"},
            new String[] {"--weight: '70' is not allowed; allowed: a weight with its unit, 70kg or 154lb (or a "
                + "number with --weight-unit kg|lb)"}),
        Arguments.of(with(ADULT_GRADE_3, "--weight-unit", "kg"),
            new String[] {"--weight: '70kg with --weight-unit=kg' is not allowed", "not both"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "60", "--weight", "70st"},
            new String[] {"--weight: '70st' is not allowed; allowed: a weight with its unit"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "60", "--weight", "154lbs"},
            new String[] {"--weight: '154lbs' is not allowed; allowed: a weight with its unit"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "60", "--weight", "0.1kg"},
            new String[] {"--weight: '0.1kg' is not allowed; allowed: 0.5-300 kg (1.2-661.3 lb), a plausible body "
                + "weight (project rule [P])"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "60", "--weight", "1000kg"},
            new String[] {"--weight: '1000kg' is not allowed; allowed: 0.5-300 kg"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "60", "--weight", "700lb"},
            new String[] {"--weight: '700lb' (317.51 kg) is not allowed; allowed: 0.5-300 kg (1.2-661.3 lb)"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "60", "--weight", "-70kg"},
            new String[] {"--weight: '-70kg' is not allowed; allowed: a weight with its unit"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "60", "--weight", "70",
            "--weight-unit", "stone"},
            new String[] {"--weight-unit: 'stone' is not allowed; allowed: one of kg, lb"}),
        Arguments.of(with(ADULT_GRADE_3, "--developmental-delay=yes"),
            new String[] {"--developmental-delay takes no value, got '--developmental-delay=yes'"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "-1", "--weight", "70kg"},
            new String[] {"--age: '-1' is not allowed", "0-120"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "NaN", "--weight", "70kg"},
            new String[] {"--age: 'NaN' is not allowed"}),
        Arguments.of(with(ADULT_GRADE_3, "--hours-without-improvement", "12h"),
            new String[] {"--hours-without-improvement: '12h' is not allowed"}),
        Arguments.of(with(ADULT_GRADE_3, "--steroid-days", "1.5"),
            new String[] {"--steroid-days: '1.5' is not allowed; allowed: a whole number of days"}),
        Arguments.of(with(ADULT_GRADE_3, "--policy", "nice-2020"),
            new String[] {"--policy: 'nice-2020' is not allowed; allowed: one of asco-2021, cartox-2018"}),
        Arguments.of(with(ADULT_GRADE_3, "--product", "kymriahh"),
            new String[] {"--product: 'kymriahh' is not allowed", "tisagenlecleucel (Kymriah, tisa-cel)",
                "teclistamab"}),
        Arguments.of(with(ADULT_GRADE_3, "--seizure", "mild"),
            new String[] {"--seizure: 'mild' is not allowed; allowed: one of not_assessed, attributed_to_other_cause, none, seizure_resolved,"}),
        Arguments.of(with(ADULT_GRADE_3, "--eeg", "slow"), new String[] {"--eeg: 'slow'", "not_done"}),
        Arguments.of(with(ADULT_GRADE_3, "--edema", "Focal"), new String[] {"--edema: 'Focal'", "focal"}),
        Arguments.of(new String[] {"--policy", "asco-2021", "--icans-grade", "2", "--crs-grade", "0", "--age", "60",
            "--weight", "70kg", "--seizure", "seizure_resolved"},
            new String[] {"--icans-grade: '2 with --seizure=seizure_resolved' is not allowed; allowed: an ICANS "
                + "grade of 3-4"}),
        Arguments.of(with(ADULT_GRADE_3, "--format", "xml"),
            new String[] {"--format: 'xml' is not allowed; allowed: one of text, json"}));
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void usageErrorsNameTheOptionAndExitWith1(String[] args, String[] fragments) {
    plan(args).assertUsageError("plan", fragments);
  }

  @Test
  void aPolicyOutsideItsScopeIsRefusedNamingThePoliciesThatAddressThePatient() {
    plan(with(ADULT_GRADE_3, "--policy", "crombie-2024", "--product", "axi-cel")).assertUsageError("plan",
        "crombie-2024 does not address this patient", "outside this source's scope",
        "Policies that address this patient: asco-2021");
  }
}
