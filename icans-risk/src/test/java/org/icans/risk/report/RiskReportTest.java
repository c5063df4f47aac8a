package org.icans.risk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icans.model.patient.LabelEra;
import org.icans.model.patient.Product;
import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.TimePoint;
import org.icans.risk.product.RiskFactor;
import org.icans.risk.score.Score;
import org.icans.risk.warning.WarningKind;
import org.junit.jupiter.api.Test;

/** The risk report of the example patients, as values, text and JSON. */
class RiskReportTest {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static List<RiskReport> example() {
    return RiskAssessor.assessAll(ExamplePatients.inputs());
  }

  @Test
  void theFirstExamplePatient() throws IOException {
    RiskReport r = example().get(0);
    assertEquals(List.of(
        "-5 EASIX 4.8", "-5 SIMPLIFIED_EASIX 4.37", "-5 M_EASIX 7.86", "-5 EASIX_PRE 4.8",
        "0 EASIX 3.05", "0 SIMPLIFIED_EASIX 3.05", "0 M_EASIX 6.41",
        "1 SIMPLIFIED_EASIX 4.15", "1 M_EASIX 35.2",
        "3 EASIX 9.1", "3 SIMPLIFIED_EASIX 7", "3 M_EASIX 105"),
        r.scores().stream().map(s -> s.day() + " " + s.score() + " " + s.displayValue()).toList());
    // By hand: day -5, creatinine 97.24 umol/L = 1.1 mg/dL, platelets 71000/uL = 71: 310 x 1.1 / 71 = 4.80 > 4.67.
    assertTrue(r.scores().get(3).beyondCutOff().orElseThrow());
    assertEquals(List.of(WarningKind.EARLY_CRS_ONSET, WarningKind.FEVER_AND_IL6_WITHIN_36_H, WarningKind.EARLY_FEVER,
        WarningKind.DAY_3_FERRITIN, WarningKind.SEVERE_CRS), r.warnings().stream().map(w -> w.kind()).toList());
    // IL-6 1200 pg/mL on day +5 is after tocilizumab (day +4): no IL-6 >= 501 warning, a caveat instead.
    assertTrue(r.caveats().stream().anyMatch(c -> c.text().contains("IL-6 1200 pg/mL on day +5")), r.caveats().toString());
    assertTrue(r.caveats().stream().anyMatch(c -> c.text().contains("EASIX not computed on day +1")));
    assertEquals(List.of(new FlaggedRiskFactor(RiskFactor.HIGH_DISEASE_BURDEN, false),
        new FlaggedRiskFactor(RiskFactor.CD19_TARGET, true), new FlaggedRiskFactor(RiskFactor.CD28_COSTIMULATION, true)),
        r.riskFactors());
    assertEquals(2, r.ageDisagreement().size());
    assertEquals(LabelEra.AFTER_REMS_REMOVAL, r.expectedWindow().era().orElseThrow());
  }

  @Test
  void theSecondExamplePatient() throws IOException {
    RiskReport r = example().get(1);
    assertEquals(List.of("-6 SIMPLIFIED_EASIX 2"),
        r.scores().stream().map(s -> s.day() + " " + s.score() + " " + s.displayValue()).toList());
    // 100.9 [degF] = 38.28 Cel at 20 h: early fever; IL-6 12 ng/L = 12 pg/mL is not above 16.
    assertEquals(List.of(WarningKind.EARLY_CRS_ONSET, WarningKind.EARLY_FEVER),
        r.warnings().stream().map(w -> w.kind()).toList());
    assertTrue(r.riskFactors().isEmpty());
  }

