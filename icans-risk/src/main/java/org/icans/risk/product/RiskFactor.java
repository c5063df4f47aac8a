package org.icans.risk.product;

import java.util.List;
import java.util.Optional;
import org.icans.model.Coded;
import org.icans.model.evidence.Citation;
import org.icans.risk.RiskSources;
import org.icans.risk.SourcedFact;

/**
 * Patient and product features the sources name as raising the risk of ICANS, as flags: the
 * clinician (or the product profile) says whether a feature is present; none has a published
 * cut-off or weight here, so none is scored (reference part 0 and B2).
 *
 * <p>CRS, fever and cytokines, the strongest factors, are not flags: they are {@link
 * org.icans.risk.warning.WarningKind early warnings} read from the course. Age is not a flag either:
 * the sources disagree on its direction and give no cut-off; {@link #ageDisagreement()} keeps both
 * readings visible.
 */
public enum RiskFactor implements Coded {
  /** High disease (tumour) burden (seeds 000, 001, 003; Santomasso 2018, 53 adults with B-ALL). */
  HIGH_DISEASE_BURDEN("high_disease_burden", "high disease burden",
      "High disease burden: named by seeds 000, 001 and 003; severe neurotoxicity was associated with high "
          + "pre-treatment disease burden in 53 adults with B-ALL (Santomasso 2018).",
      Optional.empty(), List.of(RiskSources.SEED000, RiskSources.SEED001, RiskSources.SEED003, RiskSources.SANTOMASSO18)),
  /** High baseline inflammatory state (seed 000). */
  HIGH_BASELINE_INFLAMMATION("high_baseline_inflammation", "high baseline inflammation",
      "High baseline inflammatory state (Dr.Oracle 2026).", Optional.empty(), List.of(RiskSources.SEED000)),
  /** Pre-existing neurological comorbidity (seeds 000, 003). */
  NEUROLOGIC_COMORBIDITY("neurologic_comorbidity", "neurological comorbidity",
      "Pre-existing neurological comorbidity (seeds 000 and 003).", Optional.empty(),
      List.of(RiskSources.SEED000, RiskSources.SEED003)),
  /** A higher CAR T-cell dose (seeds 000, 003). */
  HIGHER_CELL_DOSE("higher_cell_dose", "higher CAR T-cell dose",
      "Higher CAR T-cell dose (seeds 000 and 003).", Optional.empty(), List.of(RiskSources.SEED000, RiskSources.SEED003)),
  /** Fludarabine in the lymphodepleting regimen (seed 003). */
  FLUDARABINE("fludarabine", "fludarabine lymphodepletion",
      "Fludarabine as part of the treatment (ACCC/HOPA/NCODA/ONS patient sheet).", Optional.empty(), List.of(RiskSources.SEED003)),
  /** A CAR with a CD28 costimulatory domain, such as axi-cel (seed 001; reference B2). */
  CD28_COSTIMULATION("cd28_costimulation", "CD28 costimulation",
      "CD28-based CAR construct, for example axicabtagene ciloleucel (oncology pharmacy pearls).", Optional.empty(),
      List.of(RiskSources.SEED001)),
  /** A CD19-directed CAR: higher-grade ICANS is more common than with a BCMA-directed CAR (seed 000). */
  CD19_TARGET("cd19_target", "CD19-directed CAR",
      "CD19-directed CAR: higher-grade ICANS is more common than with BCMA-directed CAR T cells, whose ICANS is "
          + "typically shorter (Dr.Oracle 2026).",
      Optional.empty(), List.of(RiskSources.SEED000)),
  /** Poor performance status (seed 002). */
  POOR_PERFORMANCE_STATUS("poor_performance_status", "poor performance status",
      "Poor performance status (Cevering 2026).", Optional.empty(), List.of(RiskSources.SEED002_GENERAL)),
  /**
   * Elevated pre-treatment serum neurofilament light chain: associated with more severe ICANS in
   * adults (Blood Adv 2022, 96 patients), not predictive in children (Blood Adv 2023).
   */
  ELEVATED_BASELINE_NFL("elevated_baseline_nfl", "elevated baseline serum NfL",
      "Elevated pre-treatment serum neurofilament light chain was associated with more severe ICANS "
          + "(96 patients; Blood Adv 2022).",
      Optional.of("In children, baseline CSF GFAP/NfL and serum NfL did not predict ICANS (Blood Adv 2023)."),
      List.of(RiskSources.NFL_ADULT22, RiskSources.NFL_CHILD23)),
  /** An abnormal EEG before infusion: hazard ratio 5.8 for ICANS (68 patients with NHL; J Neurol 2025). */
  ABNORMAL_PRE_INFUSION_EEG("abnormal_pre_infusion_eeg", "abnormal EEG before infusion",
      "An EEG abnormality before infusion had a hazard ratio of 5.8 for ICANS in a prospective study of 68 "
          + "patients with NHL (J Neurol 2025).",
      Optional.empty(), List.of(RiskSources.EEG25));

  private final String code;
  private final String label;
  private final String finding;
  private final Optional<String> disagreement;
  private final List<Citation> sources;

  RiskFactor(String code, String label, String finding, Optional<String> disagreement, List<Citation> sources) {
    this.code = code;
    this.label = label;
    this.finding = finding;
    this.disagreement = disagreement;
    this.sources = sources;
  }

  /** The stable code, as files, command lines and error messages write it: {@code high_disease_burden}. */
  @Override
  public String code() {
    return code;
  }

  /** The name for people. */
  public String label() {
    return label;
  }

  /** What the sources found, with their figures. */
  public String finding() {
    return finding;
  }

  /** Where another source found otherwise, if one did. */
  public Optional<String> disagreement() {
    return disagreement;
  }

  /** The sources. */
  public List<Citation> sources() {
    return sources;
  }

  /**
   * The risk factor with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code riskFactor})
   *     naming the code and every allowed code
   */
  public static RiskFactor fromCode(String code) {
    return Coded.fromCode(RiskFactor.class, "riskFactor", code);
  }

  /**
   * Age, on which the sources disagree: younger age raises the risk (seed 003), older age does
   * (seed 002, which calls the evidence conflicting). Neither gives an age cut-off, so age is not
   * scored; both readings are shown.
   */
  public static List<SourcedFact> ageDisagreement() {
    return AGE;
  }

  private static final List<SourcedFact> AGE = List.of(
      SourcedFact.of("Younger age is named as raising the risk of ICANS.", RiskSources.SEED003),
      SourcedFact.of("Older age has been associated with neurotoxicity, though the evidence is somewhat conflicting.",
          RiskSources.SEED002_GENERAL));
}
