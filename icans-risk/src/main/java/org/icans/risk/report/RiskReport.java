package org.icans.risk.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.icans.model.patient.Product;
import org.icans.risk.Caveat;
import org.icans.risk.SourcedFact;
import org.icans.risk.product.ProductProfile;
import org.icans.risk.score.ScoreResult;
import org.icans.risk.warning.EarlyWarning;
import org.icans.risk.window.ExpectedWindow;

/**
 * A patient's ICANS risk report: the scores at each time point, the early warnings found, what the
 * data could not show, the risk factors present, the sources' disagreement on age, the product's
 * baseline (incidence, onset, duration per trial) and the expected window (typical onset, how long
 * to watch, proximity and driving by label era). Every number carries its source and verification
 * status. It informs; it does not decide: no score or warning here is a validated treatment trigger.
 *
 * <p>{@link #toText()} renders it for people, {@link #toJson()} for programs.
 *
 * <p>Immutable; equal when every part is equal (the same patient, product, scores, warnings,
 * caveats, risk factors and window).
 */
public final class RiskReport {
  private final String patientId;
  private final Optional<Product> product;
  private final Optional<ProductProfile> profile;
  private final List<ScoreResult> scores;
  private final List<EarlyWarning> warnings;
  private final List<Caveat> caveats;
  private final List<FlaggedRiskFactor> riskFactors;
  private final List<SourcedFact> ageDisagreement;
  private final ExpectedWindow window;

  RiskReport(String patientId, Optional<Product> product, Optional<ProductProfile> profile, List<ScoreResult> scores,
      List<EarlyWarning> warnings, List<Caveat> caveats, List<FlaggedRiskFactor> riskFactors,
      List<SourcedFact> ageDisagreement, ExpectedWindow window) {
    this.patientId = patientId;
    this.product = product;
    this.profile = profile;
    this.scores = List.copyOf(scores);
    this.warnings = List.copyOf(warnings);
    this.caveats = List.copyOf(caveats);
    this.riskFactors = List.copyOf(riskFactors);
    this.ageDisagreement = List.copyOf(ageDisagreement);
    this.window = window;
  }

  /** The patient's identifier. */
  public String patientId() {
    return patientId;
  }

  /** The product, when given. */
  public Optional<Product> product() {
    return product;
  }

  /** The product's profile, when the product is one the reference covers. */
  public Optional<ProductProfile> productProfile() {
    return profile;
  }

  /** Every score computed, by day (EASIX-pre at its pre-lymphodepletion day). */
  public List<ScoreResult> scores() {
    return scores;
  }

  /** The early warnings found, in time order. */
  public List<EarlyWarning> warnings() {
    return warnings;
  }

  /** What the data could not show. */
  public List<Caveat> caveats() {
    return caveats;
  }

  /** The risk factors present, reported or coming with the product. */
  public List<FlaggedRiskFactor> riskFactors() {
    return riskFactors;
  }

  /** The sources' disagreement on age (younger vs older), always shown. */
  public List<SourcedFact> ageDisagreement() {
    return ageDisagreement;
  }

  /** Typical onset, how long to watch, proximity and driving. */
  public ExpectedWindow expectedWindow() {
    return window;
  }

  /** The report as readable text. */
  public String toText() {
    return ReportText.render(this);
  }

  /** The report as a JSON object (UTF-8 text, two-space indentation). */
  public String toJson() {
    return ReportJson.render(this);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RiskReport)) {
      return false;
    }
    RiskReport r = (RiskReport) o;
    return patientId.equals(r.patientId) && product.equals(r.product) && profile.equals(r.profile)
        && scores.equals(r.scores) && warnings.equals(r.warnings) && caveats.equals(r.caveats)
        && riskFactors.equals(r.riskFactors) && ageDisagreement.equals(r.ageDisagreement) && window.equals(r.window);
  }

  @Override
  public int hashCode() {
    return Objects.hash(patientId, product, profile, scores, warnings, caveats, riskFactors, ageDisagreement, window);
  }

  @Override
  public String toString() {
    return "RiskReport[" + patientId + ", " + scores.size() + " scores, " + warnings.size() + " warnings]";
  }
}
