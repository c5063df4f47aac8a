package org.icans.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icans.model.InvalidValueException;
import org.icans.model.evidence.Citation;
import org.icans.model.patient.LabelEra;
import org.icans.model.patient.Product;
import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wallet card, the home sheet, and the driving and proximity advice by product and label era. */
class PatientMaterialsTest {

  private static final LocalDate DAY_0 = LocalDate.of(2025, 9, 3);

  /**
   * reference/management-risk.md A2.9, A2.10, C7. Each row: product | modality | target | era (empty:
   * not stated) | the first advice line | its source key.
   */
  @ParameterizedTest(name = "{0} ({3}) -> {5}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      axicabtagene ciloleucel | car_t | CD19 | rems               | Do not drive for 8 weeks after your infusion. The 8 weeks end on 29 October 2025. | CART-REMS
      Kymriah                 | car_t | CD19 | rems               | Do not drive for 8 weeks after your infusion. The 8 weeks end on 29 October 2025. | CART-REMS
      ciltacabtagene autoleucel | car_t | BCMA | after_rems_removal | Do not drive or do other hazardous activities for at least 2 weeks after your infusion. The 2 weeks end on 17 September 2025. | BMS-2025
      idecabtagene vicleucel  | car_t | BCMA | after_rems_removal | Do not drive or do other hazardous activities for at least 2 weeks after your infusion. The 2 weeks end on 17 September 2025. | BMS-2025
      lisocabtagene maraleucel | car_t | CD19 | -                 | Ask your care team how long you should not drive, how long you need to stay at or near the hospital, and whether you need a caregiver. | SEED003
      obecabtagene autoleucel | car_t | CD19 | rems               | Ask your care team how long you should not drive, how long you need to stay at or near the hospital, and whether you need a caregiver. | SEED003
      obecabtagene autoleucel | car_t | CD19 | after_rems_removal | Ask your care team how long you should not drive, how long you need to stay at or near the hospital, and whether you need a caregiver. | SEED003
      investigational CAR T   | car_t | CD19 | rems               | Ask your care team how long you should not drive, how long you need to stay at or near the hospital, and whether you need a caregiver. | SEED003
      epcoritamab             | bsab  | CD20 | -                  | Do not drive or use heavy machinery while you have symptoms. | CROMBIE24
      mosunetuzumab           | bsab  | CD20 | after_rems_removal | Do not drive or use heavy machinery while you have symptoms. | CROMBIE24
      teclistamab             | bsab  | BCMA | -                  | Ask your care team how long you should not drive, how long you need to stay at or near the hospital, and whether you need a caregiver. | SEED003
      """)
  void drivingAdviceFollowsProductAndLabelEra(String name, String modality, TargetAntigen target, String era,
      String firstLine, String sourceKey) {
    Product p = Product.of(name, modality.equals("car_t") ? TherapyModality.CAR_T_CELL
        : TherapyModality.BISPECIFIC_T_CELL_ENGAGER, target);
    PatientContext c = new PatientContext(p, DAY_0, "Centre", "555", Optional.empty(),
        Optional.ofNullable(era).map(LabelEra::fromCode));
    List<GuidanceLine> lines = PatientMaterials.drivingAndProximity(c);
    assertEquals(firstLine, lines.get(0).text());
    assertEquals(sourceKey, lines.get(0).sources().get(0).key());
  }

  @Test
  void theRemsEraAlsoKeepsThePatientNearTheCentreForFourWeeks() {
    List<GuidanceLine> lines = PatientMaterials.drivingAndProximity(context(LabelEra.REMS));
    assertEquals("Stay near your treatment centre, with a caregiver, for 4 weeks after your infusion. The 4 "
        + "weeks end on 1 October 2025.", lines.get(1).text());
  }

  /** The proximity period after June 2025 is tagged U in the reference: not given, the patient asks. */
  @Test
  void afterTheRemsRemovalTheProximityPeriodIsNotInvented() {
    List<String> texts = texts(PatientMaterials.drivingAndProximity(context(LabelEra.AFTER_REMS_REMOVAL)));
    assertEquals("Have a care partner with you for the 2 weeks after your infusion.", texts.get(1));
    assertEquals("Ask your care team how long you need to stay at or near the hospital.", texts.get(2));
    for (String t : texts) {
      assertFalse(t.contains("Stay near"), t);
    }
  }

  @Test
  void theCardNamesTreatmentDateCentreAndContact() {
    PatientContext c = PatientContext.builder().product("axicabtagene ciloleucel", TherapyModality.CAR_T_CELL,
        TargetAntigen.CD19).infusionDate(DAY_0).treatingCentre("  Riverside Cancer Centre ").contact("+1 555 0100")
        .patientName("Jane Doe").labelEra(LabelEra.REMS).build();
    GuidanceDocument card = PatientMaterials.walletCard(c);
    List<String> texts = texts(card.lines());
    assertEquals("Name: Jane Doe.", texts.get(0));
    assertEquals("Received axicabtagene ciloleucel, a CAR T-cell therapy targeting CD19, on 3 September 2025.",
        texts.get(1));
    assertEquals("Treating centre: Riverside Cancer Centre. Contact: +1 555 0100.", texts.get(2));
    assertEquals("A seizure.", texts.get(3));
    assertEquals("Being hard to wake up or to keep awake.", texts.get(4));
    assertTrue(texts.get(5).startsWith("Fever of 38 °C (100.4 °F) or higher; confusion; headache;"), texts.get(5));
    assertEquals(List.of("Treatment", "Call 911 now for", "Call the care team right away for",
        "Driving and staying close", "For doctors and nurses"), headings(card));
  }

  @Test
  void theSheetExplainsWarnsAndAdvises() {
    GuidanceDocument sheet = PatientMaterials.homeSheet(context(LabelEra.REMS));
    assertEquals(List.of("About your treatment", "What ICANS is", "Call 911 now", "Call your care team right away",
        "Let your care team know", "Driving and staying close", "Signs that ICANS is getting better",
        "Questions to ask your care team", "Your wallet card"), headings(sheet));
    String text = sheet.render(TextFormat.TEXT).replaceAll("\\s+", " ");
    assertTrue(text.contains("Call Riverside at 555 0100 right away, or go to the"), text);
    assertTrue(text.contains("within one week after treatment"), text);
    assertTrue(text.contains("The 8 weeks end on 29 October 2025."), text);
    assertTrue(text.contains("Less difficulty staying awake."), text);
  }

  /** The grouped call-now list of the card and sheet holds every call-now symptom exactly once. */
  @Test
  void theCallNowGroupsHoldEveryCallNowSymptomOnce() {
    Set<Symptom> seen = EnumSet.noneOf(Symptom.class);
    for (List<Symptom> group : Documents.CALL_NOW_GROUPS) {
      for (Symptom s : group) {
        assertEquals(Urgency.CALL_CARE_TEAM_NOW, s.urgency(), s::code);
        assertTrue(seen.add(s), s::code);
      }
    }
    for (Symptom s : Symptom.values()) {
      assertEquals(s.urgency() == Urgency.CALL_CARE_TEAM_NOW, seen.contains(s), s::code);
    }
  }

  @Test
  void aBispecificIsNamedAsSuch() {
    PatientContext c = PatientContext.of(Product.of("glofitamab", TherapyModality.BISPECIFIC_T_CELL_ENGAGER,
        TargetAntigen.CD20), DAY_0, "Centre", "555");
    assertEquals("Received glofitamab, a bispecific antibody targeting CD20, on 3 September 2025.",
        PatientMaterials.walletCard(c).lines().get(0).text());
  }

  @Test
  void markdownKeepsUserTextLiteral() {
    PatientContext c = new PatientContext(Product.of("tisagenlecleucel", TherapyModality.CAR_T_CELL, TargetAntigen.CD19),
        DAY_0, "St *Mary's* [A&E] <b>", "#1 - 555_0100", Optional.of("1. Jo | Doe"), Optional.empty());
    String md = PatientMaterials.walletCard(c).render(TextFormat.MARKDOWN);
    assertTrue(md.contains("St \\*Mary's\\* \\[A\\&E\\] \\<b\\>"), md);
    assertTrue(md.contains("\\#1 - 555\\_0100"), md);
    assertTrue(md.contains("- Name: 1. Jo \\| Doe. [1]"), md);
    assertEquals(List.of(), RenderedCitations.problems(md, TextFormat.MARKDOWN));
  }

  @Test
  void badContextValuesAreNamed() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PatientContext.builder().infusionDate(DAY_0).treatingCentre("C").contact("1").build());
    assertEquals("context.product", e.field());
    assertEquals("missing", e.value());
    e = assertThrows(InvalidValueException.class, () -> PatientContext.builder()
        .product(context(LabelEra.REMS).product()).infusionDate(DAY_0).treatingCentre("  ").contact("1").build());
    assertEquals("context.treatingCentre", e.field());
    e = assertThrows(InvalidValueException.class, () -> PatientContext.builder().product(context(LabelEra.REMS)
        .product()).infusionDate(DAY_0).treatingCentre("A\nB").contact("1").build());
    assertEquals("context.treatingCentre", e.field());
    assertEquals("'A?B'", e.value());
    assertTrue(e.allowed().contains("without line breaks"), e.allowed());
    e = assertThrows(InvalidValueException.class, () -> PatientContext.builder().product(context(LabelEra.REMS)
        .product()).treatingCentre("A").contact("1").build());
    assertEquals("context.infusionDate", e.field());
  }

  private static PatientContext context(LabelEra era) {
    return PatientContext.builder().product("idecabtagene vicleucel", TherapyModality.CAR_T_CELL, TargetAntigen.BCMA)
        .infusionDate(DAY_0).treatingCentre("Riverside").contact("555 0100").labelEra(era).build();
  }

  private static List<String> texts(List<GuidanceLine> lines) {
    List<String> texts = new ArrayList<>();
    for (GuidanceLine l : lines) {
      texts.add(l.text());
      for (Citation c : l.sources()) {
        assertFalse(c.locator().isBlank());
      }
    }
    return texts;
  }

  private static List<String> headings(GuidanceDocument doc) {
    List<String> h = new ArrayList<>();
    doc.sections().forEach(s -> h.add(s.heading()));
    return h;
  }
}
