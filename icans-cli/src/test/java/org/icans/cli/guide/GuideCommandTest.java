package org.icans.cli.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icans.cli.plan.Run;
import org.junit.jupiter.api.Test;

class GuideCommandTest {
  private static final String[] PATIENT = {"--product", "axi-cel", "--infusion-date", "2025-07-01", "--centre",
      "City Hospital", "--contact", "555 0100"};

  static Run.Result guide(String... args) {
    return Run.run(GuideCommand.NAME, args);
  }

  static String[] patient(String... more) {
    String[] all = new String[PATIENT.length + more.length];
    System.arraycopy(PATIENT, 0, all, 0, PATIENT.length);
    System.arraycopy(more, 0, all, PATIENT.length, more.length);
    return all;
  }

  @Test
  void aSeizureIsAnEmergency() {
    Run.Result r = guide("--symptoms", "headache,seizure").assertOk();
    assertTrue(r.out().startsWith("ICANS symptom check: Emergency: call 911 now\n"), r.out());
    assertTrue(r.out().contains("- A seizure: seizures can happen in severe ICANS. Call 911"), r.out());
  }

  /** docs/clinical-commands.md: these codes are read ignoring case, spaces and hyphens ({@code LenientCodes}). */
  @Test
  void theGuideCodesAreReadAsPeopleTypeThem() {
    assertEquals(guide("--symptoms", "severe_headache").assertOk().out(),
        guide("--symptoms", "severe-headache").assertOk().out());
    assertEquals(guide("--differential", "aphasia", "--format", "markdown").assertOk().out(),
        guide("--differential", " Aphasia ", "--format", "MARKDOWN").assertOk().out());
    assertEquals(guide(patient("--card", "--label-era", "after_rems_removal")).assertOk().out(),
        guide(patient("--card", "--label-era", "After-REMS-removal")).assertOk().out());
  }

  @Test
  void aTemperatureIsJudgedAgainstTheFeverThreshold() {
    Run.Result fever = guide("--temperature", "38.4C").assertOk();
    assertTrue(fever.out().contains("Temperature 38.4 °C (101.2 °F): this is a fever"), fever.out());
    Run.Result none = guide("--temperature", "99.5F").assertOk();
    assertTrue(none.out().startsWith("ICANS symptom check: Keep watching"), none.out());
    assertTrue(none.out().contains("not a fever"), none.out());
  }

  @Test
  void theWalletCardNamesThePatientsTreatmentAndTheDrivingAdviceOfItsEra() {
    Run.Result r = guide(patient("--card", "--label-era", "after_rems_removal", "--name", "A. Patient")).assertOk();
    assertTrue(r.out().startsWith("ICANS wallet card\n"), r.out());
    assertTrue(r.out().contains("City Hospital"), r.out());
    assertTrue(r.out().contains("The 2 weeks end on 15 July 2025."), r.out());
    Run.Result rems = guide(patient("--card", "--label-era", "rems", "--format", "markdown")).assertOk();
    assertTrue(rems.out().startsWith("# ICANS wallet card\n"), rems.out());
    assertTrue(rems.out().contains("Do not drive for 8 weeks after your infusion. The 8 weeks end on 26 August 2025."),
        rems.out());
  }

  @Test
  void severalDocumentsFollowEachOtherInAFixedOrder() {
    Run.Result r = guide(patient("--sheet", "--card", "--symptoms", "confusion", "--differential", "aphasia",
        "--format", "markdown")).assertOk();
    int triage = r.out().indexOf("# ICANS symptom check");
    int card = r.out().indexOf("\n\n# ICANS wallet card\n");
    int sheet = r.out().indexOf("\n\n# ", card + 3);
    int differential = r.out().indexOf("\n\n# Before calling it ICANS: aphasia\n");
    assertTrue(triage == 0 && card > triage && sheet > card && differential > sheet, r.out());
    assertTrue(r.out().contains("555 0100"), "the triage names the care team");
  }

  @Test
  void theDifferentialListsWhatToRuleOut() {
    Run.Result r = guide("--differential", "aphasia,focal-weakness").assertOk();
    assertTrue(r.out().startsWith("Before calling it ICANS: aphasia"), r.out());
    assertTrue(r.out().contains("[ ] Acute ischemic stroke"), r.out());
  }

