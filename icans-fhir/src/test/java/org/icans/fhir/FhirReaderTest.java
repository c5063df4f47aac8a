package org.icans.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.icans.grading.course.GradedAssessment;
import org.icans.model.assessment.Assessment;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.Consciousness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading FHIR: what is read, how it is grouped, and every refusal with its resource, element, value. */
class FhirReaderTest {
  static final String URL = IcansCodeSystem.URL;
  static final FhirReader BY_DAY = FhirReader.of(AssessmentPeriod.calendarDay(ZoneId.of("Europe/Berlin")));

  static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1980-05-01\"}";
  static final String INFUSION = "{\"resourceType\":\"Procedure\",\"id\":\"inf\",\"status\":\"completed\","
      + "\"code\":{\"coding\":[{\"system\":\"" + URL + "\",\"code\":\"cell-infusion\"}]},"
      + "\"subject\":{\"reference\":\"Patient/p1\"},\"performedDateTime\":\"2026-03-02T10:00:00+01:00\"}";

  static String obs(String id, String code, String value) {
    return obs(id, code, value, "2026-03-05T08:00:00+01:00");
  }

  static String obs(String id, String code, String value, String effective) {
    return "{\"resourceType\":\"Observation\",\"id\":\"" + id + "\",\"status\":\"final\",\"code\":{\"coding\":["
        + code + "]},\"subject\":{\"reference\":\"Patient/p1\"}"
        + (effective == null ? "" : ",\"effectiveDateTime\":\"" + effective + "\"")
        + (value.isEmpty() ? "" : "," + value) + "}";
  }

  static String project(String code) {
    return "{\"system\":\"" + URL + "\",\"code\":\"" + code + "\"}";
  }

  static String loinc(String code) {
    return "{\"system\":\"http://loinc.org\",\"code\":\"" + code + "\"}";
  }

  static String concept(String code) {
    return "\"valueCodeableConcept\":{\"coding\":[" + project(code) + "]}";
  }

  static String quantity(String value, String unit) {
    return "\"valueQuantity\":{\"value\":" + value + (unit == null ? "" : ",\"system\":\"http://unitsofmeasure.org\",\"code\":\"" + unit + "\"") + "}";
  }

  static String bundle(String... resources) {
    StringBuilder b = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
    for (int i = 0; i < resources.length; i++) {
      b.append(i == 0 ? "" : ",").append("{\"resource\":").append(resources[i]).append('}');
    }
    return b.append("]}").toString();
  }

  static final String GOOD_ICE = obs("ice", project("ice-score"), "\"valueInteger\":6");

  static FhirReading read(String... resources) {
    return BY_DAY.readJson(bundle(resources));
  }

  static Assessment only(FhirReading r) {
    assertEquals(1, r.assessments().size(), () -> r.assessments() + " " + r.issues());
    return r.assessments().get(0).assessment();
  }

  @Test
  void aFahrenheitTemperatureIsConvertedThroughUcumsDefinition() {
    FhirReading r = read(PATIENT, INFUSION, obs("t", loinc("8310-5"), quantity("100.4", "[degF]")));
    assertEquals(List.of(), r.issues());
    Assessment a = only(r);
    assertEquals(38.0, a.crs().temperatureCelsius().getAsDouble());
    assertEquals(3, a.day());
    assertEquals(45, a.patient().ageYears());
    assertEquals(1, GradedAssessment.of(a).crs().gradeOrMinusOne());
  }

  @Test
  void theHighestTemperatureOfThePeriodCounts() {
    Assessment a = only(read(PATIENT, INFUSION, obs("t1", loinc("8310-5"), quantity("37.2", "Cel"), "2026-03-05T06:00:00+01:00"),
        obs("t2", loinc("8310-5"), quantity("38.9", "Cel"), "2026-03-05T14:00:00+01:00"),
        obs("t3", loinc("8310-5"), quantity("38.1", "Cel"), "2026-03-05T22:00:00+01:00")));
    assertEquals(38.9, a.crs().temperatureCelsius().getAsDouble());
  }

  @Test
  void theGroupingIsAParameter() {
    String[] rs = {PATIENT, INFUSION, obs("a", project("consciousness"), concept("alert"), "2026-03-05T06:00:00+01:00"),
        obs("b", project("ice-score"), "\"valueInteger\":10", "2026-03-05T18:00:00+01:00")};
    assertEquals(1, BY_DAY.readJson(bundle(rs)).assessments().size());
    FhirReading byTime = FhirReader.of(AssessmentPeriod.effectiveTime()).readJson(bundle(rs));
    assertEquals(2, byTime.assessments().size());
    // 10:00 on day 0 to 06:00 three days later: 2 days and 20 hours.
    assertEquals(2 + 20 / 24.0, byTime.assessments().get(0).assessment().day(), 1e-12);
  }

