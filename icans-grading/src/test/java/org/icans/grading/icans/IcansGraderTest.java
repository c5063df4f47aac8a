package org.icans.grading.icans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icans.model.assessment.Assessment;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The oracle cases of {@code reference/grading.md} section 8.1 (adults, ICE) and 8.2 (children,
 * CAPD). Each row: case id | input in {@link ReferenceCases} notation | expected grade (empty: no
 * grade) | expected drivers | complete | the reading, for rows the reference marks ambiguous.
 */
class IcansGraderTest {

  @ParameterizedTest(name = "{0}: {1} -> {2} by [{3}] {5}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      A01 | ice=10                          | 0 |                         | true  |
      A02 | ice=9                           | 1 | encephalopathy          | true  |
      A03 | ice=8                           | 1 | encephalopathy          | true  |
      A04 | ice=7                           | 1 | encephalopathy          | true  |
      A05 | ice=6                           | 2 | encephalopathy          | true  |
      A06 | ice=5                           | 2 | encephalopathy          | true  |
      A07 | ice=4                           | 2 | encephalopathy          | true  |
      A08 | ice=3                           | 2 | encephalopathy          | true  |
      A09 | ice=2                           | 3 | encephalopathy          | true  |
      A10 | ice=1                           | 3 | encephalopathy          | true  |
      A11 | ice=0 loc=alert                 | 3 | encephalopathy          | true  | ICE 0 awake with global aphasia
      A12 | ice=0 loc=unarousable           | 4 | encephalopathy;consciousness | true |
      A13 | ice=0 loc=touch                 | 3 | encephalopathy;consciousness | true | choice 2: ICE 0 is 4 only when unarousable
      A14 | ice=0 loc=unarousable           | 4 | encephalopathy;consciousness | true | vigorous stimuli = unarousable cell
      A15 | tasks=4/3/1/1/1                 | 0 |                         | true  |
      A16 | tasks=3/3/1/0/0                 | 1 | encephalopathy          | true  |
      A17 | tasks=2/2/1/1/0                 | 2 | encephalopathy          | true  |
      A18 | tasks=1/1/0/0/0                 | 3 | encephalopathy          | true  |
      A19 | ice=10 loc=voice                | 2 | consciousness           | true  |
      A20 | ice=9 loc=voice                 | 2 | consciousness           | true  |
      A21 | ice=8 loc=touch                 | 3 | consciousness           | true  |
      A22 | ice=10 loc=spont                | 1 | consciousness           | true  | choice 4: awakens spontaneously is depressed (1), alert is 0
      A23 | ice=1 loc=voice                 | 3 | encephalopathy          | true  |
      A24 | ice=4 loc=touch                 | 3 | consciousness           | true  |
      A25 | ice=7 loc=voice attr=loc        | 1 | encephalopathy          | true  |
      A26 | ice=10 loc=unarousable attr=loc | 0 |                         | true  | choice 6: sedation is an explicit attribution
      A27 | ice=8 sz=rapid                  | 3 | seizure                 | true  |
      A28 | ice=2 loc=spont                 | 3 | encephalopathy          | true  |
      A29 | ice=3 sz=rapid                  | 3 | seizure                 | true  |
      A30 | ice=10 sz=rapid                 | 3 | seizure                 | true  |
      A31 | ice=10 sz=rapid                 | 3 | seizure                 | true  |
      A32 | ice=9 sz=prolonged              | 4 | seizure                 | true  |
      A33 | ice=9 sz=rapid                  | 3 | seizure                 | true  | exactly 5 min: grade 4 needs > 5 min
      A34 | sz=prolonged                    | 4 | seizure                 | true  |
      A35 | sz=prolonged                    | 4 | seizure                 | true  |
      A36 | sz=rapid                        | 3 | seizure                 | true  | number of seizures is not a criterion
      A37 | sz=rapid                        | 3 | seizure                 | true  | closest cell: EEG seizures count as rapidly resolving
      A38 | ice=10 sz=none                  | 0 |                         | true  |
      A39 | ice=9 sz=rapid attr=sz          | 1 | encephalopathy          | true  |
      A40 | ice=10 motor=hemi               | 4 | motor                   | true  |
      A41 | ice=9 motor=para                | 4 | motor                   | true  |
      A42 | ice=10 motor=tremor             | 0 |                         | true  |
      A43 | ice=8 motor=myoclonus           | 1 | encephalopathy          | true  |
      A44 | ice=9 motor=hemi attr=motor     | 1 | encephalopathy          | true  |
      A45 | ice=10 motor=none               | 0 |                         | true  |
      A46 | ice=10 motor=hemi               | 4 | motor                   | true  | recorded as hemiparesis when the clinician calls it deep focal weakness
      A47 | ice=10 motor=none               | 0 |                         | true  | gait ataxia is not a domain
      A48 | ice=10                          | 0 |                         | true  | headache is not graded
      A49 | ice=10 icp=focal                | 3 | icp                     | true  |
      A50 | ice=6 icp=diffuse               | 4 | icp                     | true  |
      A51 | icp=posturing                   | 4 | icp                     | true  |
      A52 | icp=posturing                   | 4 | icp                     | true  |
      A53 | icp=cn6                         | 4 | icp                     | true  |
      A54 | icp=papilledema                 | 4 | icp                     | true  |
      A55 | icp=cushing                     | 4 | icp                     | true  |
      A56 | ice=9 icp=focal attr=icp        | 1 | encephalopathy          | true  |
      A57 | ice=10 icp=diffuse attr=icp     | 0 |                         | true  |
      A58 | ice=5                           | 2 | encephalopathy          | true  | confusion not attributed to the bleed
      A59 | ice=5 icp=focal                 | 3 | icp                     | true  |
      A60 | ice=9 icp=papilledema sz=rapid  | 4 | icp                     | true  |
      A61 | ice=2 loc=voice sz=rapid icp=focal | 3 | encephalopathy;seizure;icp | true |
      A62 | icp=diffuse died                | 5 |                         | true  |
      A63 | na=enc                          | 0 |                         | false | choice 7: lower bound, incomplete
      A64 | na=enc loc=voice                | 2 | consciousness           | false | choice 7
      A65 | na=enc sz=prolonged             | 4 | seizure                 | false |
      A66 | ice=7 na=icp                    | 1 | encephalopathy          | false | choice 7: imaging not done
      A67 | na=enc+sz+motor+icp loc=unarousable attr=loc | null | | false | sedated: nothing gradeable, never 4
      A68 | na=enc                          | 0 |                         | false | untestable ICE is not ICE 0
      A69 | ice=8                           | 1 | encephalopathy          | true  | no baseline adjustment
      A70 | ice=9                           | 1 | encephalopathy          | true  | literal score of the tested points
      A71 | age=12 ice=6                    | 2 | encephalopathy          | true  | choice 1: ICE from age 12.0
      A72 | age=16 delay capd=10            | 3 | encephalopathy          | true  | choice 1: CAPD with developmental delay
      A73 | age=30 delay capd=7 loc=spont   | 1 | encephalopathy;consciousness | true |
      A74 | age=40 ice=8 capd=12            | 1 | encephalopathy          | true  | the tool that does not apply is ignored
      """)
  void adultCases(String id, String input, Integer grade, String drivers, boolean complete, String reading) {
    check(ReferenceCases.parse(input, 40), grade, drivers, complete);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2} by [{3}] {5}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      P01 | capd=0 loc=alert                 | 0 |                          | true | choice 3: CAPD 0 is no finding
      P02 | capd=1 loc=spont                 | 1 | encephalopathy;consciousness | true | both domains reach 1
      P03 | capd=8 loc=spont                 | 1 | encephalopathy;consciousness | true |
      P04 | capd=8 loc=voice                 | 2 | consciousness            | true |
      P05 | capd=4 loc=voice                 | 2 | consciousness            | true |
      P06 | capd=9                           | 3 | encephalopathy           | true |
      P07 | capd=20                          | 3 | encephalopathy           | true |
      P08 | capd=32                          | 3 | encephalopathy           | true |
      P09 | capd=unable loc=unarousable      | 4 | encephalopathy;consciousness | true |
      P10 | capd=5 loc=touch                 | 3 | consciousness            | true | literal reading: the rater scored the CAPD
      P11 | capd=6 sz=rapid                  | 3 | seizure                  | true |
      P12 | capd=3 sz=prolonged              | 4 | seizure                  | true |
      P13 | capd=2 icp=focal                 | 3 | icp                      | true |
      P14 | capd=2 icp=diffuse               | 4 | icp                      | true |
      P15 | capd=7 motor=hemi                | 4 | motor                    | true |
      P16 | na=enc+sz+motor+icp loc=unarousable attr=loc+enc | null | | false | sedated: nothing gradeable, never 4
      P17 | age=0.67 capd=10                 | 3 | encephalopathy           | true |
      P18 | age=10 delay capd=10             | 3 | encephalopathy           | true | literal: no baseline rule
      P19 | capd=0 motor=tremor              | 0 |                          | true |
      P20 | age=8 capd=4 loc=unarousable     | 4 | consciousness            | true |
      P21 | capd=3 icp=focal attr=icp        | 1 | encephalopathy           | true |
      P22 | age=11.9 ice=9                   | 0 |                          | false | CAPD applies below 12: the ICE is ignored
      P23 | items=0;0;0;0;0;0;0;0            | 3 | encephalopathy           | true | all never = 16
      P24 | items=4;4;4;4;4;4;4;4            | 3 | encephalopathy           | true | all always = 16
      P25 | items=4;4;4;4;0;0;0;0            | 0 |                          | true | best case = 0
      P26 | items=3;3;3;3;1;1;1;1 loc=spont  | 1 | encephalopathy;consciousness | true | 8
      P27 | items=3;3;3;3;1;1;1;2            | 3 | encephalopathy           | true | 9
      """)
  void pediatricCases(String id, String input, Integer grade, String drivers, boolean complete, String reading) {
    check(ReferenceCases.parse(input, 6), grade, drivers, complete);
  }

