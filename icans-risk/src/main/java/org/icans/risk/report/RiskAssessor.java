package org.icans.risk.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.icans.model.patient.Product;
import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;
import org.icans.risk.Caveat;
import org.icans.risk.RiskSources;
import org.icans.risk.product.ProductProfile;
import org.icans.risk.product.ProductProfiles;
import org.icans.risk.product.RiskFactor;
import org.icans.risk.score.ScoreCalculator;
import org.icans.risk.warning.EarlyWarnings;
import org.icans.risk.window.ExpectedWindow;

/**
 * Builds a patient's {@link RiskReport}: scores ({@link ScoreCalculator}), early warnings ({@link
 * EarlyWarnings}), product profile and risk factors ({@link ProductProfiles}), expected window
 * ({@link ExpectedWindow}).
 *
 * <p>Stateless and thread-safe.
 */
public final class RiskAssessor {
  private RiskAssessor() {}

  /** The report for one patient. */
  public static RiskReport assess(RiskInput in) {
    Objects.requireNonNull(in, "in");
    ScoreCalculator.Series series = ScoreCalculator.series(in.measurements(), in.lymphodepletionStartDay());
    EarlyWarnings.Findings findings = EarlyWarnings.evaluate(in.measurements(), in.crsGrades(), in.tocilizumabDoses());
    List<Caveat> caveats = new ArrayList<>(series.caveats());
    caveats.addAll(findings.caveats());

    Optional<ProductProfile> profile = in.product().flatMap(p -> ProductProfiles.find(p.name()));
    if (in.product().isPresent() && profile.isEmpty()) {
      caveats.add(Caveat.general("No profile for " + in.product().get().name() + ": this library records "
          + "incidence, onset and duration only for " + ProductProfiles.acceptedNames() + ".", RiskSources.NOT_VERIFIED));
    }
    if (in.product().isEmpty()) {
      caveats.add(Caveat.general("No product given: no product baseline, and the expected window is the general "
          + "CAR T-cell one.", RiskSources.PROJECT_CHOICES.at("R-13 (report without a product)")));
    }

    List<FlaggedRiskFactor> flags = new ArrayList<>();
    Set<RiskFactor> seen = EnumSet.noneOf(RiskFactor.class);
    for (RiskFactor f : RiskFactor.values()) {
      if (in.riskFactors().contains(f)) {
        flags.add(new FlaggedRiskFactor(f, false));
        seen.add(f);
      }
    }
    for (RiskFactor f : productFactors(in.product(), profile)) {
      if (seen.add(f)) {
        flags.add(new FlaggedRiskFactor(f, true));
      }
    }

    ExpectedWindow window = ExpectedWindow.of(in.product(), in.labelEra());
    return new RiskReport(in.patientId(), in.product(), profile, series.results(), findings.warnings(), caveats, flags,
        RiskFactor.ageDisagreement(), window);
  }

  /** The reports of several patients, in order. */
  public static List<RiskReport> assessAll(List<RiskInput> inputs) {
    List<RiskReport> out = new ArrayList<>(Objects.requireNonNull(inputs, "inputs").size());
    for (int i = 0; i < inputs.size(); i++) {
      out.add(assess(Objects.requireNonNull(inputs.get(i), "inputs[" + i + "]")));
    }
    return out;
  }

  private static List<RiskFactor> productFactors(Optional<Product> product, Optional<ProductProfile> profile) {
    if (profile.isPresent()) {
      return profile.get().productRiskFactors();
    }
    if (product.isPresent() && product.get().modality() == TherapyModality.CAR_T_CELL
        && product.get().target() == TargetAntigen.CD19) {
      return List.of(RiskFactor.CD19_TARGET);
    }
    return List.of();
  }
}
