package org.icans.risk.product;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.icans.model.evidence.Citation;
import org.icans.model.patient.ProductCatalogue;
import org.icans.risk.RiskSources;
import org.icans.risk.SourcedFact;

/**
 * The profiles of the seven approved CAR T-cell products named in seed 002 (five CD19-directed,
 * two BCMA-directed), with only the figures the reference verified (reference B3, A1, A2.10).
 * Figures it could not verify (for example ZUMA-1 grade 3 or more in the NEJM paper, KarMMa any
 * grade, the ZUMA-2, ZUMA-3, ZUMA-7, TRANSCEND NHL 001 and TRANSFORM trial figures) are absent, not
 * estimated; the module README lists them.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProductProfiles {
  private ProductProfiles() {}

  private static final OptionalDouble NONE = OptionalDouble.empty();

  private static OptionalDouble d(double v) {
    return OptionalDouble.of(v);
  }

  private static IncidenceReport report(String study, String population, int patients, String counted,
      GradingSystem grading, OptionalDouble any, OptionalDouble g3, OptionalDouble onset, OptionalDouble duration,
      String detail, Citation source) {
    return new IncidenceReport(study, population, patients > 0 ? OptionalInt.of(patients) : OptionalInt.empty(),
        counted, grading, any, g3, onset, duration, detail.isEmpty() ? Optional.empty() : Optional.of(detail), source);
  }

  private static final SourcedFact BCMA_CLASS = SourcedFact.of(
      "BCMA-directed CAR T cells: ICANS is typically shorter and lower grade than with CD19-directed CAR T cells.",
      RiskSources.SEED000);

  /** Axicabtagene ciloleucel (Yescarta), CD19, CD28 costimulation. */
  public static final ProductProfile AXICABTAGENE_CILOLEUCEL = new ProductProfile(
      ProductCatalogue.AXICABTAGENE_CILOLEUCEL.product(), ProductCatalogue.AXICABTAGENE_CILOLEUCEL.brandName().orElseThrow(),
      ProductCatalogue.AXICABTAGENE_CILOLEUCEL.abbreviation().orElseThrow(),
      List.of(
          report("ZUMA-1 (label)", "large B-cell lymphoma", 0, "neurotoxicity", GradingSystem.NOT_STATED,
              d(87), NONE, d(4), NONE, "98% of events within the first 8 weeks", RiskSources.YESCARTA_LABEL),
          report("US Lymphoma CAR T Consortium (standard of care)", "large B-cell lymphoma", 275, "neurotoxicity",
              GradingSystem.NOT_STATED, d(69), d(31), NONE, NONE, "", RiskSources.AXI_REAL_WORLD)),
      List.of(RiskFactor.CD19_TARGET, RiskFactor.CD28_COSTIMULATION),
      List.of());

  /** Tisagenlecleucel (Kymriah), CD19. */
  public static final ProductProfile TISAGENLECLEUCEL = new ProductProfile(
      ProductCatalogue.TISAGENLECLEUCEL.product(), ProductCatalogue.TISAGENLECLEUCEL.brandName().orElseThrow(),
      ProductCatalogue.TISAGENLECLEUCEL.abbreviation().orElseThrow(),
      List.of(
          report("JULIET (regraded)", "large B-cell lymphoma", 0, "neurotoxicity", GradingSystem.CTCAE_V4_03,
              d(45), NONE, NONE, NONE, "", RiskSources.JULIET_REGRADE),
          report("JULIET (regraded)", "large B-cell lymphoma", 0, "neurotoxicity", GradingSystem.MODIFIED_CRES,
              d(17), NONE, NONE, NONE, "", RiskSources.JULIET_REGRADE),
          report("JULIET (regraded)", "large B-cell lymphoma", 0, "ICANS", GradingSystem.ASTCT_2019,
              d(17), NONE, NONE, NONE, "", RiskSources.JULIET_REGRADE),
          report("ELIANA", "B-ALL, children and young adults", 75, "neurological events", GradingSystem.NOT_STATED,
              d(40), d(13), NONE, NONE,
              "any grade within 8 weeks; grade 3 in 10 patients, no grade 4, no cerebral edema; "
                  + "50% of grade 3 events resolved within 10 d, 75% within 18 d",
              RiskSources.ELIANA),
          report("CIBMTR (real world)", "B-ALL", 471, "ICANS", GradingSystem.NOT_STATED,
              NONE, d(6.9), d(7), NONE, "onset IQR 5-9 d", RiskSources.CIBMTR_TISA)),
      List.of(RiskFactor.CD19_TARGET),
      List.of(SourcedFact.of("The same JULIET patients had any-grade neurotoxicity of 45% by CTCAE v4.03 and 17% "
          + "by modified CRES and by ASTCT: figures graded with different systems are not comparable.",
          RiskSources.JULIET_REGRADE)));

  /** Lisocabtagene maraleucel (Breyanzi), CD19. */
  public static final ProductProfile LISOCABTAGENE_MARALEUCEL = new ProductProfile(
      ProductCatalogue.LISOCABTAGENE_MARALEUCEL.product(), ProductCatalogue.LISOCABTAGENE_MARALEUCEL.brandName().orElseThrow(),
      ProductCatalogue.LISOCABTAGENE_MARALEUCEL.abbreviation().orElseThrow(),
      List.of(
          report("TRANSCEND CLL 004", "chronic lymphocytic leukaemia", 117, "neurological events",
              GradingSystem.NOT_STATED, d(45), d(19), d(7), d(7),
              "grade 3 18%, grade 4 1%; onset IQR 4-11 d; duration 4-16 d", RiskSources.TRANSCEND_CLL)),
      List.of(RiskFactor.CD19_TARGET),
      List.of());

  /** Brexucabtagene autoleucel (Tecartus), CD19. */
  public static final ProductProfile BREXUCABTAGENE_AUTOLEUCEL = new ProductProfile(
      ProductCatalogue.BREXUCABTAGENE_AUTOLEUCEL.product(), ProductCatalogue.BREXUCABTAGENE_AUTOLEUCEL.brandName().orElseThrow(),
      ProductCatalogue.BREXUCABTAGENE_AUTOLEUCEL.abbreviation().orElseThrow(),
      List.of(
          report("real world", "mantle cell lymphoma", 476, "ICANS", GradingSystem.NOT_STATED,
              d(62), d(30), d(7), d(8), "grade 4 7%", RiskSources.BREXU_MCL_REAL_WORLD)),
      List.of(RiskFactor.CD19_TARGET),
      List.of());

  /** Obecabtagene autoleucel (Aucatzyl), CD19. */
  public static final ProductProfile OBECABTAGENE_AUTOLEUCEL = new ProductProfile(
      ProductCatalogue.OBECABTAGENE_AUTOLEUCEL.product(), ProductCatalogue.OBECABTAGENE_AUTOLEUCEL.brandName().orElseThrow(),
      ProductCatalogue.OBECABTAGENE_AUTOLEUCEL.abbreviation().orElseThrow(),
      List.of(
          report("FELIX", "adult B-ALL", 0, "ICANS", GradingSystem.NOT_STATED,
              d(24), d(7), NONE, NONE, "", RiskSources.FELIX),
          report("FELIX", "adult B-ALL", 0, "all neurotoxicity", GradingSystem.NOT_STATED,
              d(64), d(12), NONE, NONE, "", RiskSources.FELIX)),
      List.of(RiskFactor.CD19_TARGET),
      List.of(SourcedFact.of("Approved in November 2024 without a REMS.", RiskSources.AUCATZYL_NO_REMS)));

  /** Idecabtagene vicleucel (Abecma), BCMA. */
  public static final ProductProfile IDECABTAGENE_VICLEUCEL = new ProductProfile(
      ProductCatalogue.IDECABTAGENE_VICLEUCEL.product(), ProductCatalogue.IDECABTAGENE_VICLEUCEL.brandName().orElseThrow(),
      ProductCatalogue.IDECABTAGENE_VICLEUCEL.abbreviation().orElseThrow(),
      List.of(
          report("KarMMa (FDA review)", "multiple myeloma", 0, "neurotoxicity", GradingSystem.NOT_STATED,
              NONE, d(4), NONE, NONE, "", RiskSources.KARMMA_FDA)),
      List.of(),
      List.of(BCMA_CLASS));

  /** Ciltacabtagene autoleucel (Carvykti), BCMA; delayed non-ICANS neurotoxicity. */
  public static final ProductProfile CILTACABTAGENE_AUTOLEUCEL = new ProductProfile(
      ProductCatalogue.CILTACABTAGENE_AUTOLEUCEL.product(), ProductCatalogue.CILTACABTAGENE_AUTOLEUCEL.brandName().orElseThrow(),
      ProductCatalogue.CILTACABTAGENE_AUTOLEUCEL.abbreviation().orElseThrow(),
      List.of(
          report("CARTITUDE-1", "multiple myeloma", 97, "movement and neurocognitive toxicity (parkinsonism)",
              GradingSystem.NOT_STATED, d(5), NONE, NONE, NONE, "the reference gives about 5%", RiskSources.CARTITUDE1_MNT)),
      List.of(),
      List.of(BCMA_CLASS,
          SourcedFact.of("Boxed warning: besides ICANS, delayed neurotoxicity (parkinsonism, Guillain-Barre syndrome, "
              + "cranial nerve palsy) can occur weeks to months after infusion; ICANS can occur before, with, after "
              + "or without CRS.", RiskSources.CARVYKTI_LABEL)));

  private static final List<ProductProfile> ALL = List.of(AXICABTAGENE_CILOLEUCEL, TISAGENLECLEUCEL,
      LISOCABTAGENE_MARALEUCEL, BREXUCABTAGENE_AUTOLEUCEL, OBECABTAGENE_AUTOLEUCEL, IDECABTAGENE_VICLEUCEL,
      CILTACABTAGENE_AUTOLEUCEL);

  /** Every profile, CD19-directed products first. */
  public static List<ProductProfile> all() {
    return ALL;
  }

  /**
   * The profile of a product by nonproprietary name, brand name or abbreviation, as the model's
   * {@link ProductCatalogue} matches them ({@code axicabtagene ciloleucel}, {@code Yescarta},
   * {@code axi-cel}); empty for a product the catalogue has but this module profiles not (the
   * bispecific antibodies).
   */
  public static Optional<ProductProfile> find(String name) {
    return ProductCatalogue.find(name).flatMap(c -> ALL.stream().filter(p -> p.product().equals(c.product()))
        .findFirst());
  }

  /** The names {@link #find(String)} accepts, for error messages. */
  public static String acceptedNames() {
    StringBuilder b = new StringBuilder();
    for (ProductProfile p : ALL) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(p.product().name()).append(" (").append(p.brandName()).append(", ").append(p.abbreviation()).append(')');
    }
    return b.toString();
  }
}
