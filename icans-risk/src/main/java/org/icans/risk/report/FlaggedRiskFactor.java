package org.icans.risk.report;

import java.util.Objects;
import org.icans.risk.product.RiskFactor;

/**
 * A risk factor present in a patient, and whether it was reported by the clinician or comes with
 * the product (its target antigen, its costimulatory domain).
 *
 * <p>Immutable.
 *
 * @param factor the risk factor
 * @param fromProduct true when it comes with the product rather than from the clinician
 */
public record FlaggedRiskFactor(RiskFactor factor, boolean fromProduct) {
  /** Validates. */
  public FlaggedRiskFactor {
    Objects.requireNonNull(factor, "factor");
  }
}