  @Test
  void nothingAskedPrintsTheUsageAndExitsWith1() {
    Run.Result r = guide("--format", "markdown");
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("icans guide: nothing asked: give --symptoms, --temperature, --card, --sheet or "
        + "--differential\n\nUsage: icans guide"), r.err());
  }

  @Test
  void usageErrorsNameTheOption() {
    guide("--card").assertUsageError("guide", "--card needs the patient: missing --product, --infusion-date, "
        + "--centre, --contact");
    guide("--sheet", "--product", "Yescarta", "--centre", "X").assertUsageError("guide",
        "--sheet needs the patient: missing --infusion-date, --contact");
    guide("--symptoms", "fever", "--product", "Yescarta").assertUsageError("guide", "the patient options needs the "
        + "patient: missing --infusion-date");
    guide("--symptoms", "fits").assertUsageError("guide", "--symptoms: 'fits' is not allowed; allowed: one of seizure,");
    guide("--symptoms", "fever,").assertUsageError("guide", "--symptoms: 'fever,' is not allowed");
    guide("--temperature", "38,4C").assertUsageError("guide", "--temperature: '38,4C' is not allowed; allowed: a "
        + "number with a decimal point and C or F");
    guide("--temperature", "50C").assertUsageError("guide", "--temperature: '50.0 °C' is not allowed");
    guide("--differential", "stroke").assertUsageError("guide", "--differential: 'stroke' is not allowed; allowed: "
        + "one of aphasia,");
    guide("--differential", "aphasia", "--format", "html").assertUsageError("guide",
        "--format: 'html' is not allowed; allowed: one of text, markdown");
    guide(patient("--card", "--label-era", "2024")).assertUsageError("guide",
        "--label-era: '2024' is not allowed; allowed: one of rems, after_rems_removal");
    guide("--card", "--product", "nivolumab", "--infusion-date", "2025-07-01", "--centre", "C", "--contact", "1")
        .assertUsageError("guide", "--product: 'nivolumab' is not allowed; allowed: one of axicabtagene");
    guide("--card", "--product", "axi-cel", "--infusion-date", "2025-02-30", "--centre", "C", "--contact", "1")
        .assertUsageError("guide", "--infusion-date: '2025-02-30' is not allowed; allowed: a date that exists");
    guide("--card", "--product", "axi-cel", "--infusion-date", "1/7/2025", "--centre", "C", "--contact", "1")
        .assertUsageError("guide", "--infusion-date: '1/7/2025' is not allowed");
    guide("--card", "--product", "axi-cel", "--infusion-date", "2025-07-01", "--centre", " ", "--contact", "1")
        .assertUsageError("guide", "--centre: ' ' is not allowed");
    guide("--card", "--product", "axi-cel", "--infusion-date", "0001-01-01", "--centre", "C", "--contact", "1")
        .assertUsageError("guide", "--infusion-date: '0001-01-01' is not allowed; allowed: a date that exists, "
            + "written YYYY-MM-DD (for example 2025-07-01), from 2010-01-01 to 2099-12-31");
    guide("--sheet", "--product", "axi-cel", "--infusion-date", "2100-01-01", "--centre", "C", "--contact", "1")
        .assertUsageError("guide", "--infusion-date: '2100-01-01' is not allowed");
    guide("--symptoms", "SEIZURE").assertUsageError("guide", "--symptoms: 'SEIZURE' is not allowed; allowed: one of "
        + "seizure, ", "(codes are lower case)");
    guide("--symptoms", "fever,Confusion").assertUsageError("guide", "--symptoms: 'Confusion' is not allowed");
    guide("--card=yes").assertUsageError("guide", "--card takes no value");
    guide("--symptom", "fever").assertUsageError("guide", "unknown option '--symptom'");
  }

  @Test
  void help() {
    Run.Result r = guide("--card", "--help").assertOk();
    assertTrue(r.out().startsWith("Usage: icans guide [-hV] [--symptoms=WORD,...]"), r.out());
    for (String option : new String[] {"--temperature", "--card", "--sheet", "--differential", "--format",
        "--product", "--infusion-date", "--centre", "--contact", "--label-era", "--name"}) {
      assertTrue(r.out().contains(option), option);
    }
  }
}
