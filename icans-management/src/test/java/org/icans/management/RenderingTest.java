package org.icans.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icans.management.action.Topic;
import org.icans.management.testing.Json;
import org.icans.management.testing.Situations;
import org.junit.jupiter.api.Test;

/** Plans and comparisons as text for people and as JSON for programs. */
class RenderingTest {

  @Test
  void surefireRunsUnderAForeignLocale() {
    // The build sets hi_IN; nothing here may depend on it.
    assertTrue(Locale.getDefault() != null);
  }

  @Test
  void samplePlanText() {
    String text = ManagementPolicies.require("asco-2021").plan(Situations.sample()).toText();
    assertTrue(text.startsWith("ASCO 2021 guideline (Santomasso et al.) [asco-2021]\n"), text);
    assertTrue(text.contains("Situation: ICANS grade 3, CRS grade 0; adult, 60 y, 70 kg; product axicabtagene "
        + "ciloleucel (CAR T cells, CD19)"), text);
    assertTrue(text.contains("- [V] either: dexamethasone 10 mg (fixed dose, not weight-based); no ceiling stated by "
        + "this source; rule: 10 mg IV, every 6-12 h (up to 40 mg per 24 h)"), text);
    assertTrue(text.contains("- [V] or: methylprednisolone 70 mg (1 mg/kg x 70 kg); no ceiling stated by this source; "
        + "rule: 1 mg/kg IV, every 12 h"), text);
    assertTrue(text.contains("- [V] intensive care unit (all patients)"), text);
    assertTrue(text.contains("source [V]: ASCO21, ICANS table, grade 3"), text);
    assertTrue(text.contains("Evidence: [V] verified"), text);
  }

  @Test
  void silencesAreStated() {
    String text = ManagementPolicies.require("asco-2021").plan(Situations.adult(Situations.TISA_CEL, 4, 0)).toText();
    assertTrue(text.contains("[not verified] ASCO 2021's grade 4 row could not be read"), text);
    assertTrue(text.contains("recorded in: ASCO 2021 pocket guide as read (docs/choices.md, Not verified) (grade 4, U)"), text);
  }

  @Test
  void planJson() {
    Plan plan = ManagementPolicies.require("cevering-2026").plan(Situations.adult(Situations.TISA_CEL, 2, 1));
    JsonNode json = Json.parse(plan.toJson());
    assertEquals("cevering-2026", json.at("/policy/id").asText());
    assertTrue(json.at("/policy/requiresReview").asBoolean());
    assertEquals(2, json.at("/situation/icansGrade").asInt());
    assertEquals(70.0, json.at("/situation/weightKg").asDouble());
    assertEquals("tisagenlecleucel", json.at("/situation/product/name").asText());
    List<JsonNode> actions = new ArrayList<>();
    json.get("actions").forEach(actions::add);
    JsonNode dex = actions.stream().filter(a -> "dexamethasone".equals(a.path("drug").asText())).findFirst().orElseThrow();
    assertTrue(dex.get("requiresReview").asBoolean());
    assertEquals(70.0, dex.at("/dose/highMg").asDouble());
    assertEquals(280.0, dex.at("/dose/maxMgPer24h").asDouble());
    assertEquals("mg/kg", dex.at("/rule/unit").asText());
    assertEquals(360, dex.at("/rule/intervalMinutes/shortest").asInt());
    assertEquals("secondary", dex.get("evidence").asText());
    JsonNode toci = actions.stream().filter(a -> "tocilizumab".equals(a.path("drug").asText())).findFirst().orElseThrow();
    assertEquals(800.0, toci.at("/rule/capMg").asDouble());
    assertEquals(2, toci.at("/rule/maxTotalDoses").asInt());
    assertEquals(560.0, toci.at("/dose/highMg").asDouble());
  }

  @Test
  void outOfScopePlanRendersItsReason() {
    Situation child = Situation.builder().icansGrade(2).crsGrade(0).ageYears(8).weightKg(25).build();
    Plan plan = ManagementPolicies.require("asco-2021").plan(child);
    assertTrue(plan.toText().contains("Out of scope: age 8 y (child)"), plan.toText());
    JsonNode json = Json.parse(plan.toJson());
    assertFalse(json.get("inScope").asBoolean(true));
    assertTrue(json.get("outOfScopeReason").asText().contains("adults"));
  }

  @Test
  void comparisonSideBySide() {
    PlanComparison c = ManagementPolicies.compare(Situations.sample(), List.of("asco-2021", "droracle-2026", "cartox-2018"));
    assertTrue(c.differingTopics().contains(Topic.CORTICOSTEROIDS));
    String text = c.toText();
    assertTrue(text.contains("== Corticosteroids (differs) =="), text);
    int section = text.indexOf("== Corticosteroids");
    String steroids = text.substring(section, text.indexOf("\n== ", section + 1));
    assertTrue(steroids.contains("asco-2021:") && steroids.contains("droracle-2026:") && steroids.contains("cartox-2018:"));
    assertTrue(steroids.contains("methylprednisolone 1000 mg"), steroids);
    assertTrue(steroids.contains("[not verified] CARTOX 2018's grade 2-4 rows could not be verified"), steroids);
    JsonNode json = Json.parse(c.toJson());
    assertEquals(3, json.get("policies").size());
    assertTrue(json.get("differingTopics").toString().contains("\"corticosteroids\""));
    assertEquals("corticosteroids", json.at("/topics/0/topic").asText());
    assertEquals("asco-2021", json.at("/topics/0/byPolicy/0/policy").asText());
  }

  @Test
  void comparisonMarksOutOfScopePolicies() {
    PlanComparison c = ManagementPolicies.compare(Situations.sample(), List.of("asco-2021", "teclistamab-label"));
    assertTrue(c.toText().contains("teclistamab-label: Teclistamab label"), c.toText());
    assertTrue(c.toText().contains("OUT OF SCOPE"), c.toText());
    assertFalse(c.plans().get(1).inScope());
  }
}