  private static void check(ReferenceCases.Case c, Integer grade, String drivers, boolean complete) {
    IcansGrade result = IcansGrader.grade(c.observation(), c.patient());
    assertEquals(grade == null ? -1 : grade, result.gradeOrMinusOne(), result::explanation);
    assertEquals(drivers == null ? "" : drivers, ReferenceCases.names(result.drivers()), result::explanation);
    assertEquals(complete, result.isComplete(), result::explanation);
  }

  @Test
  void theToolFollowsAgeAndDevelopmentalDelay() {
    assertEquals(EncephalopathyTool.CAPD, EncephalopathyTool.forPatient(11.99, false));
    assertEquals(EncephalopathyTool.ICE, EncephalopathyTool.forPatient(12.0, false));
    assertEquals(EncephalopathyTool.CAPD, EncephalopathyTool.forPatient(40, true));
    assertEquals(EncephalopathyTool.CAPD, IcansGrader.grade(IcansObservation.notAssessed(), Patient.aged(6)).tool());
  }

  @Test
  void aResultExplainsTheRuleAndSourceThatDecided() {
    IcansGrade g = IcansGrader.grade(IcansObservation.builder().ice(IceScore.ofTotal(2)).build(), Patient.aged(50));
    assertEquals(3, g.gradeOrMinusOne());
    assertEquals(List.of(IcansRule.ICE_0_TO_2), g.decidingRules());
    String summary = g.summary();
    assertTrue(summary.startsWith("ICANS grade 3 by encephalopathy (ICE 2 -> 3: ICE 0-2; LEE19"), summary);
    assertTrue(summary.contains("lower bound: consciousness, seizure, motor, icp not assessed"), summary);
    String full = g.explanation();
    assertTrue(full.contains("encephalopathy tool: ICE"), full);
    assertTrue(full.contains("motor: not assessed"), full);
    assertEquals(DomainStatus.NOT_ASSESSED, g.domain(IcansDomain.MOTOR).status());
    assertEquals("LEE19", g.domain(IcansDomain.ENCEPHALOPATHY).rule().orElseThrow().source().key());
  }