  @Test
  void differentValuesOfOneElementInOnePeriodAreBothRefusedAndTheElementLeftNotAssessed() {
    FhirReading r = read(PATIENT, INFUSION, obs("c1", project("consciousness"), concept("alert")),
        obs("c2", project("consciousness"), concept("awakens-to-voice"), "2026-03-05T20:00:00+01:00"), GOOD_ICE);
    assertEquals(1, r.issues().size());
    FhirIssue i = r.issues().get(0);
    assertEquals("Observation/c1, Observation/c2", i.resource());
    assertEquals("alert vs awakens-to-voice", i.value());
    Assessment a = only(r);
    assertEquals(Optional.empty(), a.icans().consciousness());
    assertEquals(Optional.of(IceScore.ofTotal(6)), a.icans().ice());
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("a temperature in an unknown unit", obs("x", loinc("8310-5"), quantity("38.5", "[degC]")),
            "Observation/x", "Observation.valueQuantity.code", "[degC]", "Cel or [degF]"),
        Arguments.of("a temperature without its unit", obs("x", loinc("8310-5"), quantity("38.5", null)),
            "Observation/x", "Observation.valueQuantity.system", "(missing)", "never guessed"),
        Arguments.of("a temperature in kelvin", obs("x", loinc("8310-5"), quantity("311", "K")),
            "Observation/x", "Observation.valueQuantity.code", "K", "Cel or [degF]"),
        Arguments.of("a temperature out of range", obs("x", loinc("8310-5"), quantity("48", "Cel")),
            "Observation/x", "Observation.valueQuantity.value", "48.0 Cel", "25"),
        Arguments.of("a flow in a pressure unit", obs("x", loinc("3151-8"), quantity("4", "mm[Hg]")),
            "Observation/x", "Observation.valueQuantity.code", "mm[Hg]", "L/min"),
        Arguments.of("a weight in an invalid unit", obs("x", loinc("29463-7"), quantity("70", "kilo")),
            "Observation/x", "Observation.valueQuantity.code", "kilo", "kg"),
        Arguments.of("an ICE score of 11", obs("x", project("ice-score"), "\"valueInteger\":11"),
            "Observation/x", "Observation.valueInteger", "11", "an integer 0-10"),
        Arguments.of("an ICE score as text", obs("x", project("ice-score"), "\"valueString\":\"6\""),
            "Observation/x", "Observation.valueInteger", "string 6", "an integer 0-10"),
        Arguments.of("three of the five ICE tasks", obs("x", project("ice-score"), "\"component\":["
            + "{\"code\":{\"coding\":[" + project("ice-orientation") + "]},\"valueInteger\":4},"
            + "{\"code\":{\"coding\":[" + project("ice-naming") + "]},\"valueInteger\":3},"
            + "{\"code\":{\"coding\":[" + project("ice-writing") + "]},\"valueInteger\":1}]"),
            "Observation/x", "Observation.component", "3 ICE tasks", "all five ICE tasks"),
        Arguments.of("a level of consciousness that is not one", obs("x", project("consciousness"), concept("none")),
            "Observation/x", "Observation.valueCodeableConcept", "none", "alert, awakens-spontaneously"),
        Arguments.of("a code the CodeSystem does not have", obs("x", project("ice-total"), "\"valueInteger\":6"),
            "Observation/x", "Observation.code.coding.code", "ice-total", "a code of the icans CodeSystem"),
        Arguments.of("an Observation without its time", obs("x", project("ice-score"), "\"valueInteger\":6", null),
            "Observation/x", "Observation.effective[x]", "(missing)", "a dateTime"),
        Arguments.of("an Observation dated to the month", obs("x", project("ice-score"), "\"valueInteger\":6", "2026-03"),
            "Observation/x", "Observation.effective[x]", "2026-03", "too coarse"),
        Arguments.of("an Observation of an unknown patient", obs("x", project("ice-score"), "\"valueInteger\":6")
            .replace("Patient/p1", "Patient/p9"), "Observation/x", "Observation.subject", "Patient/p9", "a Patient"),
        Arguments.of("answers to an impossible CAPD", obs("x", project("capd-score"), concept("capd-unable")
            .replace("}]}", "}]},\"component\":[{\"code\":{\"coding\":[" + project("capd-restless") + "]},"
                + concept("capd-never") + "}]")),
            "Observation/x", "Observation.component", "1 CAPD answers", "no answers with capd-unable"),
        Arguments.of("oxygen by nasal cannula without its flow", obs("x", project("oxygen-device"), concept("nasal-cannula")),
            "Observation/x", "oxygen-device and 3151-8", "(none)", "a flow in L/min"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void aBadRecordIsRefusedByNameAndTheOthersAreStillRead(String name, String bad, String resource, String element,
      String value, String allowed) {
    FhirReading r = read(PATIENT, INFUSION, GOOD_ICE, bad);
    assertEquals(1, r.issues().size(), () -> r.issues().toString());
    FhirIssue i = r.issues().get(0);
    assertEquals(resource, i.resource());
    assertEquals(element, i.element());
    assertEquals(value, i.value());
    assertTrue(i.allowed().contains(allowed), i.allowed());
    assertTrue(i.message().startsWith(resource + ": " + element + ": '" + value + "' is not allowed; allowed: "));
    assertEquals(Optional.of(IceScore.ofTotal(6)), only(r).icans().ice());
  }

  @Test
  void withoutAnInfusionThePatientIsNamedOnceAndTheReaderCanBeGivenIt() {
    FhirReading r = read(PATIENT, GOOD_ICE, obs("c", project("consciousness"), concept("alert")));
    assertEquals(1, r.issues().size());
    assertEquals("Patient/p1", r.issues().get(0).resource());
    assertTrue(r.issues().get(0).allowed().contains("2 Observation(s)"));
    FhirReading given = BY_DAY.withInfusion(OffsetDateTime.parse("2026-03-04T09:00:00+01:00"))
        .readJson(bundle(PATIENT, GOOD_ICE));
    assertEquals(1, only(given).day());
  }

  @Test
  void withoutABirthDateNoAgeAndSoNoAssessment() {
    FhirReading r = read(PATIENT.replace(",\"birthDate\":\"1980-05-01\"", ""), INFUSION, GOOD_ICE);
    assertEquals(List.of(), r.assessments());
    assertEquals("Patient.birthDate", r.issues().get(0).element());
  }

  @Test
  void theAgeIsTheCompletedYearsSoTheToolSwitchesOnThe12thBirthday() {
    String child = PATIENT.replace("1980-05-01", "2014-03-05");
    Assessment onBirthday = only(read(child, INFUSION, GOOD_ICE));
    assertEquals(12, onBirthday.patient().ageYears());
    Assessment dayBefore = only(read(child.replace("2014-03-05", "2014-03-06"), INFUSION, GOOD_ICE));
    assertEquals(11, dayBefore.patient().ageYears());
  }

  @Test
  void otherResourcesOtherCodesAndRetractedRecordsAreIgnored() {
    FhirReading r = read(PATIENT, INFUSION, GOOD_ICE,
        "{\"resourceType\":\"MedicationAdministration\",\"id\":\"m\",\"status\":\"completed\"}",
        obs("hr", loinc("8867-4"), quantity("88", "/min")),
        obs("err", project("consciousness"), concept("unarousable")).replace("\"final\"", "\"entered-in-error\""));
    assertEquals(List.of(), r.issues());
    assertEquals(3, r.resourcesIgnored());
    assertEquals(6, r.resourcesRead());
    assertEquals(Optional.empty(), only(r).icans().consciousness());
  }

  @Test
  void aNotAssessedElementWithItsReasonIsNotAnError() {
    FhirReading r = read(PATIENT, INFUSION, GOOD_ICE, obs("s", project("seizure"),
        "\"dataAbsentReason\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/data-absent-reason\",\"code\":\"not-performed\"}]}"));
    assertEquals(List.of(), r.issues());
    assertEquals(Optional.empty(), only(r).icans().seizure());
  }

  @Test
  void aBadNdjsonLineIsNamedAndTheOtherLinesAreRead() {
    String ndjson = String.join("\n", PATIENT, "{not json", INFUSION, "", GOOD_ICE);
    FhirReading r = BY_DAY.readNdjson(new StringReader(ndjson));
    assertEquals(1, r.issues().size());
    assertEquals("line 2", r.issues().get(0).resource());
    assertEquals(Optional.of(IceScore.ofTotal(6)), only(r).icans().ice());
    FhirReading withBundleLine = BY_DAY.readNdjson(new StringReader(PATIENT + "\n" + bundle(INFUSION, GOOD_ICE)));
    assertEquals(Optional.of(IceScore.ofTotal(6)), only(withBundleLine).icans().ice());
  }

  @Test
  void textThatIsNotFhirIsRefusedWhole() {
    assertThrows(FhirFormatException.class, () -> BY_DAY.readJson("{\"hello\":1}"));
    assertThrows(FhirFormatException.class, () -> BY_DAY.readJson("not json"));
  }

  @Test
  void iceTasksAndCapdAnswersAreRead() {
    FhirReading r = read(PATIENT, INFUSION, obs("x", project("ice-score"), "\"valueInteger\":7,\"component\":["
        + "{\"code\":{\"coding\":[" + project("ice-orientation") + "]},\"valueInteger\":3},"
        + "{\"code\":{\"coding\":[" + project("ice-naming") + "]},\"valueInteger\":2},"
        + "{\"code\":{\"coding\":[" + project("ice-commands") + "]},\"valueInteger\":1},"
        + "{\"code\":{\"coding\":[" + project("ice-writing") + "]},\"valueInteger\":0},"
        + "{\"code\":{\"coding\":[" + project("ice-attention") + "]},\"valueInteger\":1}]"),
        obs("c", project("consciousness"), concept("awakens-to-voice")));
    Assessment a = only(r);
    assertEquals(Optional.of(IceScore.ofTasks(3, 2, 1, 0, 1)), a.icans().ice());
    assertEquals(Optional.of(Consciousness.AWAKENS_TO_VOICE), a.icans().consciousness());
  }
}
