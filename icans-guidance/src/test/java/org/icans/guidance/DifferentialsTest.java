package org.icans.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.icans.model.InvalidValueException;
import org.icans.model.evidence.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The differential checklist: which causes to rule out for which findings, and the work-up. */
class DifferentialsTest {

  private static final List<String> GENERAL = List.of("intracranial_hemorrhage", "cns_infection",
      "electrolyte_or_metabolic", "acute_kidney_injury", "cns_disease_progression", "pres",
      "fludarabine_leukoencephalopathy");

  /** Each row: findings | the items tied to them, in checklist order, besides the general ones. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      aphasia                  | acute_ischemic_stroke
      focal_weakness           | acute_ischemic_stroke
      encephalopathy           | ''
      depressed_consciousness  | sedating_medication
      seizure                  | ''
      headache                 | raised_intracranial_pressure,crs_or_chemotherapy_headache
      raised_icp_signs         | raised_intracranial_pressure
      tremor                   | ''
      gait_instability         | chemotherapy_or_deconditioning
      aphasia,headache         | acute_ischemic_stroke,raised_intracranial_pressure,crs_or_chemotherapy_headache
      """)
  void itemsFollowTheFindings(String findings, String tied) {
    DifferentialChecklist c = Differentials.forFindingCodes(Arrays.asList(findings.split(",")));
    List<String> codes = new ArrayList<>();
    c.items().forEach(i -> codes.add(i.code()));
    List<String> expectedTied = tied.isEmpty() ? List.of() : Arrays.asList(tied.split(","));
    assertTrue(codes.containsAll(GENERAL), codes::toString);
    assertTrue(codes.containsAll(expectedTied), codes::toString);
    assertEquals(GENERAL.size() + expectedTied.size(), codes.size(), codes::toString);
  }

  @Test
  void strokeComesFirstWithTheThrombolysisWindow() {
    DifferentialChecklist c = Differentials.forPresentation(Set.of(NeurologicalFinding.APHASIA));
    assertEquals(DifferentialItem.ACUTE_ISCHEMIC_STROKE, c.items().get(0));
    String text = c.items().get(0).line().text();
    assertTrue(text.contains("thrombolysis or thrombectomy"), text);
    assertTrue(keys(c.items().get(0).line()).contains("SEED002"));
  }

  /** Each item of the list, with the source that backs it. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      acute_ischemic_stroke          | SEED002 | Workup and Differentials
      cns_infection                  | SEED002 | Workup and Differentials
      electrolyte_or_metabolic       | ASCO21  | ICANS, all grades: correct severe hyponatremia
      acute_kidney_injury            | SEED002 | Workup and Differentials
      cns_disease_progression        | SEED004 | Principles and Mechanisms: ICANS is a diagnosis of exclusion
      pres                           | SEED004 | Applications: EEG and MRI
      fludarabine_leukoencephalopathy | SEED002 | Neuroimaging
      intracranial_hemorrhage        | LEE19   | ICANS table footnote (intracranial hemorrhage excluded)
      sedating_medication            | LEE19   | ICANS table footnote (depressed consciousness not due to other cause)
      """)
  void eachItemCitesItsSource(String code, String key, String locator) {
    DifferentialItem item = null;
    for (DifferentialItem i : DifferentialItem.values()) {
      if (i.code().equals(code)) {
        item = i;
      }
    }
    assertTrue(item != null, code);
    boolean found = false;
    for (Citation c : item.line().sources()) {
      found |= c.key().equals(key) && c.locator().equals(locator);
    }
    assertTrue(found, () -> code + " does not cite " + key + ", " + locator);
  }

  /** PRES: the two seeds say different things about imaging; both stay visible. */
  @Test
  void presKeepsBothSeedsVisible() {
    String text = DifferentialItem.PRES.line().text();
    assertTrue(text.contains("(Cevering 2026)") && text.contains("(an educational essay without primary references)"), text);
  }

  @Test
  void theWorkUpSaysWhatItUsuallyShows() {
    String workup = String.join("\n", texts(Differentials.forPresentation(Set.of(NeurologicalFinding.SEIZURE)).workup()));
    assertTrue(workup.contains("CT and MRI are often normal, above all in low grades"), workup);
    assertTrue(workup.contains("Only electrographic or electroclinical seizures count."), workup);
    assertTrue(workup.contains("EEG slowing"), workup);
    assertTrue(workup.contains("because of coagulopathy"), workup);
  }

  @Test
  void pitfallsFollowTheFindings() {
    assertEquals(List.of(Pitfall.FORMAL_ASSESSMENT_NOT_DISMISSAL, Pitfall.HEADACHE_ALONE_IS_NOT_ICANS,
        Pitfall.TREMOR_DOES_NOT_CHANGE_GRADE, Pitfall.NO_TOCILIZUMAB_FOR_ISOLATED_ICANS),
        Differentials.forPresentation(Set.of(NeurologicalFinding.TREMOR, NeurologicalFinding.HEADACHE)).pitfalls());
    assertEquals(List.of(Pitfall.FORMAL_ASSESSMENT_NOT_DISMISSAL, Pitfall.NO_TOCILIZUMAB_FOR_ISOLATED_ICANS),
        Differentials.forPresentation(Set.of(NeurologicalFinding.APHASIA)).pitfalls());
  }

  @Test
  void aPresentationNeedsAFinding() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Differentials.forPresentation(Set.of()));
    assertEquals("findings", e.field());
    assertTrue(e.allowed().startsWith("at least one of aphasia, focal_weakness"), e.allowed());
    e = assertThrows(InvalidValueException.class, () -> Differentials.forFindingCodes(List.of("aphasia", "coma")));
    assertEquals("finding", e.field());
    assertEquals("'coma'", e.value());
  }

  @Test
  void theChecklistIsForAClinicianWithSectionsCited() {
    GuidanceDocument doc = Differentials.forPresentation(Set.of(NeurologicalFinding.FOCAL_WEAKNESS)).document();
    assertEquals(GuidanceDocument.Audience.CLINICIAN, doc.audience());
    assertEquals("Before calling it ICANS: focal weakness (hemiparesis or paraparesis)", doc.title());
    String text = doc.render(TextFormat.TEXT).replaceAll("\\s+", " ");
    assertTrue(text.contains("[ ] Acute ischemic stroke"), text);
    assertTrue(text.contains("Cited: Workup and Differentials"), text);
  }

  private static List<String> keys(GuidanceLine line) {
    List<String> k = new ArrayList<>();
    line.sources().forEach(c -> k.add(c.key()));
    return k;
  }

  private static List<String> texts(List<GuidanceLine> lines) {
    List<String> t = new ArrayList<>();
    lines.forEach(l -> t.add(l.text()));
    return t;
  }
}