  @Test
  void attributedDomainsAreNamedAsLeftOut() {
    IcansGrade g = IcansGrader.grade(IcansObservation.builder().ice(IceScore.ofTotal(10))
        .consciousness(Consciousness.UNAROUSABLE).addAttributedToOtherCause(IcansDomain.CONSCIOUSNESS).build(),
        Patient.aged(50));
    assertEquals(0, g.gradeOrMinusOne());
    assertEquals(DomainStatus.ATTRIBUTED_TO_OTHER_CAUSE, g.domain(IcansDomain.CONSCIOUSNESS).status());
    assertTrue(g.summary().contains("left out as attributed to another cause: consciousness"), g.summary());
  }

  @Test
  void nothingGradeableGivesNoGrade() {
    IcansGrade g = IcansGrader.grade(IcansObservation.notAssessed(), Patient.aged(50));
    assertFalse(g.isGraded());
    assertTrue(g.grade().isEmpty());
    assertFalse(g.isComplete());
    assertTrue(g.summary().startsWith("no ICANS grade"), g.summary());
  }

  @Test
  void deathIsGradeFiveWhateverElse() {
    IcansGrade g = IcansGrader.grade(IcansObservation.builder().diedOfIcans(true).build(), Patient.aged(50));
    assertEquals(5, g.gradeOrMinusOne());
    assertEquals(List.of(IcansRule.DEATH), g.decidingRules());
    assertTrue(g.drivers().isEmpty());
  }

  @Test
  void resultsAreSharedValues() {
    IcansObservation o = IcansObservation.builder().ice(IceScore.ofTotal(5)).build();
    assertSame(IcansGrader.grade(o, Patient.aged(30)), IcansGrader.grade(o, Patient.aged(70)));
  }

  @Test
  void anAssessmentIsGradedWithItsPatient() {
    Assessment a = Assessment.builder().patientId("P1").day(5).patient(Patient.aged(8))
        .icans(IcansObservation.builder().ice(IceScore.ofTotal(2)).build()).build();
    // Age 8: CAPD applies and was not done; the ICE is ignored.
    assertFalse(IcansGrader.grade(a).isGraded());
  }
}
