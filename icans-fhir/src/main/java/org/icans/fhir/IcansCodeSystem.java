package org.icans.fhir;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/**
 * The project's FHIR CodeSystem: the ICE and CAPD scores and their parts, the ICANS domains and
 * their findings, the CRS signs and supports, attribution, death, and the ASTCT ICANS and CRS
 * grades, none of which has a LOINC or SNOMED CT code (reference notes, section 6). Its concepts
 * are {@link IcansConcept}; this class holds its canonical URL, the one place it is written.
 *
 * <p>The same CodeSystem is published as a FHIR resource in this jar
 * ({@code org/icans/fhir/CodeSystem-icans.json}) and in the project's {@code docs/fhir/}; a test
 * checks both against {@link #resource()}.
 */
public final class IcansCodeSystem {
  private IcansCodeSystem() {}

  /**
   * The canonical URL, the {@code system} of every project coding. A URN: the project has no web
   * address of its own to publish under, and a URN never needs to resolve or to move.
   */
  public static final String URL = "urn:uuid:8f5b3f6e-4a36-4c1e-9d7a-3c2f0e6b9a41";
  /** The CodeSystem's version; a new concept gives a new minor version, a changed meaning never happens. */
  public static final String VERSION = "1.0.0";
  /** The computable name. */
  public static final String NAME = "IcansGrading";
  /** Where the published resource is in this jar. */
  public static final String RESOURCE_PATH = "/org/icans/fhir/CodeSystem-icans.json";

  private static final Map<String, IcansConcept> BY_CODE;

  static {
    Map<String, IcansConcept> m = new HashMap<>();
    for (IcansConcept c : IcansConcept.values()) {
      if (m.put(c.code(), c) != null) {
        throw new IllegalStateException("duplicate code " + c.code());
      }
    }
    BY_CODE = Collections.unmodifiableMap(m);
  }

  /** The concept with this code, if the CodeSystem has it. */
  public static Optional<IcansConcept> concept(String code) {
    return Optional.ofNullable(BY_CODE.get(Objects.requireNonNull(code, "code")));
  }

  /** A coding of the concept in this CodeSystem, with its display. A new object each call. */
  public static Coding coding(IcansConcept concept) {
    Objects.requireNonNull(concept, "concept");
    return new Coding(URL, concept.code(), concept.display());
  }

  /** The CodeSystem as a FHIR R4 resource, complete (every concept). A new object each call. */
  public static CodeSystem resource() {
    CodeSystem cs = new CodeSystem();
    cs.setId("icans");
    cs.setUrl(URL);
    cs.setVersion(VERSION);
    cs.setName(NAME);
    cs.setTitle("icans: ICE, CAPD, ICANS and CRS grading concepts");
    cs.setStatus(PublicationStatus.ACTIVE);
    cs.setExperimental(false);
    cs.setPublisher("icans project");
    cs.setDescription("Concepts for grading immune effector cell-associated neurotoxicity syndrome (ICANS) and "
        + "cytokine release syndrome (CRS) by the ASTCT 2019 consensus (Lee DW et al., Biol Blood Marrow "
        + "Transplant 2019;25:625-638): the ICE and CAPD scores, the ICANS domains and findings, the CRS signs and "
        + "supports, attribution to another cause, and the grades. No LOINC or SNOMED CT code was found for these; "
        + "standard codes are used wherever one exists (body temperature LOINC 8310-5, inhaled oxygen flow rate "
        + "LOINC 3151-8, body weight LOINC 29463-7, UCUM units).");
    cs.setCaseSensitive(true);
    cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
    cs.setCount(IcansConcept.values().length);
    Arrays.stream(IcansConcept.values()).forEach(c -> cs.addConcept()
        .setCode(c.code()).setDisplay(c.display()).setDefinition(c.definition()));
    return cs;
  }

  /** The CodeSystem resource as pretty-printed FHIR JSON, as published. */
  public static String json() {
    return FhirJson.pretty(resource());
  }
}
