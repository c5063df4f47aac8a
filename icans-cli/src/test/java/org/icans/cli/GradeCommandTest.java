package org.icans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.icans.grading.crs.CrsGrader;
import org.icans.grading.icans.IcansGrader;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.Hypotension;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;
import org.junit.jupiter.api.Test;

/** {@code icans grade}, end to end in-process: every output column, the spec's edge cases, the formats. */
class GradeCommandTest {
  static final String HEADER = "patient_id,day,age_years,developmental_delay,ice_score,ice_orientation,ice_naming,"
      + "ice_commands,ice_writing,ice_attention,capd_score,capd_items,consciousness,seizure,motor,icp,other_cause,"
      + "temperature_c,fever_masked,hypotension,oxygen,oxygen_lpm,death_from";
  static final String OUTPUT_HEADER = "patient_id,day,icans_grade,icans_drivers,icans_complete,crs_grade,icans_tool,"
      + "icans_not_assessed,crs_drivers,crs_complete,line";

  @Test
  void edgeCasesReproduceTheExpectedGradesExactly() throws IOException {
    Cli.Result r = Cli.run("grade", Cli.EXAMPLES.resolve("edge-cases.csv").toString());
    assertEquals(0, r.exit(), r.err());
    List<String> got = new ArrayList<>();
    for (String line : r.lines()) {
      String[] f = line.split(",", -1);
      got.add(f[0] + "," + f[1] + "," + f[2] + "," + f[5]);
    }
    List<String> expected = Files.readAllLines(Cli.EXAMPLES.resolve("edge-cases-expected.csv"), StandardCharsets.UTF_8);
    assertEquals(expected, got);
  }

  /** Contract v1.1's public examples (spec/assessment-csv.md), reproduced in examples/. */
  @Test
  void contractVersionOnePointOneExamplesGradeAsTheSpecSays() throws IOException {
    Cli.Result r = Cli.run("grade", Cli.EXAMPLES.resolve("contract-v1.1.csv").toString());
    assertEquals(0, r.exit(), r.err());
    List<String> got = new ArrayList<>();
    for (String line : r.lines()) {
      String[] f = line.split(",", -1);
      got.add(f[0] + "," + f[1] + "," + f[2] + "," + f[5] + "," + f[9]);
    }
    List<String> expected = Files.readAllLines(Cli.EXAMPLES.resolve("contract-v1.1-expected.csv"),
        StandardCharsets.UTF_8);
    assertEquals(expected, got);
  }

  @Test
  void crsSignsAndIcansDomainsMayBeAttributedInOneCell() {
    Cli.Result r = Cli.grade("patient_id,day,age_years,ice_score,other_cause,temperature_c,hypotension,oxygen\n"
        + "P1,5,45,2,encephalopathy;hypoxia,39,fluids,cpap\n");
    assertEquals(0, r.exit(), r.err());
    // ICE 2 attributed: no ICANS grade; hypoxia on CPAP attributed: hypotension on fluids decides.
    assertEquals("P1,5,,,false,2,ice,consciousness;seizure;motor;icp,hypotension,true,2", r.lines().get(1));
  }

  @Test
  void aFlowWithAnUnknownDeviceIsRefused() {
    Cli.Result r = Cli.grade("patient_id,day,age_years,temperature_c,oxygen,oxygen_lpm\nP1,5,45,39,unknown_device,4\n");
    assertEquals(2, r.exit());
    assertEquals("standard input, line 2, column oxygen_lpm: value \"4\" is not allowed; allowed: empty when oxygen "
        + "is unknown_device: it means neither device nor flow was recorded; give the device with its flow", r.err().lines().findFirst().orElseThrow());
  }

  @Test
  void edgeCasesInTheExamplesAreTheSpecsFiles() throws IOException {
    // The shared material sits beside the repository when it is there (CI checks it out so).
    for (String name : List.of("edge-cases.csv", "edge-cases-expected.csv")) {
      Path spec = Path.of("..", "..", "shared", "spec", "examples", name);
      if (Files.exists(spec)) {
        assertEquals(Files.readString(spec), Files.readString(Cli.EXAMPLES.resolve(name)), name);
      }
    }
  }

  @Test
  void headerHasTheContractColumnsFirstThenTheExtraOnes() {
    Cli.Result r = Cli.grade("patient_id,day,age_years\n");
    assertEquals(0, r.exit());
    assertEquals(List.of(OUTPUT_HEADER), r.lines());
  }

