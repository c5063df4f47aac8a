package org.icans.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.model.evidence.Evidence;

/**
 * Every line of every card, sheet and checklist cites a source, whatever the context; no
 * unverified source is ever cited; the context appears as given.
 */
class GuidanceProperties {

  @Property(tries = 300)
  void everyLineOfTheCardAndTheSheetCitesASource(@ForAll("contexts") PatientContext context,
      @ForAll TextFormat format) {
    for (GuidanceDocument doc : List.of(PatientMaterials.walletCard(context), PatientMaterials.homeSheet(context))) {
      String rendered = doc.render(format);
      assertEquals(List.of(), RenderedCitations.problems(rendered, format), rendered);
      assertNoUnverifiedSource(doc);
    }
  }

  @Property(tries = 300)
  void everyLineOfADifferentialCitesASource(@ForAll("presentations") Set<NeurologicalFinding> findings,
      @ForAll TextFormat format) {
    GuidanceDocument doc = Differentials.forPresentation(findings).document();
    String rendered = doc.render(format);
    assertEquals(List.of(), RenderedCitations.problems(rendered, format), rendered);
    assertNoUnverifiedSource(doc);
  }

  @Property(tries = 300)
  void theContextIsPrintedAsGiven(@ForAll("contexts") PatientContext context) {
    String card = PatientMaterials.walletCard(context).render(TextFormat.TEXT).replaceAll("\\s+", " ");
    assertTrue(card.contains(context.treatingCentre().replaceAll("\\s+", " ")), card);
    assertTrue(card.contains(context.contact().replaceAll("\\s+", " ")), card);
    context.patientName().ifPresent(n -> assertTrue(card.contains("Name: " + n.replaceAll("\\s+", " ")), card));
  }

  @Property(tries = 300)
  void plainTextStaysWithinTheWidthExceptForLongWords(@ForAll("contexts") PatientContext context) {
    String rendered = PatientMaterials.homeSheet(context).render(TextFormat.TEXT);
    for (String line : rendered.split("\n")) {
      if (line.length() > 78) {
        assertFalse(line.strip().contains(" "), () -> "over 78 columns: " + line);
      }
    }
  }

  @Property(tries = 200)
  void theDifferentialKeepsEveryGeneralItemAndOnlyTheTiedOnes(
      @ForAll("presentations") Set<NeurologicalFinding> findings) {
    DifferentialChecklist c = Differentials.forPresentation(findings);
    for (DifferentialItem item : DifferentialItem.values()) {
      boolean tied = item.findings().isEmpty() || item.findings().stream().anyMatch(findings::contains);
      assertEquals(tied, c.items().contains(item), item::code);
    }
    assertTrue(c.pitfalls().contains(Pitfall.FORMAL_ASSESSMENT_NOT_DISMISSAL));
  }

  private static void assertNoUnverifiedSource(GuidanceDocument doc) {
    doc.sources().forEach(c -> assertTrue(c.evidence() != Evidence.UNVERIFIED, c::toString));
  }

  @Provide
  Arbitrary<PatientContext> contexts() {
    return GuidanceArbitraries.contexts();
  }

  @Provide
  Arbitrary<Set<NeurologicalFinding>> presentations() {
    return Arbitraries.of(NeurologicalFinding.class).set().ofMinSize(1).ofMaxSize(NeurologicalFinding.values().length);
  }
}
