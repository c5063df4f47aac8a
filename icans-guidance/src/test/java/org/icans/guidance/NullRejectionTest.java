package org.icans.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.icans.model.evidence.Citation;
import org.icans.model.patient.Product;
import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;
import org.icans.model.testing.ApiTypes;
import org.icans.model.testing.NullChecks;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public constructor and method of the guidance API refuses {@code null} for each of its
 * parameters with a {@link NullPointerException} naming it, checked with Guava's
 * {@code NullPointerTester} ({@link NullChecks}); a null element of a list, set or array is named by
 * its place ({@code findings[1]}).
 */
class NullRejectionTest {
  private static final Product PRODUCT =
      Product.of("axicabtagene ciloleucel", TherapyModality.CAR_T_CELL, TargetAntigen.CD19);
  private static final LocalDate DAY_0 = LocalDate.of(2025, 9, 3);
  private static final PatientContext CONTEXT = PatientContext.of(PRODUCT, DAY_0, "Centre", "555 0100");
  private static final GuidanceLine LINE = GuidanceLine.of("A line.", GuidanceSources.SHEET);
  private static final GuidanceDocument.Section SECTION =
      new GuidanceDocument.Section("Heading", GuidanceDocument.Style.BULLETS, List.of(LINE));
  private static final SymptomReport REPORT = SymptomReport.of(Symptom.values()[0]);
  private static final BodyTemperature TEMPERATURE = BodyTemperature.celsius(37);
  private static final ClinicalSituation CLINICAL = ClinicalSituation.builder().build();

  /** The public types of the guidance API. */
  static final List<Class<?>> TYPES = List.of(BodyTemperature.class, BodyTemperature.Unit.class,
      ClinicalSituation.class, ClinicalSituation.Builder.class, DifferentialChecklist.class, DifferentialItem.class, Differentials.class,
      GuidanceDocument.class, GuidanceDocument.Audience.class, GuidanceDocument.Section.class,
      GuidanceDocument.Style.class, GuidanceLine.class, GuidanceSources.class,
      NeurologicalFinding.class, PatientContext.class, PatientContext.Builder.class, PatientMaterials.class,
      Pitfall.class, Pitfalls.class, Symptom.class, SymptomReport.class, SymptomTriage.class, TextFormat.class,
      Triage.class, Urgency.class);

  @SuppressWarnings({"unchecked", "rawtypes"})
  static NullChecks checks() {
    Map<Class<?>, Object> d = new LinkedHashMap<>();
    d.put(Citation.class, GuidanceSources.SHEET);
    d.put(Product.class, PRODUCT);
    d.put(LocalDate.class, DAY_0);
    d.put(PatientContext.class, CONTEXT);
    d.put(GuidanceLine.class, LINE);
    d.put(GuidanceDocument.Section.class, SECTION);
    d.put(SymptomReport.class, REPORT);
    d.put(BodyTemperature.class, TEMPERATURE);
    d.put(ClinicalSituation.class, CLINICAL);
    d.put(Collection.class, List.of());
    NullChecks c = new NullChecks();
    d.forEach((type, value) -> c.setDefault((Class) type, value));
    return c;
  }

  /** A sample of every type with instance methods (enums by their constants). */
  static List<Object> instances() {
    List<Object> all = new ArrayList<>(List.of(TEMPERATURE, CLINICAL, ClinicalSituation.builder(),
        Differentials.forPresentation(Set.of(NeurologicalFinding.HEADACHE)),
        Differentials.forPresentation(Set.of(NeurologicalFinding.HEADACHE)).items().get(0),
        SymptomTriage.triage(REPORT).document(), SECTION, LINE, CONTEXT, PatientContext.builder(), REPORT,
        REPORT.withTemperature(TEMPERATURE), SymptomTriage.triage(REPORT)));
    for (Class<?> c : TYPES) {
      if (c.isEnum()) {
        all.addAll(Arrays.asList(c.getEnumConstants()));
      }
    }
    return all;
  }

  /** A public type added to the package fails here until it is in {@link #TYPES}. */
  @Test
  void everyPublicTypeIsChecked() {
    Set<String> missing = new TreeSet<>();
    for (Class<?> c : ApiTypes.exported(Triage.class)) {
      if (!TYPES.contains(c)) {
        missing.add(c.getName());
      }
    }
    assertEquals(Set.of(), missing);
  }

  @TestFactory
  List<DynamicTest> staticMethodsAndConstructorsRefuseNull() {
    return TYPES.stream().map(c -> DynamicTest.dynamicTest(c.getName(), () -> checks().checkStatic(c))).toList();
  }

  @TestFactory
  List<DynamicTest> instanceMethodsRefuseNull() {
    return instances().stream()
        .map(o -> DynamicTest.dynamicTest(o.getClass().getName(), () -> checks().checkInstance(o))).toList();
  }

  @TestFactory
  List<DynamicTest> nullElementsAreNamedByTheirPlace() {
    Map<String, org.junit.jupiter.api.function.Executable> calls = new LinkedHashMap<>();
    calls.put("document.sections[1]", () -> new GuidanceDocument("Title", GuidanceDocument.Audience.PATIENT,
        withNull(SECTION)));
    calls.put("section.lines[1]", () -> new GuidanceDocument.Section("Heading", GuidanceDocument.Style.BULLETS,
        withNull(LINE)));
    calls.put("guidanceLine.sources[1]", () -> new GuidanceLine("A line.", withNull(GuidanceSources.SHEET)));
    calls.put("guidanceLine.sources[2]", () -> GuidanceLine.of("A line.", GuidanceSources.SHEET,
        GuidanceSources.SHEET, null));
    calls.put("symptoms[1]", () -> SymptomReport.of(Symptom.FEVER, null));
    calls.put("report.symptoms[1]", () -> new SymptomReport(new LinkedHashSet<>(withNull(Symptom.FEVER)),
        Optional.empty()));
    calls.put("findings[1]", () -> ClinicalSituation.builder().findings(NeurologicalFinding.HEADACHE, null));
    calls.put("situation.findings[1]", () -> new ClinicalSituation(
        new LinkedHashSet<>(withNull(NeurologicalFinding.HEADACHE)), false, false, false, false, false, false));
    calls.put("pitfalls[1]", () -> Pitfalls.explain(withNull(Pitfall.values()[0])));
    return calls.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(),
        () -> assertEquals(c.getKey(), assertThrows(NullPointerException.class, c.getValue()).getMessage())))
        .toList();
  }

  /** A modifiable list of {@code first} and then {@code null}. */
  private static <T> List<T> withNull(T first) {
    return new ArrayList<>(Arrays.asList(first, null));
  }
}
