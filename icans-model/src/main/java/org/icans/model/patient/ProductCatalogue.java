package org.icans.model.patient;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.icans.model.evidence.Citation;
import org.icans.model.evidence.Evidence;

/**
 * The one catalogue of products the project knows: the seven CAR T-cell products and the bispecific
 * T-cell engagers its sources name, each with modality, target antigen, brand name and abbreviation
 * where the source gives them, and the public source. The command line, the management policies'
 * scopes and the risk profiles all read products from here.
 *
 * <p>Names are matched ignoring case and surrounding spaces, with {@code _} and {@code -} read as
 * spaces: {@code axicabtagene ciloleucel}, {@code Yescarta}, {@code axi-cel}. Stateless.
 */
public final class ProductCatalogue {
  private ProductCatalogue() {}

  /** Seed 002 names the seven CAR T-cell products with their brand names and targets. */
  public static final Citation CEVERING26 = Citation.of("SEED002-CEVERING",
      "Cevering CK, Abdel-Azim H, Khazal SJ, Casassa C. Immune effector cell-associated neurotoxicity syndrome: "
          + "a practical overview for the general neurologist. Neurol Clin Pract 2026;16:e200575",
      "CAR T-cell products (table of approved products)", Evidence.SECONDARY);

  /** The CD3xCD20 bispecific antibodies: epcoritamab, glofitamab, mosunetuzumab. */
  public static final Citation CROMBIE24 = Citation.of("CROMBIE24",
      "Crombie JL et al. Consensus on the management of toxicities of CD3xCD20 bispecific antibodies "
          + "(epcoritamab, glofitamab, mosunetuzumab). Blood 2024;143(16):1565",
      "title and scope", Evidence.VERIFIED);

  /** Teclistamab, CD3xBCMA: its label as reproduced in JADPRO 2023. */
  public static final Citation TECLISTAMAB_LABEL = Citation.of("TECLISTAMAB-LABEL",
      "Teclistamab prescribing information, as reproduced in JADPRO 2023 (table 5)", "indication",
      Evidence.VERIFIED);

  /** Elranatamab, CD3xBCMA: the US prescribing information (step-up dosing, reproduced). */
  public static final Citation ELRANATAMAB_LABEL = Citation.of("ELRANATAMAB-LABEL",
      "Elranatamab US prescribing information (reproduced)", "dosage and administration", Evidence.VERIFIED);

  /** Talquetamab, CD3xGPRC5D: the US prescribing information, section 5.1. */
  public static final Citation TALQUETAMAB_LABEL = Citation.of("TALQUETAMAB-LABEL",
      "Talquetamab US prescribing information", "section 5.1", Evidence.VERIFIED);

  private static CataloguedProduct carT(String name, TargetAntigen target, String brand, String abbreviation) {
    return new CataloguedProduct(Product.of(name, TherapyModality.CAR_T_CELL, target), Optional.of(brand),
        Optional.of(abbreviation), CEVERING26);
  }

  private static CataloguedProduct bispecific(String name, TargetAntigen target, Citation source) {
    return new CataloguedProduct(Product.of(name, TherapyModality.BISPECIFIC_T_CELL_ENGAGER, target),
        Optional.empty(), Optional.empty(), source);
  }