  @Test
  void textHasEverySectionAndCitesItsSources() throws IOException {
    RiskReport r = example().get(0);
    String text = r.toText();
    for (String section : List.of("ICANS RISK REPORT - patient P001", "SCORES", "EARLY WARNINGS", "CAVEATS",
        "RISK FACTORS", "Age: the sources disagree", "PRODUCT BASELINE", "EXPECTED WINDOW", "SOURCES")) {
      assertTrue(text.contains(section), section);
    }
    assertTrue(text.contains("EASIX-pre = 4.8, ABOVE the cut-off > 4.67"), text);
    assertTrue(text.contains("[KORELL22] Korell F et al. Front Immunol 2022;13:877477"), text);
    for (String line : text.split("\n")) {
      assertTrue(line.length() <= ReportText.WIDTH || !line.strip().contains(" "), line);
    }
    // Written for people to read, and kept under target/ for the record.
    Files.createDirectories(Path.of("target"));
    StringBuilder all = new StringBuilder();
    StringBuilder json = new StringBuilder();
    for (RiskReport each : example()) {
      all.append(each.toText()).append('\n');
      json.append(each.toJson());
    }
    Files.writeString(Path.of("target", "risk-report-example.txt"), all, StandardCharsets.UTF_8);
    Files.writeString(Path.of("target", "risk-report-example.json"), json, StandardCharsets.UTF_8);
  }

  @Test
  void jsonIsWellFormedAndCarriesTheFigures() throws IOException {
    RiskReport r = example().get(0);
    JsonNode json = JSON.readTree(r.toJson());
    assertEquals("P001", json.get("patient_id").asText());
    JsonNode scores = json.get("scores");
    assertEquals(12, scores.size());
    JsonNode pre = scores.get(3);
    assertEquals("easix_pre", pre.get("score").asText());
    assertEquals(4.802816901408451, pre.get("value").asDouble(), 1e-12);
    assertEquals(true, pre.at("/cut_off/beyond").asBoolean());
    JsonNode creatinine = pre.at("/inputs/1");
    assertEquals("umol/L", creatinine.get("unit").asText());
    assertEquals(1.1, creatinine.get("standard_value").asDouble(), 1e-12);
    assertEquals(5, json.get("warnings").size());
    JsonNode references = json.get("references");
    assertTrue(references.has("GUST17") && references.has("KORELL22") && references.has("HUANG24"));
    assertTrue(json.get("product_baseline").has("incidence"));
    assertTrue(r.toJson().endsWith("}\n"), "one document a line break at its end");
  }

  @Test
  void aReportWithoutDataSaysSo() throws IOException {
    RiskReport r = RiskAssessor.assess(RiskInput.builder("X").build());
    assertTrue(r.scores().isEmpty());
    assertTrue(r.warnings().isEmpty());
    assertTrue(r.productProfile().isEmpty());
    String text = r.toText();
    assertTrue(text.contains("none computable"), text);
    assertTrue(text.contains("No product given"), text);
    assertEquals("X", JSON.readTree(r.toJson()).get("patient_id").asText());
  }

  @Test
  void aProductWithoutAProfileIsNamedAndItsTargetStillCounts() {
    RiskReport car = RiskAssessor.assess(RiskInput.builder("Y")
        .product(Product.of("investigational CD19 CAR", TherapyModality.CAR_T_CELL, TargetAntigen.CD19))
        .add(Analyte.LDH, 300, "U/L", TimePoint.ofDay(1)).add(Analyte.PLATELETS, 100, "10*9/L", TimePoint.ofDay(1))
        .build());
    assertTrue(car.caveats().stream().anyMatch(c -> c.text().startsWith("No profile for investigational CD19 CAR")));
    assertEquals(List.of(new FlaggedRiskFactor(RiskFactor.CD19_TARGET, true)), car.riskFactors());
    assertEquals(Score.SIMPLIFIED_EASIX, car.scores().get(0).score());

    RiskReport bispecific = RiskAssessor.assess(RiskInput.builder("Z")
        .product(Product.of("glofitamab", TherapyModality.BISPECIFIC_T_CELL_ENGAGER, TargetAntigen.CD20)).build());
    assertTrue(bispecific.expectedWindow().drivingAndProximity().get(0).text().contains("while symptomatic"));
    assertFalse(bispecific.toText().contains("REMS era"));
  }
}
