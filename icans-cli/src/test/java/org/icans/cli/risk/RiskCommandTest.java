package org.icans.cli.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icans.cli.plan.Run;
import org.junit.jupiter.api.Test;

class RiskCommandTest {
  /** The repository's examples (tests run in the module's directory). */
  static final Path EXAMPLES = Path.of("..", "examples", "risk");
  static final Path RESOURCES = Path.of("src", "test", "resources", "org", "icans", "cli", "risk");

  static Run.Result risk(String... args) {
    return Run.run(RiskCommand.NAME, args);
  }

  @Test
  void theExampleFileGivesTheReportOfEachPatientWithEasixPre() {
    Run.Result r = risk(EXAMPLES.resolve("labs.csv").toString()).assertOk();
    assertTrue(r.out().startsWith("ICANS RISK REPORT - patient P001\n"), r.out());
    assertTrue(r.out().contains("\n\nICANS RISK REPORT - patient P002\n"), r.out());
    assertTrue(r.out().contains("before lymphodepletion (day -5): EASIX-pre = 4.8, ABOVE the cut-off > 4.67"),
        r.out());
  }

  @Test
  void jsonIsOneObjectPerPatientAndLine() {
    Run.Result r = risk("--format", "json", EXAMPLES.resolve("labs.csv").toString()).assertOk();
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    for (String line : lines) {
      Run.assertJsonObject(line);
    }
    assertTrue(lines.get(0).startsWith("{\"patient_id\":\"P001\",\"product\":{\"name\":\"axicabtagene ciloleucel\""),
        lines.get(0));
    assertTrue(lines.get(0).contains("\"label\":\"EASIX-pre\""), lines.get(0));
    assertTrue(lines.get(1).startsWith("{\"patient_id\":\"P002\""), lines.get(1));
  }

  @Test
  void compactingKeepsTheSpacesInsideStrings() {
    assertEquals("{\"a\":\"x y \\\" }\",\"b\":[1,2]}", RiskCommand.compact("{\n  \"a\": \"x y \\\" }\",\n  \"b\": [ 1, 2 ]\n}"));
  }

  @Test
  void patientChoosesOneReport() {
    Run.Result r = risk("--patient=P002", EXAMPLES.resolve("labs.csv").toString()).assertOk();
    assertTrue(r.out().startsWith("ICANS RISK REPORT - patient P002\n"), r.out());
    assertFalse(r.out().contains("patient P001"));
    risk("--patient", "P003", EXAMPLES.resolve("labs.csv").toString())
        .assertUsageError("risk", "--patient: 'P003' is not allowed; allowed: a patient of", "one of P001, P002");
  }

  @Test
  void badRowsAreReportedWithTheirLinesAndTheRestIsStillReported() {
    String file = EXAMPLES.resolve("bad-rows.csv").toString();
    Run.Result r = risk(file);
    assertEquals(2, r.exit(), r.err());
    List<String> err = r.err().lines().toList();
    assertEquals(19, err.size(), r.err());
    assertEquals(file + ", line 2, column unit (analyte crp): value \"\" is not allowed; allowed: a unit is required: "
        + "a mass concentration in UCUM: mg/dL, mg/L (10 mg/L = 1 mg/dL), g/L ...", err.get(0));
    assertTrue(err.get(2).startsWith(file + ", line 4, column value (analyte crp): value \"1,5\" is not allowed; "
        + "allowed: a decimal number with a dot"), err.get(2));
    assertEquals(file + ", line 9, column analyte: value \"sodium\" is not allowed; allowed: one of ldh, creatinine, "
        + "platelets, crp, ferritin, il6, temperature, crs_grade, tocilizumab, lymphodepletion_start, product, "
        + "risk_factor, label_era", err.get(7));
    assertTrue(err.get(16).startsWith(file + ", line 19 (analyte ldh): value \"7 fields\" is not allowed; allowed: "
        + "6 fields"), err.get(16));
    assertEquals(file + ", line 20, column value (analyte crp): value \"163.9\" is not allowed; allowed: CRP from 0 "
        + "to 100 mg/dL (0 to 1000 mg/L): outside this range is probably a unit mix-up (mg/L entered as mg/dL?)",
        err.get(17));
    assertEquals("icans risk: " + file + ": 18 rows left out because of the errors above; every other row was read",
        err.get(18));
    assertTrue(r.out().startsWith("ICANS RISK REPORT - patient P010\n"), r.out());
  }

