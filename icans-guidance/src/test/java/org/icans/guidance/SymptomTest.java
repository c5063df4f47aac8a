package org.icans.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.icans.model.InvalidValueException;
import org.icans.model.patient.LabelEra;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Symptom codes: stable, lower case, unique, and the lookup a command line uses. */
class SymptomTest {

  @Test
  void codesAreStableLowerCaseAndUnique() {
    Set<String> seen = new HashSet<>();
    for (Symptom s : Symptom.values()) {
      assertTrue(s.code().matches("[a-z]+(_[a-z]+)*"), s.code());
      assertTrue(seen.add(s.code()), s.code());
      assertEquals(s, Symptom.fromCode(s.code()));
      assertFalse(s.sources().isEmpty(), s.code());
    }
  }

  /** The codes a command line and its documentation rely on. */
  @Test
  void theDocumentedCodes() {
    assertEquals("seizure, difficulty_waking, fever, confusion, headache, severe_headache, tremor, "
        + "severe_nausea_or_vomiting, difficulty_talking, weakness, walking_or_balance_problems, "
        + "loss_of_muscle_control, restlessness, behaviour_change, seeing_things, extreme_excitement, "
        + "chills_or_sweating", Symptom.allowedCodes());
  }

  @Test
  void lookupIsExact() {
    assertEquals(Symptom.SEVERE_HEADACHE, Symptom.fromCode("severe_headache"));
    assertEquals(Symptom.DIFFICULTY_WAKING, Symptom.fromCode("difficulty_waking"));
  }

  /** Case, spaces and hyphens count: the command line normalises what people type, the library does not. */
  @ParameterizedTest
  @ValueSource(strings = {"dizziness", "", "fever!", "headaches", "Severe headache", "  SEVERE-HEADACHE ", "FEVER",
      "difficulty waking", " fever"})
  void anUnknownWordNamesItselfAndTheAllowedCodes(String word) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Symptom.fromCode(word));
    assertEquals("symptom", e.field());
    assertEquals("'" + word + "'", e.value());
    assertTrue(e.allowed().contains("fever, confusion"), e.allowed());
    assertTrue(e.getMessage().contains(word), e.getMessage());
  }

  @Test
  void aMissingWordIsRefused() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Symptom.fromCode(null));
    assertEquals("code", e.getMessage());
  }

  @Test
  void fromCodesStopsAtTheFirstUnknownWord() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Symptom.fromCodes(List.of("fever", "vertigo", "tremor")));
    assertEquals("'vertigo'", e.value());
    assertEquals(Set.of(Symptom.FEVER, Symptom.TREMOR), Symptom.fromCodes(List.of("tremor", "fever", "fever")));
  }

  @Test
  void theOtherCodedEnumsLookUpTheSameWay() {
    assertEquals(Urgency.CALL_CARE_TEAM_NOW, Urgency.fromCode("call_care_team_now"));
    assertEquals(LabelEra.AFTER_REMS_REMOVAL, LabelEra.fromCode("after_rems_removal"));
    assertEquals(TextFormat.MARKDOWN, TextFormat.fromCode("markdown"));
    assertEquals(NeurologicalFinding.FOCAL_WEAKNESS, NeurologicalFinding.fromCode("focal_weakness"));
    assertEquals(Pitfall.TREMOR_DOES_NOT_CHANGE_GRADE, Pitfall.fromCode("tremor_grade"));
    assertEquals(DifferentialItem.PRES, DifferentialItem.fromCode("pres"));
    assertThrows(InvalidValueException.class, () -> Urgency.fromCode("call care team now"));
    assertThrows(InvalidValueException.class, () -> LabelEra.fromCode("after-rems-removal"));
    assertThrows(InvalidValueException.class, () -> TextFormat.fromCode("Markdown"));
    assertThrows(InvalidValueException.class, () -> NeurologicalFinding.fromCode("focal weakness"));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> LabelEra.fromCode("2024"));
    assertEquals("labelEra", e.field());
    assertEquals("one of rems, after_rems_removal", e.allowed());
    e = assertThrows(InvalidValueException.class, () -> TextFormat.fromCode("html"));
    assertEquals("one of text, markdown", e.allowed());
  }

  @Test
  void urgenciesAreOrderedFromLeastToMostUrgent() {
    assertTrue(Urgency.EMERGENCY.isMoreUrgentThan(Urgency.CALL_CARE_TEAM_NOW));
    assertTrue(Urgency.CALL_CARE_TEAM_NOW.isMoreUrgentThan(Urgency.TELL_CARE_TEAM));
    assertTrue(Urgency.TELL_CARE_TEAM.isMoreUrgentThan(Urgency.KEEP_WATCHING));
    assertFalse(Urgency.KEEP_WATCHING.isMoreUrgentThan(Urgency.KEEP_WATCHING));
  }
}