  /** Axicabtagene ciloleucel (Yescarta, axi-cel), CD19 CAR T cells. */
  public static final CataloguedProduct AXICABTAGENE_CILOLEUCEL =
      carT("axicabtagene ciloleucel", TargetAntigen.CD19, "Yescarta", "axi-cel");
  /** Tisagenlecleucel (Kymriah, tisa-cel), CD19 CAR T cells. */
  public static final CataloguedProduct TISAGENLECLEUCEL =
      carT("tisagenlecleucel", TargetAntigen.CD19, "Kymriah", "tisa-cel");
  /** Lisocabtagene maraleucel (Breyanzi, liso-cel), CD19 CAR T cells. */
  public static final CataloguedProduct LISOCABTAGENE_MARALEUCEL =
      carT("lisocabtagene maraleucel", TargetAntigen.CD19, "Breyanzi", "liso-cel");
  /** Brexucabtagene autoleucel (Tecartus, brexu-cel), CD19 CAR T cells. */
  public static final CataloguedProduct BREXUCABTAGENE_AUTOLEUCEL =
      carT("brexucabtagene autoleucel", TargetAntigen.CD19, "Tecartus", "brexu-cel");
  /** Obecabtagene autoleucel (Aucatzyl, obe-cel), CD19 CAR T cells. */
  public static final CataloguedProduct OBECABTAGENE_AUTOLEUCEL =
      carT("obecabtagene autoleucel", TargetAntigen.CD19, "Aucatzyl", "obe-cel");
  /** Idecabtagene vicleucel (Abecma, ide-cel), BCMA CAR T cells. */
  public static final CataloguedProduct IDECABTAGENE_VICLEUCEL =
      carT("idecabtagene vicleucel", TargetAntigen.BCMA, "Abecma", "ide-cel");
  /** Ciltacabtagene autoleucel (Carvykti, cilta-cel), BCMA CAR T cells. */
  public static final CataloguedProduct CILTACABTAGENE_AUTOLEUCEL =
      carT("ciltacabtagene autoleucel", TargetAntigen.BCMA, "Carvykti", "cilta-cel");
  /** Teclistamab, a CD3xBCMA bispecific antibody. */
  public static final CataloguedProduct TECLISTAMAB = bispecific("teclistamab", TargetAntigen.BCMA, TECLISTAMAB_LABEL);
  /** Elranatamab, a CD3xBCMA bispecific antibody. */
  public static final CataloguedProduct ELRANATAMAB = bispecific("elranatamab", TargetAntigen.BCMA, ELRANATAMAB_LABEL);
  /** Talquetamab, a CD3xGPRC5D bispecific antibody. */
  public static final CataloguedProduct TALQUETAMAB =
      bispecific("talquetamab", TargetAntigen.GPRC5D, TALQUETAMAB_LABEL);
  /** Epcoritamab, a CD3xCD20 bispecific antibody. */
  public static final CataloguedProduct EPCORITAMAB = bispecific("epcoritamab", TargetAntigen.CD20, CROMBIE24);
  /** Glofitamab, a CD3xCD20 bispecific antibody. */
  public static final CataloguedProduct GLOFITAMAB = bispecific("glofitamab", TargetAntigen.CD20, CROMBIE24);
  /** Mosunetuzumab, a CD3xCD20 bispecific antibody. */
  public static final CataloguedProduct MOSUNETUZUMAB = bispecific("mosunetuzumab", TargetAntigen.CD20, CROMBIE24);

  private static final List<CataloguedProduct> ALL = List.of(AXICABTAGENE_CILOLEUCEL, TISAGENLECLEUCEL,
      LISOCABTAGENE_MARALEUCEL, BREXUCABTAGENE_AUTOLEUCEL, OBECABTAGENE_AUTOLEUCEL, IDECABTAGENE_VICLEUCEL,
      CILTACABTAGENE_AUTOLEUCEL, TECLISTAMAB, ELRANATAMAB, TALQUETAMAB, EPCORITAMAB, GLOFITAMAB, MOSUNETUZUMAB);

  /** Every product: CAR T cells (CD19 first), then the bispecific antibodies. */
  public static List<CataloguedProduct> all() {
    return ALL;
  }

  /** The product with this nonproprietary name, brand name or abbreviation, if the catalogue has it. */
  public static Optional<CataloguedProduct> find(String name) {
    Objects.requireNonNull(name, "name");
    String n = normal(name);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    for (CataloguedProduct p : ALL) {
      if (normal(p.name()).equals(n) || p.brandName().map(ProductCatalogue::normal).orElse("").equals(n)
          || p.abbreviation().map(ProductCatalogue::normal).orElse("").equals(n)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The catalogue entry of a product, matched by its nonproprietary name. */
  public static Optional<CataloguedProduct> of(Product product) {
    return find(Objects.requireNonNull(product, "product").name())
        .filter(p -> p.product().modality() == product.modality() && p.product().target() == product.target());
  }

  /** Every name {@link #find} accepts, for messages: {@code "axicabtagene ciloleucel (Yescarta, axi-cel), ..."}. */
  public static String acceptedNames() {
    StringJoiner j = new StringJoiner(", ");
    ALL.forEach(p -> j.add(p.describe()));
    return j.toString();
  }

  private static String normal(String s) {
    String n = s.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    return n.replaceAll("\\s+", " ");
  }
}
