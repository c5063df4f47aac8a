package org.icans.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icans.model.InvalidValueException;
import org.icans.model.patient.Patient;
import org.icans.management.testing.Situations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Building a situation: defaults, and errors that name the field, the value and what is allowed. */
class SituationTest {

  @Test
  void defaults() {
    Situation s = Situation.of(2, 1, 45, 80);
    assertEquals(2, s.icansGrade());
    assertEquals(1, s.crsGrade());
    assertTrue(s.hasConcurrentCrs());
    assertEquals(AgeGroup.ADULT, s.ageGroup());
    assertEquals(80, s.weightKg().getAsDouble());
    assertTrue(s.product().isEmpty());
    assertEquals(0, s.hoursWithoutImprovement());
    assertEquals(0, s.daysOfCorticosteroid());
    assertEquals(SeizureStatus.NOT_ASSESSED, s.seizure());
    assertEquals(EegStatus.NOT_DONE, s.eeg());
    assertEquals(CerebralEdema.NOT_ASSESSED, s.edema());
  }

  @Test
  void ageGroupBoundaryIs18() {
    assertEquals(AgeGroup.CHILD, Situation.of(1, 0, 17.99, 60).ageGroup());
    assertEquals(AgeGroup.ADULT, Situation.of(1, 0, 18, 60).ageGroup());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      icans 5         | situation.icansGrade            | 5
      icans -1        | situation.icansGrade            | -1
      crs 7           | situation.crsGrade              | 7
      hours -1        | situation.hoursWithoutImprovement | -1
      hours NaN       | situation.hoursWithoutImprovement | NaN
      days -2         | situation.daysOfCorticosteroid  | -2
      weight 0        | patient.weightKg                | 0
      age 130         | patient.ageYears                | 130
      """)
  void refusedValuesNameTheFieldAndTheValue(String input, String field, String value) {
    Situation.Builder b = Situation.builder().icansGrade(2).crsGrade(0).ageYears(50).weightKg(70);
    String[] kv = input.split(" ");
    switch (kv[0]) {
      case "icans": b.icansGrade(Integer.parseInt(kv[1])); break;
      case "crs": b.crsGrade(Integer.parseInt(kv[1])); break;
      case "hours": b.hoursWithoutImprovement(Double.parseDouble(kv[1])); break;
      case "days": b.daysOfCorticosteroid(Integer.parseInt(kv[1])); break;
      case "weight": b.weightKg(Double.parseDouble(kv[1])); break;
      case "age": b.ageYears(Double.parseDouble(kv[1])); break;
      default: throw new AssertionError(input);
    }
    InvalidValueException e = assertThrows(InvalidValueException.class, b::build);
    assertEquals(field, e.field());
    assertTrue(e.value().startsWith(value), e.getMessage());
    assertTrue(e.getMessage().contains("allowed"), e.getMessage());
  }

  @Test
  void missingRequiredValues() {
    assertEquals("situation.icansGrade",
        assertThrows(InvalidValueException.class, () -> Situation.builder().crsGrade(0).ageYears(3).build()).field());
    assertEquals("situation.crsGrade",
        assertThrows(InvalidValueException.class, () -> Situation.builder().icansGrade(0).ageYears(3).build()).field());
    assertEquals("situation.ageYears",
        assertThrows(InvalidValueException.class, () -> Situation.builder().icansGrade(0).crsGrade(0).build()).field());
  }

  @ParameterizedTest(name = "{0} needs grade {1}")
  @CsvSource({
      "SEIZURE_RESOLVED, 3", "NONCONVULSIVE_STATUS_EPILEPTICUS, 3", "PROLONGED_OR_REPETITIVE, 4"})
  void seizuresMustAgreeWithTheGrade(SeizureStatus seizure, int minimum) {
    Situation.Builder b = Situation.builder().crsGrade(0).ageYears(50).seizure(seizure);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> b.icansGrade(minimum - 1).build());
    assertEquals("situation.icansGrade", e.field());
    assertTrue(e.allowed().contains("ASTCT 2019"), e.getMessage());
    assertEquals(minimum, b.icansGrade(minimum).build().icansGrade());
  }

  @Test
  void edemaAndEegMustAgreeWithTheGrade() {
    assertThrows(InvalidValueException.class,
        () -> Situation.builder().icansGrade(2).crsGrade(0).ageYears(50).edema(CerebralEdema.FOCAL).build());
    assertThrows(InvalidValueException.class, () -> Situation.builder().icansGrade(3).crsGrade(0).ageYears(50)
        .edema(CerebralEdema.DIFFUSE_OR_RAISED_ICP).build());
    assertThrows(InvalidValueException.class, () -> Situation.builder().icansGrade(2).crsGrade(0).ageYears(50)
        .eeg(EegStatus.ELECTROGRAPHIC_SEIZURES).build());
    assertEquals(1, Situation.builder().icansGrade(1).crsGrade(0).ageYears(50)
        .eeg(EegStatus.EPILEPTIFORM_OR_PERIODIC).build().icansGrade());
  }

  @Test
  void aWholePatientAndWithers() {
    Patient p = Patient.builder().ageYears(9).weightKg(28).developmentalDelay(true).product(Situations.TISA_CEL).build();
    Situation s = Situation.builder().icansGrade(1).crsGrade(0).patient(p).build();
    assertEquals(p, s.patient());
    assertEquals(AgeGroup.CHILD, s.ageGroup());
    Situation heavier = s.withWeightKg(40);
    assertEquals(40, heavier.weightKg().getAsDouble());
    assertEquals(s.product(), heavier.product());
    assertEquals(s, s.toBuilder().build());
    assertEquals(s.hashCode(), s.toBuilder().build().hashCode());
  }

  @Test
  void describeIsLocaleFreeAndComplete() {
    Situation s = Situations.sample().toBuilder().hoursWithoutImprovement(12.5).daysOfCorticosteroid(1).build();
    assertEquals("ICANS grade 3, CRS grade 0; adult, 60 y, 70 kg; product axicabtagene ciloleucel (CAR T cells, "
        + "CD19); no improvement for 12.5 h; corticosteroid 1 day; seizures: not assessed; EEG: not done; cerebral edema: not assessed",
        s.describe());
  }
}
