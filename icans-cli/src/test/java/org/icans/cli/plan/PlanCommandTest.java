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
      "--weight", "70"};

  static Run.Result plan(String... args) {
    return Run.run(PlanCommand::run, args);
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
    assertTrue(r.out().contains("  - [V] either: dexamethasone 10 mg; rule: 10 mg IV, every 6-12 h (up to 40 mg per "
        + "24 h)\n"), r.out());
    assertTrue(r.out().contains("methylprednisolone 70 mg (1 mg/kg x 70 kg)"), r.out());
    assertTrue(r.out().contains("Situation: ICANS grade 3, CRS grade 0; adult, 60 y, 70 kg"), r.out());
    assertFalse(r.out().contains("Audit of the plan"));
  }

  @Test
  void decimalsAreReadWithADotWhateverTheLocale() {
    // Surefire runs under hi_IN; the weight must still be 72.5 kg, not refused or misread.
    Run.Result r = plan("--policy=asco-2021", "--icans-grade=3", "--crs-grade=0", "--age=60.5", "--weight=72.5")
        .assertOk();
    assertTrue(r.out().contains("methylprednisolone 72.5 mg (1 mg/kg x 72.5 kg)"), r.out());
  }

  @Test
  void withoutPolicyTheDefaultForTheProductIsUsedAndNamed() {
    Run.Result r = plan(with(ADULT_GRADE_3, "--product", "Yescarta"))
        .assertOk();
    assertTrue(r.out().startsWith("Policy: asco-2021, the default for this situation (no --policy given)\n\n"
        + "ASCO 2021 guideline"), r.out());
    Run.Result tec = plan("--icans-grade", "2", "--crs-grade", "0", "--age", "60", "--weight", "70",
        "--product", "teclistamab").assertOk();
    assertTrue(tec.out().startsWith("Policy: teclistamab-label, the default"), tec.out());
    Run.Result glofit = plan("--icans-grade", "2", "--crs-grade", "0", "--age", "60", "--weight", "70",
        "--product", "glofitamab").assertOk();
    assertTrue(glofit.out().startsWith("Policy: crombie-2024, the default"), glofit.out());
  }

  @Test
  void withoutPolicyAndWithoutADefaultTheReasonAndThePolicyIdsAreGiven() {
    plan(ADULT_GRADE_3).assertUsageError("plan", "no --policy given", "--product",
        String.join(", ", ManagementPolicies.ids()));
    plan("--icans-grade", "3", "--crs-grade", "0", "--age", "8", "--weight", "30", "--product", "axi-cel")
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
        "--weight", "80", "--seizure", "prolonged-or-repetitive", "--eeg", "electrographic_seizures",
        "--edema", "diffuse_or_raised_icp", "--hours-without-improvement", "24", "--steroid-days", "2")
        .assertOk();
    assertTrue(r.out().contains("no improvement for 24 h; corticosteroid 2 days; seizures: prolonged or repetitive "
        + "seizures without return to baseline; EEG: electrographic seizures; cerebral edema: diffuse edema or "
        + "raised intracranial pressure"), r.out());
  }

  @Test
  void helpIsPrintedOnStandardOutput() {
    Run.Result r = plan("--icans-grade", "9", "--help").assertOk();
    assertTrue(r.out().startsWith("Usage: icans plan [--policy ID] --icans-grade N"), r.out());
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
        Arguments.of(new String[] {"--crs-grade", "0", "--age", "60", "--weight", "70"},
            new String[] {"missing --icans-grade", "0-4"}),
        Arguments.of(new String[] {"--icans-grade", "1", "--crs-grade", "0", "--age", "60"},
            new String[] {"missing --weight"}),
        Arguments.of(new String[] {"--icans-grade", "5", "--crs-grade", "0", "--age", "60", "--weight", "70"},
            new String[] {"--icans-grade: '5' is not allowed; allowed: an integer 0-4"}),
        Arguments.of(new String[] {"--icans-grade", "2.0", "--crs-grade", "0", "--age", "60", "--weight", "70"},
            new String[] {"--icans-grade: '2.0' is not allowed"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "60", "--weight", "70,5"},
            new String[] {"--weight: '70,5' is not allowed; allowed: a plain decimal number"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "60", "--weight", "1e2"},
            new String[] {"--weight: '1e2' is not allowed"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "60", "--weight", "0"},
            new String[] {"--weight: '0' is not allowed", "more than 0"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "-1", "--weight", "70"},
            new String[] {"--age: '-1' is not allowed", "0-120"}),
        Arguments.of(new String[] {"--icans-grade", "3", "--crs-grade", "0", "--age", "NaN", "--weight", "70"},
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
            new String[] {"--seizure: 'mild' is not allowed; allowed: one of none, seizure_resolved,"}),
        Arguments.of(with(ADULT_GRADE_3, "--eeg", "slow"), new String[] {"--eeg: 'slow'", "not_done"}),
        Arguments.of(with(ADULT_GRADE_3, "--edema", "Focal"), new String[] {"--edema: 'Focal'", "focal"}),
        Arguments.of(new String[] {"--policy", "asco-2021", "--icans-grade", "2", "--crs-grade", "0", "--age", "60",
            "--weight", "70", "--seizure", "seizure_resolved"},
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
  void aPlanOutsideThePolicysScopeSaysSo() {
    Run.Result r = plan(with(ADULT_GRADE_3, "--policy", "crombie-2024", "--product", "axi-cel")).assertOk();
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("outside this source's scope"), r.out());
  }
}
