package org.icans.cli.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icans.model.InvalidValueException;
import org.icans.model.patient.LabelEra;
import org.icans.risk.observation.Analyte;
import org.icans.risk.product.ProductProfiles;
import org.icans.risk.product.RiskFactor;
import org.icans.risk.report.RiskInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The risk input CSV, version 1: the example files, row errors with line, column, analyte, value
 * and what is allowed.
 */
class RiskInputCsvTest {

  static RiskInputCsv.Result resource(String name) throws IOException {
    try (InputStream in = RiskInputCsvTest.class.getResourceAsStream(name)) {
      return RiskInputCsv.read(in);
    }
  }

  private static RiskInputCsv.Result read(String text) throws IOException {
    return RiskInputCsv.read(utf8(text));
  }

  /** The text as the UTF-8 bytes of a file. */
  static InputStream utf8(String text) {
    return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
    assertEquals(OptionalDouble.of(-5), p1.lymphodepletionStartDay());
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
      got.add(e.line() + " " + e.column() + " " + (e.analyte().isEmpty() ? "-" : e.analyte()) + " '" + e.value() + "'");
      assertFalse(e.allowed().isBlank(), e.message());
    }
    assertEquals(List.of(
        "2 unit crp ''",                 // no unit
        "3 unit crp 'mmol/L'",           // CRP in substance units: no molar mass in the reference
        "4 value crp '1,5'",             // decimal comma
        "5 unit platelets 'x10^9/L'",    // not UCUM
        "6 unit ferritin 'pmol/L'",      // ferritin: only an approximate molar factor
        "7 hours_after_infusion il6 '60'", // 60 h is not on day +1
        "8 day ldh ''",                  // a lab needs its day
        "9 analyte - 'sodium'",          // the analyte column itself: not named twice
        "10 value crs_grade '6'",        // CRS grade 0-5
        "11 value tocilizumab '8'",      // tocilizumab row has no value
        "12 value product 'teclistamab'", // no profile
        "14 value platelets '0'",        // platelets 0
        "15 day ldh '-40'",
        "16 value temperature '50'",     // temperature outside its plausible range
        "17 day lymphodepletion_start '3'", // lymphodepletion after infusion
        "18 patient_id ldh ''",
        "19 - ldh '7 fields'",
        "20 value crp '163.9'"), got);   // CRP in mg/L written as mg/dL: outside the plausible range [P]
    assertEquals(1, r.inputs().size());
    assertEquals(1, r.inputs().get(0).measurements().size()); // line 13, the one good row
    RowError unitless = r.errors().get(0);
    assertEquals("line 2, column unit (analyte crp): '' is not allowed; allowed: a unit is required: a mass "
        + "concentration in UCUM: mg/dL, mg/L (10 mg/L = 1 mg/dL), g/L ...", unitless.message());
    assertTrue(r.errors().get(3).allowed().contains("write 10*9/L"), r.errors().get(3).allowed());
    assertTrue(r.errors().get(2).allowed().contains("with a dot, not a comma"), r.errors().get(2).allowed());
    assertEquals("line 19 (analyte ldh): '7 fields' is not allowed; allowed: 6 fields, as many as the header",
        r.errors().get(16).message());
    assertEquals("line 9, column analyte: 'sodium' is not allowed; allowed: one of " + RiskInputCsv.analyteKeys(),
        r.errors().get(7).message());
    assertEquals("line 20, column value (analyte crp): '163.9' is not allowed; allowed: CRP from 0 to 100 mg/dL "
        + "(0 to 1000 mg/L): outside this range is probably a unit mix-up (mg/L entered as mg/dL?)",
        r.errors().get(17).message());
  }

  /** The safety issue's examples, in a file: each row refused naming its analyte; the good rows still read. */
  @Test
  void implausibleValuesAreRowErrorsNamingTheAnalyteAndTheGoodRowsAreStillRead() throws IOException {
    RiskInputCsv.Result r = read("patient_id,day,analyte,value,unit\n"
        + "A,0,platelets,100000,10*9/L\n"
        + "A,0,creatinine,88.4,mg/dL\n"
        + "A,0,crp,163.9,mg/dL\n"
        + "A,0,platelets,25000,/mL\n"
        + "A,0,platelets,0.5,10*9/L\n"
        + "A,0,crp,,mg/dL\n"
        + "A,0,crp,5,\n"
        + "A,0,ldh,300,U/L\n"
        + "A,0,platelets,150000,/uL\n"
        + "A,0,creatinine,88.4,umol/L\n"
        + "A,0,crp,16.39,mg/dL\n");
    assertEquals(List.of(
        "line 2, column value (analyte platelets): '100000' is not allowed; allowed: platelets from 1 to 2000 10*9/L "
            + "(1000 to 2000000 /uL): outside this range is probably a unit mix-up (/uL entered as 10*9/L?)",
        "line 3, column value (analyte creatinine): '88.4' is not allowed; allowed: creatinine from 0.05 to 25 mg/dL "
            + "(4.42 to 2210 umol/L): outside this range is probably a unit mix-up (umol/L entered as mg/dL?)",
        "line 4, column value (analyte crp): '163.9' is not allowed; allowed: CRP from 0 to 100 mg/dL "
            + "(0 to 1000 mg/L): outside this range is probably a unit mix-up (mg/L entered as mg/dL?)",
        "line 5, column value (analyte platelets): '25000' is not allowed; allowed: platelets from 1 to 2000 10*9/L "
            + "(1000000 to 2000000000 /mL; 1000 to 2000000 /uL): outside this range is probably a unit mix-up "
            + "(/uL entered as /mL?)",
        "line 6, column value (analyte platelets): '0.5' is not allowed; allowed: platelets from 1 to 2000 10*9/L: "
            + "outside this range is probably a unit mix-up or a mistyped value",
        "line 7, column value (analyte crp): '' is not allowed; allowed: a number: crp needs its value",
        "line 8, column unit (analyte crp): '' is not allowed; allowed: a unit is required: a mass concentration in "
            + "UCUM: mg/dL, mg/L (10 mg/L = 1 mg/dL), g/L ..."),
        r.errors().stream().map(RowError::message).toList());
    List<Double> read = r.inputs().get(0).measurements().stream().map(m -> m.standardValue()).toList();
    assertEquals(List.of(300.0, 150.0, 1.0, 16.39), read);
  }

  @Test
  void everyKindOfRowNamesItsAnalyteInItsErrors() throws IOException {
    RiskInputCsv.Result r = read("patient_id,day,analyte,value,unit\n"
        + "A,x,CRP,5,mg/dL\n"           // a lab value's key is case-insensitive: named as the format spells it
        + "A,1,crs_grade,9,\n"
        + "A,,product,x,\n"
        + "A,,label_era,now,\n"
        + "A,,risk_factor,luck,\n"
        + "A,0,lymphodepletion_start,,\n"
        + "A,1,tocilizumab,,mg\n"
        + "A,1,Crs_Grade,1,\n"          // not a row kind (those are case-sensitive): the analyte column is wrong
        + "A,1,crp,5\"0,mg/dL\n"        // a quoting error in another field: the analyte is still sure
        + "A,1,,crp,5,mg/dL\n");         // a field too many: the analyte column holds '', named only when sure
    assertEquals(List.of("crp", "crs_grade", "product", "label_era", "risk_factor", "lymphodepletion_start",
        "tocilizumab", "", "crp", ""), r.errors().stream().map(RowError::analyte).toList());
    assertEquals("analyte", r.errors().get(7).column());
  }

  @Test
  void aRowErrorWithoutAnAnalyteSaysSo() {
    RowError e = new RowError(4, "-", "3 fields", "6 fields");
    assertEquals("", e.analyte());
    assertEquals("line 4", e.location());
    assertEquals("line 4: '3 fields' is not allowed; allowed: 6 fields", e.message());
    assertEquals(e.message(), e.toString());
    assertEquals("line 5, column day (analyte ldh)", new RowError(5, "day", "ldh", "", "a day").location());
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
  void aLineTooLongToReadIsReportedAndTheNextRowRead() throws IOException {
    String header = "patient_id,day,analyte,value,unit\n";
    RiskInputCsv.Result r = read(header + "A,0,ldh," + "9".repeat(9 << 20) + ",U/L\nA,0,crp,5,mg/L\n");
    assertEquals(1, r.errors().size());
    RowError e = r.errors().get(0);
    assertEquals(2, e.line());
    assertTrue(e.value().startsWith("a line of "), e::message);
    assertEquals("a line of at most 8 MiB (it was skipped; reading went on with the next line)", e.allowed());
    assertEquals(1, r.inputs().get(0).measurements().size());
    InvalidValueException h = assertThrows(InvalidValueException.class, () -> read("x".repeat(9 << 20) + "\n"));
    assertEquals("a header line of at most 8 MiB", h.allowed());
  }

  @Test
  void aSecondDifferentProductEraOrLymphodepletionDayIsAnError() throws IOException {
    RiskInputCsv.Result r = read("patient_id,day,analyte,value,unit\n"
        + "A,,product,axi-cel,\nA,,product,Yescarta,\nA,,product,tisa-cel,\n"
        + "A,-5,lymphodepletion_start,,\nA,-6,lymphodepletion_start,,\n"
        + "A,,label_era,rems,\nA,,label_era,after_rems_removal,\n");
    assertEquals(List.of(4L, 6L, 8L), r.errors().stream().map(RowError::line).toList());
    assertEquals(OptionalDouble.of(-5), r.inputs().get(0).lymphodepletionStartDay());
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

  @Test
  void daysAreTheModelsDecimalDays() throws IOException {
    RiskInputCsv.Result r = read("patient_id,day,hours_after_infusion,analyte,value,unit\n"
        + "A,-5.5,,lymphodepletion_start,,\n"
        + "A,1.5,30,temperature,39,Cel\n"
        + "A,4.25,,crs_grade,3,\n"
        + "A,-0.5,,ldh,300,U/L\n"
        + "A,1.5,50,il6,20,pg/mL\n"      // 50 h is not on calendar day +1
        + "A,1e3,,ldh,300,U/L\n"
        + "A,\"1,5\",,ldh,300,U/L\n"
        + "A,-30.5,,ldh,300,U/L\n"
        + "A,0.5,,lymphodepletion_start,,\n"
        + "A,1,,crs_grade,99999999999,\n");
    RiskInput a = r.inputs().get(0);
    assertEquals(OptionalDouble.of(-5.5), a.lymphodepletionStartDay());
    assertEquals(List.of(1.5, -0.5), a.measurements().stream().map(m -> m.time().day()).toList());
    assertEquals(4.25, a.crsGrades().get(0).time().day());
    List<String> errors = new ArrayList<>();
    for (RowError e : r.errors()) {
      errors.add(e.line() + " " + e.column() + " " + e.value() + ": " + e.allowed());
    }
    assertEquals(List.of(
        "6 hours_after_infusion 50: a number of hours that falls on day +1, i.e. more than 0 and less than 48",
        "7 day 1e3: a day relative to infusion (day 0): a decimal number, -30 or later, like 5 or 5.5",
        "8 day 1,5: a day relative to infusion (day 0): a decimal number, -30 or later, like 5 or 5.5 (a dot, not a comma)",
        "9 day -30.5: a day relative to infusion (day 0): a decimal number, -30 or later, like 5 or 5.5",
        "10 day 0.5: a day before infusion: -30 or later, below 0",
        "11 value 99999999999: an ASTCT CRS grade, an integer 0-5"), errors);
  }

  @Test
  void theLabelEraIsStatedByTheFileInItsCodes() throws IOException {
    RiskInputCsv.Result r = read("patient_id,day,analyte,value,unit\nA,,label_era,After-REMS-removal,\n"
        + "B,,label_era,2025-07-01,\n");
    assertEquals(Optional.of(LabelEra.AFTER_REMS_REMOVAL), r.inputs().get(0).labelEra());
    assertEquals("rems (infusion before 27 June 2025) or after_rems_removal", r.errors().get(0).allowed());
  }
}
