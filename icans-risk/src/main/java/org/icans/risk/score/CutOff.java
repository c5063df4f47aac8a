package org.icans.risk.score;

import java.util.Objects;
import org.icans.model.InvalidValueException;
import org.icans.model.evidence.Citation;
import org.icans.risk.internal.text.Numbers;

/**
 * A published cut-off of a score, what being beyond it was found to mean, and its source. Only
 * cut-offs the reference verified are encoded (reference B1, B2): today that is EASIX-pre above 4.67
 * (Korell 2022). The m-EASIX cut-offs are unverified and not encoded.
 *
 * <p>Immutable.
 *
 * @param threshold the cut-off value, in the score's own (unitless) scale
 * @param strictlyAbove whether a value must exceed the threshold ({@code >}) rather than reach it ({@code >=})
 * @param meaning what values beyond the cut-off were associated with, with the study's figures
 * @param source where the cut-off comes from
 */
public record CutOff(double threshold, boolean strictlyAbove, String meaning, Citation source) {
  /**
   * Validates the parts.
   *
   * @throws InvalidValueException (field {@code cut_off.threshold}) if the threshold is not finite
   */
  public CutOff {
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(source, "source");
    if (!Double.isFinite(threshold)) {
      throw new InvalidValueException("cut_off.threshold", threshold, "a finite number");
    }
  }

  /** Whether {@code value} is beyond the cut-off. */
  public boolean isBeyond(double value) {
    return strictlyAbove ? value > threshold : value >= threshold;
  }

  /** For people: {@code > 4.67}. */
  public String label() {
    return (strictlyAbove ? "> " : ">= ") + Numbers.plain(threshold);
  }
}
