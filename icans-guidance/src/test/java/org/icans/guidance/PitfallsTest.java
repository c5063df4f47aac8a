package org.icans.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pitfalls as checks. Each row: findings | attributed to ICANS | formal ICE done | concurrent
 * CRS | tocilizumab planned | routine steroid premedication | tremor counted in the grade | the
 * pitfalls reported.
 */
class PitfallsTest {

  @ParameterizedTest(name = "{0} icans={1} ice={2} crs={3} toci={4} premed={5} tremor={6} -> {7}")
  @CsvSource(delimiter = '|', textBlock = """
      headache             | true  | false | false | false | false | false | headache_alone,formal_assessment
      headache             | true  | true  | false | false | false | false | headache_alone
      headache             | false | true  | false | false | false | false | ''
      headache,aphasia     | true  | true  | false | false | false | false | ''
      aphasia              | true  | true  | false | true  | false | false | tocilizumab_isolated_icans
      aphasia              | true  | true  | true  | true  | false | false | ''
      ''                   | false | false | false | false | true  | false | steroid_premedication
      encephalopathy       | true  | false | false | false | false | false | formal_assessment
      ''                   | false | false | false | false | false | false | ''
      tremor               | true  | true  | false | false | false | true  | tremor_grade
      headache             | true  | false | false | true  | true  | true  | headache_alone,tocilizumab_isolated_icans,steroid_premedication,formal_assessment,tremor_grade
      """)
  void pitfallsAreReportedWhenTheSituationFallsIntoThem(String findings, boolean icans, boolean ice, boolean crs,
      boolean toci, boolean premed, boolean tremor, String expected) {
    ClinicalSituation.Builder b = ClinicalSituation.builder().attributedToIcans(icans).formalAssessmentDone(ice)
        .concurrentCrs(crs).tocilizumabPlanned(toci).routineSteroidPremedicationPlanned(premed)
        .tremorCountedInGrade(tremor);
    if (!findings.isEmpty()) {
      b.findings(NeurologicalFinding.fromCodes(Arrays.asList(findings.split(","))));
    }
    List<String> codes = new ArrayList<>();
    Pitfalls.check(b.build()).forEach(p -> codes.add(p.code()));
    assertEquals(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(",")), codes);
  }

  /** Each pitfall cites seed 000's list or the ASTCT footnote, and a stronger source where there is one. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      headache_alone             | SEED000,SEED002
      tocilizumab_isolated_icans | SEED000,SEED002,SEED001
      steroid_premedication      | SEED000
      formal_assessment          | SEED000,CHOICES,SEED002
      tremor_grade               | LEE19,SEED002
      """)
  void eachPitfallCitesItsSources(String code, String keys) {
    List<String> cited = new ArrayList<>();
    Pitfall.fromCode(code).line().sources().forEach(c -> cited.add(c.key()));
    for (String k : keys.split(",")) {
      assertTrue(cited.contains(k), () -> code + " cites " + cited);
    }
    assertEquals(1, Pitfalls.explain(List.of(Pitfall.fromCode(code))).size());
  }
}
