package org.icans.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.icans.model.evidence.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The triage against the lists of the patient education sheet (seed 003). Each row: the sheet's
 * words, the symptom code, the urgency the sheet gives, and the section of the sheet it comes from.
 */
class SymptomTriageTest {

  /** The sheet's "When should I call my care team?" list, item by item, and "Call 911 ... if ...". */
  @ParameterizedTest(name = "sheet: \"{0}\" -> {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Fever (100.4 F/38 C or higher)                  | fever                       | call_care_team_now | When should I call my care team?
      Confusion                                       | confusion                   | call_care_team_now | When should I call my care team?
      Severe headache                                 | severe_headache             | call_care_team_now | When should I call my care team?
      Shaking or twitching (tremor)                   | tremor                      | call_care_team_now | When should I call my care team?
      Severe nausea or vomiting                       | severe_nausea_or_vomiting   | call_care_team_now | When should I call my care team?
      Difficulty talking                              | difficulty_talking          | call_care_team_now | When should I call my care team?
      Difficulty waking up or staying awake           | difficulty_waking           | emergency          | What can I do to prevent or minimize ICANS?
      Weakness                                        | weakness                    | call_care_team_now | When should I call my care team?
      problems with walking or balance                | walking_or_balance_problems | call_care_team_now | When should I call my care team?
      Seizures                                        | seizure                     | emergency          | What can I do to prevent or minimize ICANS?
      Loss of muscle control                          | loss_of_muscle_control      | call_care_team_now | When should I call my care team?
      symptoms of ICANS, including headache           | headache                    | call_care_team_now | What can I do to treat or manage ICANS at home?
      restlessness                                    | restlessness                | call_care_team_now | What can I do to treat or manage ICANS at home?
      changes in behavior or emotions                 | behaviour_change            | call_care_team_now | What can I do to treat or manage ICANS at home?
      see things that aren't there                    | seeing_things               | call_care_team_now | What should I know about ICANS?
      have extreme excitement                         | extreme_excitement          | call_care_team_now | What should I know about ICANS?
      signs of fever, such as chills or shivering, sweating | chills_or_sweating    | tell_care_team     | What can I do to prevent or minimize ICANS?
      """)
  void eachSheetItemHasItsUrgencyAndSource(String sheetWords, String code, String urgency, String section) {
    Symptom s = Symptom.fromCode(code);
    Triage t = SymptomTriage.triage(s);
    assertEquals(Urgency.fromCode(urgency), t.urgency(), sheetWords);
    assertEquals(Urgency.fromCode(urgency), s.urgency(), sheetWords);
    assertTrue(locators(s.sources()).contains(section), () -> code + " cites " + locators(s.sources()));
    assertEquals(1, t.reasons().size());
    assertTrue(t.reasons().get(0).text().startsWith(s.label() + ": "), t.reasons().get(0).text());
  }

  /** Several symptoms: the most urgent decides. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      seizure,headache                         | emergency
      confusion,difficulty_waking,tremor       | emergency
      chills_or_sweating,confusion             | call_care_team_now
      chills_or_sweating                       | tell_care_team
      headache,tremor,weakness                 | call_care_team_now
      fever,chills_or_sweating                 | call_care_team_now
      """)
  void theMostUrgentSymptomDecides(String codes, String urgency) {
    Triage t = SymptomTriage.triage(SymptomReport.ofCodes(Arrays.asList(codes.split(","))));
    assertEquals(Urgency.fromCode(urgency), t.urgency());
    assertEquals(codes.split(",").length, t.reasons().size());
  }

  @Test
  void nothingNoticedIsKeepWatching() {
    Triage t = SymptomTriage.triage(SymptomReport.of());
    assertEquals(Urgency.KEEP_WATCHING, t.urgency());
    assertTrue(t.reasons().isEmpty());
    assertTrue(t.instructions().get(0).text().startsWith("No warning sign now"));
  }

