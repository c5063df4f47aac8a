package org.icans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code icans grade --format fhir}: FHIR in, graded FHIR out, refusals named, exit statuses kept. */
class FhirGradeCommandTest {
  static final Path BUNDLE = Cli.EXAMPLES.resolve("fhir/first-two-weeks.json");
  static final Path NDJSON = Cli.EXAMPLES.resolve("fhir/first-two-weeks.ndjson");

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void theExampleBundleGradesIntoABundleOfGradeObservations() {
    Cli.Result r = Cli.run("grade", "--format", "fhir", "--zone", "Europe/Berlin", BUNDLE.toString());
    assertEquals("", r.err());
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("{\n  \"resourceType\": \"Bundle\""), r.out());
    assertEquals(14, count(r.out(), "\"code\": \"icans-grade\""));
    assertEquals(14, count(r.out(), "\"code\": \"crs-grade\""));
    assertTrue(r.out().contains("ICANS grade 3 by encephalopathy"), "day 6");
  }

  @Test
  void theExamplesGradesFileIsWhatTheToolWrites() throws IOException {
    Cli.Result r = Cli.run("grade", "--format", "fhir", "--zone", "Europe/Berlin", BUNDLE.toString());
    assertEquals(Files.readString(Cli.EXAMPLES.resolve("fhir/first-two-weeks-grades.json")), r.out());
  }

  @Test
  void ndjsonOnStandardInputGivesTheSameBundle() throws IOException {
    Cli.Result bundle = Cli.run("grade", "--format=fhir", "--zone=Europe/Berlin", BUNDLE.toString());
    Cli.Result ndjson = Cli.runWithInput(Files.readString(NDJSON), "grade", "--format", "fhir", "--zone",
        "Europe/Berlin", "-");
    assertEquals(0, ndjson.exit(), ndjson.err());
    assertEquals(bundle.out(), ndjson.out());
  }

  @Test
  void aRefusedRecordIsNamedTheOthersGradedAndTheExitIsTwo() throws IOException {
    String bad = Files.readString(NDJSON).replaceFirst("\"code\":\"Cel\"", "\"code\":\"[degC]\"");
    Cli.Result r = Cli.runWithInput(bad, "grade", "--format", "fhir", "--zone", "Europe/Berlin", "-");
    assertEquals(2, r.exit());
    assertEquals(2, r.errLines().size(), r.err());
    assertTrue(r.errLines().get(0).startsWith("standard input, Observation/temp-"), r.err());
    assertTrue(r.errLines().get(0).contains(", Observation.valueQuantity.code: value '[degC]' is not allowed; "
        + "allowed: a body temperature unit of UCUM: Cel or [degF]"), r.err());
    assertEquals("icans: standard input: 1 record(s) refused because of the errors above; every other record was "
        + "read and 14 assessment(s) graded", r.errLines().get(1));
    assertEquals(14, count(r.out(), "\"code\": \"icans-grade\""));
  }

  @Test
  void aFileWithNothingToGradeSaysWhatWasRead() {
    // The tool's own grade Observations are not input: an empty Bundle, and a note that says why.
    Cli.Result r = Cli.run("grade", "--format", "fhir", Cli.EXAMPLES.resolve("fhir/first-two-weeks-grades.json").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"type\": \"collection\""), r.out());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.errLines().get(0).matches(".*first-two-weeks-grades.json: no assessment found: (\\d+) resource\\(s\\) "
        + "read, \\1 ignored \\(.*this tool's own grade Observations.*"), r.err());
  }

  @Test
  void inputThatIsNotFhirIsUnreadable() {
    Cli.Result r = Cli.runWithInput("patient_id,day,age_years\nP1,1,40\n", "grade", "--format", "fhir", "-");
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("icans: standard input: not a FHIR R4 JSON resource"), r.err());
    Cli.Result missing = Cli.run("grade", "--format", "fhir", "no/such/file.json");
    assertEquals(1, missing.exit());
    assertEquals("icans: no/such/file.json: cannot be read: no such file\n", missing.err());
  }

  @Test
  void theFhirOptionsAreCheckedAndTheOldOnesKept() {
    String[][] usage = {
      {"grade", "--period", "day", "-"},
      {"grade", "--format", "fhir", "--period", "week", "-"},
      {"grade", "--format", "fhir", "--period", "time", "--zone", "UTC", "-"},
      {"grade", "--format", "fhir", "--explain", "-"},
      {"summarize", "--format", "fhir", "-"},
      {"grade", "--format", "fhir", "--zone", "UTC", "--zone", "UTC", "-"},
    };
    for (String[] args : usage) {
      Cli.Result r = Cli.run(args);
      assertEquals(1, r.exit(), String.join(" ", args));
      assertTrue(r.err().startsWith("icans: ") && r.err().endsWith("Try 'icans --help'.\n"), r.err());
    }
    assertTrue(Cli.run("summarize", "--format", "fhir", "-").err()
        .startsWith("icans: --format: 'fhir' is not allowed; allowed: one of csv, jsonl\n"));
    Cli.Result zone = Cli.run("grade", "--format", "fhir", "--zone", "Mars/Olympus", BUNDLE.toString());
    assertEquals(1, zone.exit());
    assertTrue(zone.err().startsWith("icans: --zone: 'Mars/Olympus' is not allowed"), zone.err());
    Cli.Result infusion = Cli.run("grade", "--format", "fhir", "--infusion", "yesterday", BUNDLE.toString());
    assertTrue(infusion.err().startsWith("icans: --infusion: 'yesterday' is not allowed"), infusion.err());
  }
}