  @Test
  void everyColumnOfAnIncompleteIceRowWithoutCrs() {
    Cli.Result r = Cli.grade("patient_id,day,age_years,ice_score\nP1,5,45,2\n");
    assertEquals(0, r.exit(), r.err());
    assertEquals("P1,5,3,encephalopathy,false,,ice,consciousness;seizure;motor;icp,,false,2", r.lines().get(1));
  }

  @Test
  void aCompleteRowIsMarkedComplete() {
    Cli.Result r = Cli.grade("patient_id,day,age_years,ice_score,consciousness,seizure,motor,icp,temperature_c,"
        + "hypotension,oxygen\nP1,5,45,10,alert,none,none,none,37.0,none,none\n");
    assertEquals("P1,5,0,,true,0,ice,,,true,2", r.lines().get(1));
  }

  @Test
  void driversListEveryDomainAtTheGradeInDomainOrder() {
    Cli.Result r = Cli.grade("patient_id,day,age_years,ice_score,consciousness,seizure,icp\n"
        + "P1,5,45,0,unarousable,prolonged_or_repetitive,diffuse_edema\n");
    assertEquals("P1,5,4,encephalopathy;consciousness;seizure;icp,false,,ice,motor,,false,2", r.lines().get(1));
  }

  @Test
  void deathIsGradeFiveDrivenByDeathForBothSyndromes() {
    Cli.Result r = Cli.grade("patient_id,day,age_years,ice_score,temperature_c,death_from\n"
        + "P1,5,45,9,39,icans;crs\n");
    assertEquals("P1,5,5,death,false,5,ice,consciousness;seizure;motor;icp,death,true,2", r.lines().get(1));
  }

  @Test
  void crsDriversNameEverySignAtTheGrade() {
    Cli.Result r = Cli.grade("patient_id,day,age_years,temperature_c,hypotension,oxygen,oxygen_lpm\n"
        + "P1,5,45,39.5,fluids,nasal_cannula,2\n"
        + "P1,6,45,38.2,none,none,\n"
        + "P1,7,45,37.1,one_vasopressor,facemask,\n");
    assertEquals("P1,5,,,false,2,ice,encephalopathy;consciousness;seizure;motor;icp,hypotension;hypoxia,true,2",
        r.lines().get(1));
    assertEquals("P1,6,,,false,1,ice,encephalopathy;consciousness;seizure;motor;icp,fever,true,3", r.lines().get(2));
    // Afebrile, not masked: not CRS whatever the support.
    assertEquals("P1,7,,,false,0,ice,encephalopathy;consciousness;seizure;motor;icp,,true,4", r.lines().get(3));
  }

  @Test
  void childrenAndDevelopmentalDelayAreGradedWithCapd() {
    Cli.Result r = Cli.grade("patient_id,day,age_years,developmental_delay,ice_score,capd_score,capd_items,consciousness\n"
        + "C1,5,8,,10,6,,awakens_to_voice\n"
        + "A1,5,30,true,10,,0;0;0;0;4;4;4;4,\n"
        + "A2,5,30,false,10,12,,\n");
    assertEquals(0, r.exit(), r.err());
    assertEquals("C1,5,2,consciousness,false,,capd,seizure;motor;icp,,false,2", r.lines().get(1));
    assertEquals("A1,5,3,encephalopathy,false,,capd,consciousness;seizure;motor;icp,,false,3", r.lines().get(2));
    // The tool that does not apply is checked but ignored.
    assertEquals("A2,5,0,,false,,ice,consciousness;seizure;motor;icp,,false,4", r.lines().get(3));
  }

  @Test
  void findingsAttributedToAnotherCauseAreLeftOut() {
    Cli.Result r = Cli.grade("patient_id,day,age_years,ice_score,consciousness,other_cause\n"
        + "P1,5,45,9,awakens_to_touch,consciousness\n"
        + "P1,6,45,,unarousable,consciousness\n");
    assertEquals("P1,5,1,encephalopathy,false,,ice,seizure;motor;icp,,false,2", r.lines().get(1));
    // Nothing gradeable is left: no grade.
    assertEquals("P1,6,,,false,,ice,encephalopathy;seizure;motor;icp,,false,3", r.lines().get(2));
  }

  @Test
  void theDayIsWrittenAsGiven() {
    Cli.Result r = Cli.grade("patient_id,day,age_years,ice_score\nP1,5.50,45,10\nP1,-2,45,10\nP1,007,45,10\n");
    assertEquals(List.of("5.50", "-2", "007"), r.lines().subList(1, 4).stream().map(l -> l.split(",")[1]).toList());
  }

