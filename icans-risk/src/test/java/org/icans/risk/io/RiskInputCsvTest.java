package org.icans.risk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.icans.model.InvalidValueException;
import org.icans.risk.observation.Analyte;
import org.icans.risk.product.ProductProfiles;
import org.icans.risk.product.RiskFactor;
import org.icans.risk.report.RiskInput;
import org.icans.risk.window.LabelEra;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The risk input CSV, version 1: the example files, row errors with line, column, value and what is allowed. */
class RiskInputCsvTest {

  static RiskInputCsv.Result resource(String name) throws IOException {
    try (InputStream in = RiskInputCsvTest.class.getResourceAsStream(name);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return RiskInputCsv.read(r);
    }
  }

  private static RiskInputCsv.Result read(String text) throws IOException {
    return RiskInputCsv.read(new StringReader(text));
  }

  @Test
  void readsTheExample() throws IOException {
    RiskInputCsv.Result r = resource("risk-input-example.csv");
    assertTrue(r.isClean(), r.errors().toString());
    assertEquals(2, r.inputs().size());
    RiskInput p1 = r.inputs().get(0);
    assertEquals("P001", p1.patientId());
    assertEquals(Optional.of(ProductProfiles.AXICABTAGENE_CILOLEUCEL.product()), p1.product());
    assertEquals(Optional.of(LabelEra.AFTER_REMS_REMOVAL), p1.labelEra());
    assertEquals(java.util.Set.of(RiskFactor.HIGH_DISEASE_BURDEN), p1.riskFactors());
    assertEquals(OptionalInt.of(-5), p1.lymphodepletionStartDay());
    assertEquals(19, p1.measurements().size());
    assertEquals(2, p1.crsGrades().size());
    assertEquals(1, p1.tocilizumabDoses().size());
    assertEquals(1.1, p1.measurements().get(1).standardValue(), 1e-12); // 97.24 umol/L / 88.4
    assertEquals(Analyte.CREATININE, p1.measurements().get(1).analyte());
    RiskInput p2 = r.inputs().get(1);
    assertEquals(Optional.of(ProductProfiles.IDECABTAGENE_VICLEUCEL.product()), p2.product()); // "Abecma"
    assertEquals(300, p2.measurements().get(0).standardValue(), 1e-12); // 5 ukat/L x 60
  }

  @Test
  void reportsEveryBadRowWithLineColumnValueAndWhatIsAllowed() throws IOException {
    RiskInputCsv.Result r = resource("risk-input-errors.csv");
    List<String> got = new ArrayList<>();
    for (RowError e : r.errors()) {
      got.add(e.line() + " " + e.column() + " '" + e.value() + "'");
      assertFalse(e.allowed().isBlank(), e.message());
    }
    assertEquals(List.of(
        "2 unit ''",                 // no unit
        "3 unit 'mmol/L'",           // CRP in substance units: no molar mass in the reference
        "4 value '1,5'",             // decimal comma
        "5 unit 'x10^9/L'",          // not UCUM
        "6 unit 'pmol/L'",           // ferritin: only an approximate molar factor
        "7 hours_after_infusion '60'", // 60 h is not on day +1
        "8 day ''",                  // a lab needs its day
        "9 analyte 'sodium'",
        "10 value '6'",              // CRS grade 0-5
        "11 value '8'",              // tocilizumab row has no value
        "12 value 'teclistamab'",    // no profile
        "14 value '0'",              // platelets 0
        "15 day '-40'",
        "16 value '50'",             // temperature out of range
        "17 day '3'",                // lymphodepletion after infusion
        "18 patient_id ''",
        "19 - '7 fields'"), got);
    assertEquals(1, r.inputs().size());
    assertEquals(1, r.inputs().get(0).measurements().size()); // line 13, the one good row
    RowError unitless = r.errors().get(0);
    assertEquals("line 2, column unit: '' is not allowed; allowed: a unit is required: a mass concentration in UCUM: "
        + "mg/dL, mg/L (10 mg/L = 1 mg/dL), g/L ...", unitless.message());
    assertTrue(r.errors().get(3).allowed().contains("write 10*9/L"), r.errors().get(3).allowed());
    assertTrue(r.errors().get(2).allowed().contains("with a dot, not a comma"), r.errors().get(2).allowed());
  }

  @Test
  void columnOrderIsFreeAndHoursAreOptional() throws IOException {
    RiskInputCsv.Result r = read("unit,value,analyte,day,patient_id\nmg/L,50,crp,1,A\n\n  \nmg/dL, 5 ,crp,1,A\n");
    assertTrue(r.isClean(), r.errors().toString());
    assertEquals(5, r.inputs().get(0).measurements().get(0).standardValue(), 1e-12);
    assertEquals(5, r.inputs().get(0).measurements().get(1).standardValue(), 1e-12);
  }

  @Test
  void quotedFieldsFollowRfc4180() throws IOException {
    RiskInputCsv.Result r = read("patient_id,day,analyte,value,unit\r\n\"P, 1\",0,ldh,\"300\",\"U/L\"\r\n"
        + "\"P \"\"2\"\"\",0,ldh,300,U/L\r\nP3,0,ldh,3\"00,U/L\r\n");
    assertEquals(List.of("P, 1", "P \"2\""), r.inputs().stream().map(RiskInput::patientId).toList());
    assertEquals(1, r.errors().size());
    assertEquals(4, r.errors().get(0).line());
    assertEquals("-", r.errors().get(0).column());
  }

  @Test
  void aSecondDifferentProductEraOrLymphodepletionDayIsAnError() throws IOException {
    RiskInputCsv.Result r = read("patient_id,day,analyte,value,unit\n"
        + "A,,product,axi-cel,\nA,,product,Yescarta,\nA,,product,tisa-cel,\n"
        + "A,-5,lymphodepletion_start,,\nA,-6,lymphodepletion_start,,\n"
        + "A,,label_era,rems,\nA,,label_era,after_rems_removal,\n");
    assertEquals(List.of(4, 6, 8), r.errors().stream().map(RowError::line).toList());
    assertEquals(OptionalInt.of(-5), r.inputs().get(0).lymphodepletionStartDay());
  }

  @ParameterizedTest(name = "header ''{0}'' makes the file unreadable")
  @ValueSource(strings = {"", "patient_id,day,analyte,value", "patient_id,day,analyte,value,unit,units",
      "patient_id,day,analyte,value,unit,day", "Patient_ID,day,analyte,value,unit"})
  void aBadHeaderMakesTheFileUnreadable(String header) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> read(header + "\nA,0,ldh,300,U/L\n"));
    assertEquals("header", e.field());
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    assertTrue(read("\uFEFFpatient_id,day,analyte,value,unit\nA,0,ldh,300,U/L\n").isClean());
  }
}