  /** The sheet's fever threshold, 100.4 °F / 38 °C or higher, in either unit. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      38.0C   | call_care_team_now
      38C     | call_care_team_now
      37.9C   | keep_watching
      37.99 C | keep_watching
      40.1 °C | call_care_team_now
      100.4F  | call_care_team_now
      100.3 F | keep_watching
      102 F   | call_care_team_now
      """)
  void aMeasuredFeverIsAFever(String reading, String urgency) {
    Triage t = SymptomTriage.triage(SymptomReport.of().withTemperature(BodyTemperature.parse(reading)));
    assertEquals(Urgency.fromCode(urgency), t.urgency());
    assertEquals(1, t.reasons().size());
    assertTrue(t.reasons().get(0).text().startsWith("Temperature "), t.reasons().get(0).text());
  }

  @Test
  void aReportedFeverStandsEvenWithANormalReading() {
    Triage t = SymptomTriage.triage(SymptomReport.of(Symptom.FEVER).withTemperature(BodyTemperature.celsius(37.2)));
    assertEquals(Urgency.CALL_CARE_TEAM_NOW, t.urgency());
    assertEquals(2, t.reasons().size());
    assertTrue(t.reasons().get(1).text().contains("not a fever"), t.reasons().get(1).text());
  }

  @Test
  void onlyTheDecidingSymptomsCarryTheAction() {
    Triage t = SymptomTriage.triage(Symptom.SEIZURE, Symptom.HEADACHE);
    assertEquals("A seizure: seizures can happen in severe ICANS. Call 911 and go to the emergency "
        + "department right away.", t.reasons().get(0).text());
    assertEquals("Headache: this can be an early sign of ICANS, which can get worse quickly.",
        t.reasons().get(1).text());
  }

  @Test
  void reasonsComeMostUrgentFirst() {
    Triage t = SymptomTriage.triage(Symptom.CHILLS_OR_SWEATING, Symptom.TREMOR, Symptom.DIFFICULTY_WAKING);
    assertTrue(t.reasons().get(0).text().startsWith("Being hard to wake up"));
    assertTrue(t.reasons().get(1).text().startsWith("Shaking or twitching"));
    assertTrue(t.reasons().get(2).text().startsWith("Chills"));
  }

  @Test
  void emergencyInstructionsCall911AndShowTheCard() {
    List<GuidanceLine> lines = SymptomTriage.triage(Symptom.SEIZURE).instructions();
    assertTrue(lines.get(0).text().startsWith("Call 911"));
    assertTrue(lines.get(1).text().contains("wallet card"));
    assertEquals(GuidanceSources.SHEET_PREVENT, lines.get(0).sources().get(0));
  }

  /** "How can I tell if my ICANS is getting better?", all four items. */
  @Test
  void signsOfImprovementAreTheSheets() {
    List<String> texts = new ArrayList<>();
    for (GuidanceLine l : SymptomTriage.signsOfImprovement()) {
      texts.add(l.text());
      assertEquals(List.of(GuidanceSources.SHEET_GETTING_BETTER), l.sources());
    }
    assertEquals(List.of("Less confusion.", "Less difficulty staying awake.",
        "Improvement in shaking or twitching (tremor).", "Improvement of headache."), texts);
  }

  @Test
  void theTriageDocumentNamesTheCareTeamWhenKnown() {
    PatientContext c = PatientContext.of(org.icans.model.patient.Product.of("tisagenlecleucel",
        org.icans.model.patient.TherapyModality.CAR_T_CELL, org.icans.model.patient.TargetAntigen.CD19),
        java.time.LocalDate.of(2025, 1, 6), "North Clinic", "555-0199");
    String text = SymptomTriage.triage(Symptom.CONFUSION).document(c).render(TextFormat.TEXT);
    assertTrue(text.contains("North Clinic, 555-0199"), text);
    assertFalse(SymptomTriage.triage(Symptom.CONFUSION).document().render(TextFormat.TEXT).contains("North"));
    assertTrue(RenderedCitations.problems(text, TextFormat.TEXT).isEmpty());
  }

  private static List<String> locators(List<Citation> sources) {
    List<String> l = new ArrayList<>();
    for (Citation c : sources) {
      assertEquals("SEED003", c.key());
      l.add(c.locator());
    }
    return l;
  }
}