  @Test
  void patientIdsAreQuotedWhenRfc4180RequiresIt() {
    Cli.Result r = Cli.grade("patient_id,day,age_years,ice_score\n\"Doe, J\",5,45,10\n\"say \"\"hi\"\"\",5,45,10\n"
        + "\"two\nlines\",5,45,10\nplain,5,45,10\n");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\n\"Doe, J\",5,0,"), r.out());
    assertTrue(r.out().contains("\n\"say \"\"hi\"\"\",5,0,"), r.out());
    assertTrue(r.out().contains("\n\"two\nlines\",5,0,"), r.out());
    assertTrue(r.out().contains("\nplain,5,0,"), r.out());
  }

  @Test
  void explainAddsTheLibrarysOneLineExplanations() {
    Cli.Result r = Cli.grade("patient_id,day,age_years,ice_score,temperature_c,hypotension\nP1,5,45,5,39.1,fluids\n",
        "--explain");
    assertEquals(0, r.exit(), r.err());
    assertEquals(OUTPUT_HEADER + ",icans_explanation,crs_explanation", r.lines().get(0));
    String icans = IcansGrader.grade(IcansObservation.builder().ice(IceScore.ofTotal(5)).build(), Patient.aged(45))
        .summary();
    String crs = CrsGrader.grade(CrsObservation.builder().temperatureCelsius(39.1).hypotension(Hypotension.FLUIDS)
        .build()).summary();
    assertEquals("P1,5,2,encephalopathy,false,2,ice,consciousness;seizure;motor;icp,hypotension,false,2,"
        + csv(icans) + "," + csv(crs), r.lines().get(1));
  }

  @Test
  void jsonLinesHaveTheSameFieldsAsTypedValues() {
    Cli.Result r = Cli.grade("patient_id,day,age_years,ice_score,temperature_c\n\"P\"\"1\",05.5,45,5,39.1\nP2,-1,45,,\n",
        "--format", "jsonl");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of(
        "{\"patient_id\":\"P\\\"1\",\"day\":5.5,\"icans_grade\":2,\"icans_drivers\":[\"encephalopathy\"],"
            + "\"icans_complete\":false,\"crs_grade\":1,\"icans_tool\":\"ice\",\"icans_not_assessed\":"
            + "[\"consciousness\",\"seizure\",\"motor\",\"icp\"],\"crs_drivers\":[\"fever\"],\"crs_complete\":false,"
            + "\"line\":2}",
        "{\"patient_id\":\"P2\",\"day\":-1,\"icans_grade\":null,\"icans_drivers\":[],\"icans_complete\":false,"
            + "\"crs_grade\":null,\"icans_tool\":\"ice\",\"icans_not_assessed\":[\"encephalopathy\",\"consciousness\","
            + "\"seizure\",\"motor\",\"icp\"],\"crs_drivers\":[],\"crs_complete\":false,\"line\":3}"),
        r.lines());
  }

  @Test
  void jsonLinesWithExplanations() {
    Cli.Result r = Cli.grade("patient_id,day,age_years,ice_score\nP1,5,45,10\n", "--format=jsonl", "--explain");
    String icans = IcansGrader.grade(IcansObservation.builder().ice(IceScore.ofTotal(10)).build(), Patient.aged(45))
        .summary();
    String crs = CrsGrader.grade(CrsObservation.notAssessed()).summary();
    assertTrue(r.out().endsWith(",\"line\":2,\"icans_explanation\":\"" + icans + "\",\"crs_explanation\":\"" + crs
        + "\"}\n"), r.out());
  }

  @Test
  void crsGradeIsEmptyExactlyWhenNoCrsSignIsGiven() {
    Cli.Result r = Cli.grade("patient_id,day,age_years,temperature_c,fever_masked,hypotension,oxygen,death_from\n"
        + "P1,1,45,,,,,\n"
        + "P1,2,45,,false,,,\n"
        + "P1,3,45,,,none,,\n"
        + "P1,4,45,,,,none,\n"
        + "P1,5,45,36.9,,,,\n"
        + "P1,6,45,,true,one_vasopressor,,\n"
        + "P1,7,45,,,,,crs\n");
    List<String> grades = r.lines().subList(1, 8).stream().map(l -> l.split(",", -1)[5]).toList();
    assertEquals(List.of("", "", "0", "0", "0", "3", "5"), grades);
  }

  private static String csv(String text) {
    return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