  @Test
  void oneBadRowAmongGoodOnes() {
    String file = RESOURCES.resolve("one-bad-row.csv").toString();
    Run.Result r = risk(file);
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith(file + ", line 4, column unit (analyte ldh): value \"IU/L\" is not allowed"),
        r.err());
    assertTrue(r.err().endsWith(": 1 row left out because of the errors above; every other row was read\n"),
        r.err());
    assertTrue(r.out().contains("EASIX-pre = 1.88"), r.out());
  }

  @Test
  void inJsonTheRowErrorsAreJsonLinesToo() {
    Run.Result r = risk("--format=json", RESOURCES.resolve("one-bad-row.csv").toString());
    assertEquals(2, r.exit());
    List<String> err = r.err().lines().toList();
    assertEquals(1, err.size(), r.err());
    Run.assertJsonObject(err.get(0));
    assertTrue(err.get(0).contains(
        "\"line\":4,\"column\":\"unit\",\"analyte\":\"ldh\",\"value\":\"IU/L\",\"allowed\":"), err.get(0));
    Run.assertJsonObject(r.out());
  }

  /** The safety issue's examples: unit mix-ups refused with line, column and analyte; the good rows still used. */
  @Test
  void implausibleValuesAreRefusedNamingLineColumnAndAnalyte() {
    byte[] csv = ("patient_id,day,hours_after_infusion,analyte,value,unit\n"
        + "P1,-5,,lymphodepletion_start,,\n"
        + "P1,-5,,ldh,310,U/L\n"
        + "P1,-5,,creatinine,88.4,mg/dL\n"        // umol/L written as mg/dL
        + "P1,-5,,creatinine,97.24,umol/L\n"
        + "P1,-5,,platelets,100000,10*9/L\n"      // a count per uL written as 10*9/L: m-EASIX 0.015
        + "P1,-5,,platelets,25000,/mL\n"          // seed 002's '/mL'
        + "P1,-5,,platelets,0.5,10*9/L\n"
        + "P1,-5,,platelets,71000,/uL\n"
        + "P1,-5,,crp,163.9,mg/dL\n"              // seed 002: mg/L written as mg/dL
        + "P1,-5,,crp,18,\n").getBytes(StandardCharsets.UTF_8);  // no unit
    Run.Result r = Run.run(RiskCommand.NAME, csv, "-");
    assertEquals(2, r.exit(), r.err());
    assertEquals(List.of(
        "standard input, line 4, column value (analyte creatinine): value \"88.4\" is not allowed; allowed: "
            + "creatinine from 0.05 to 25 mg/dL (4.42 to 2210 umol/L): outside this range is probably a unit mix-up "
            + "(umol/L entered as mg/dL?)",
        "standard input, line 6, column value (analyte platelets): value \"100000\" is not allowed; allowed: "
            + "platelets from 1 to 2000 10*9/L (1000 to 2000000 /uL): outside this range is probably a unit mix-up "
            + "(/uL entered as 10*9/L?)",
        "standard input, line 7, column value (analyte platelets): value \"25000\" is not allowed; allowed: "
            + "platelets from 1 to 2000 10*9/L (1000000 to 2000000000 /mL; 1000 to 2000000 /uL): outside this range "
            + "is probably a unit mix-up (/uL entered as /mL?)",
        "standard input, line 8, column value (analyte platelets): value \"0.5\" is not allowed; allowed: "
            + "platelets from 1 to 2000 10*9/L: outside this range is probably a unit mix-up or a mistyped value",
        "standard input, line 10, column value (analyte crp): value \"163.9\" is not allowed; allowed: CRP from 0 "
            + "to 100 mg/dL (0 to 1000 mg/L): outside this range is probably a unit mix-up (mg/L entered as mg/dL?)",
        "standard input, line 11, column unit (analyte crp): value \"\" is not allowed; allowed: a unit is required: "
            + "a mass concentration in UCUM: mg/dL, mg/L (10 mg/L = 1 mg/dL), g/L ...",
        "icans risk: standard input: 6 rows left out because of the errors above; every other row was read"),
        r.err().lines().toList());
    // The good rows are used: EASIX-pre from LDH 310, creatinine 1.1 mg/dL and platelets 71 10*9/L.
    assertTrue(r.out().contains("before lymphodepletion (day -5): EASIX-pre = 4.8, ABOVE the cut-off > 4.67"),
        r.out());
    assertFalse(r.out().contains("0.015"), r.out());
  }

  @Test
  void inJsonARowErrorNamesItsAnalyteOrNull() throws IOException {
    Run.Result r = risk("--format=json", EXAMPLES.resolve("bad-rows.csv").toString());
    assertEquals(2, r.exit());
    List<String> err = r.err().lines().toList();
    assertEquals(18, err.size(), r.err());
    for (String line : err) {
      Run.assertJsonObject(line);
    }
    assertTrue(err.get(0).contains(",\"line\":2,\"column\":\"unit\",\"analyte\":\"crp\",\"value\":\"\","), err.get(0));
    assertTrue(err.get(7).contains(",\"line\":9,\"column\":\"analyte\",\"analyte\":null,\"value\":\"sodium\","),
        err.get(7));
    assertTrue(err.get(16).contains(",\"line\":19,\"column\":null,\"analyte\":\"ldh\",\"value\":\"7 fields\","),
        err.get(16));
  }

  @Test
  void standardInput() throws IOException {
    byte[] csv = Files.readAllBytes(EXAMPLES.resolve("labs.csv"));
    Run.Result r = Run.run(RiskCommand.NAME, csv, "-").assertOk();
    assertTrue(r.out().contains("EASIX-pre"), r.out());
    // The same reports as from the file, and no temporary copy left behind.
    assertEquals(risk(EXAMPLES.resolve("labs.csv").toString()).out(), r.out());
    assertEquals(List.of(), temporaryCopies());
  }

  @Test
  void standardInputStreamsLikeAFile() {
    // Read twice from its temporary copy: P2's report is printed at its last row, before P1's rows
    // end, as for a regular file; the bad row is reported as standard input's line 6.
    byte[] csv = ("patient_id,day,analyte,value,unit\n"
        + "P1,1,ldh,300,U/L\n"
        + "P2,1,ldh,300,U/L\n"
        + "P2,1.5,platelets,100,10*9/L\n"
        + "P1,1,platelets,100,10*9/L\n"
        + "P1,1,crp,x,mg/L\n").getBytes(StandardCharsets.UTF_8);
    Run.Result r = Run.run(RiskCommand.NAME, csv, "--format", "json", "-");
    assertEquals(2, r.exit(), r.err());
    List<String> out = r.out().lines().toList();
    assertEquals(2, out.size(), r.out());
    assertTrue(out.get(0).startsWith("{\"patient_id\":\"P1\""), out.get(0));
    assertTrue(out.get(1).contains("\"day\":1.5"), out.get(1));
    assertTrue(r.err().contains("\"source\":\"standard input\",\"line\":6,"), r.err());
    assertEquals(List.of(), temporaryCopies());
  }

  /** The copies of standard input in the temporary directory. */
  private static List<Path> temporaryCopies() {
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("icans-risk-")).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anUnreadableFileExitsWith1() {
    risk("no-such-file.csv").assertUsageError("risk", "no-such-file.csv: cannot be read: no such file");
    risk(RESOURCES.resolve("bad-header.csv").toString()).assertUsageError("risk",
        "bad-header.csv: header: column 'units' (line 1) is not allowed; allowed: the columns patient_id");
    Run.run(RiskCommand.NAME, new byte[0], "-").assertUsageError("risk", "standard input: header: an empty file");
    byte[] latin1 = "patient_id,day,analyte,value,unit\nP\u00e9,0,ldh,250,U/L\n".getBytes(StandardCharsets.ISO_8859_1);
    Run.run(RiskCommand.NAME, latin1, "-").assertUsageError("risk", "not valid UTF-8");
  }

  @Test
  void usageErrors() {
    risk().assertUsageError("risk", "no FILE given (- reads standard input)");
    risk("a.csv", "b.csv").assertUsageError("risk", "unexpected argument 'b.csv'");
    risk("--format", "csv", "a.csv").assertUsageError("risk", "--format: 'csv' is not allowed; allowed: one of text, json");
    risk("--patient").assertUsageError("risk", "--patient needs a value");
    risk("--explain", "a.csv").assertUsageError("risk", "unknown option '--explain'");
  }

  @Test
  void theExamplesAreTheReadersPinnedTestFiles() throws IOException {
    Path pinned = Path.of("src", "test", "resources", "org", "icans", "cli", "risk");
    assertEquals(Files.readString(pinned.resolve("risk-input-example.csv")),
        Files.readString(EXAMPLES.resolve("labs.csv")));
    assertEquals(Files.readString(pinned.resolve("risk-input-errors.csv")),
        Files.readString(EXAMPLES.resolve("bad-rows.csv")));
  }

  @Test
  void help() {
    Run.Result r = risk("--help").assertOk();
    assertTrue(r.out().startsWith("Usage: icans risk [-hV] [--patient=ID] [--format=text|json] FILE\n"), r.out());
  }
}
