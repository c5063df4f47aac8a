package org.icans.risk.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.icans.model.InvalidValueException;
import org.icans.risk.internal.text.Numbers;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.Measurement;

/**
 * One score computed at one time point: its value, the measurements it was computed from (as given
 * and in the units the formula uses), whether the time point is one the score was studied at, and,
 * where the score has a verified cut-off, whether the value is beyond it.
 *
 * <p>Immutable.
 *
 * @param score which score
 * @param day the calendar day relative to infusion of its inputs (project choice R-14: day 1.5 is on day 1)
 * @param timePoint the time point in words: {@code before lymphodepletion (day -5)}, {@code day +1}
 * @param value the score, unitless (the inputs are in the formula's units)
 * @param inputs the measurements used, in the formula's order
 * @param studiedTimePoint whether the sources studied the score at this time point
 * @param beyondCutOff whether the value is beyond the score's cut-off; empty without a cut-off
 */
public record ScoreResult(Score score, int day, String timePoint, double value, List<Measurement> inputs,
    boolean studiedTimePoint, Optional<Boolean> beyondCutOff) {

  /**
   * Validates the parts and copies the list.
   *
   * @throws InvalidValueException (field {@code score.value}) if the value is not finite or negative
   */
  public ScoreResult {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(timePoint, "timePoint");
    Objects.requireNonNull(beyondCutOff, "beyondCutOff");
    inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
    if (!(Double.isFinite(value) && value >= 0)) {
      throw new InvalidValueException("score.value", value, "a finite number 0 or more");
    }
  }

  /** The input measurement of this analyte. */
  public Measurement input(Analyte analyte) {
    Objects.requireNonNull(analyte, "analyte");
    for (Measurement m : inputs) {
      if (m.analyte() == analyte) {
        return m;
      }
    }
    throw new InvalidValueException("analyte", analyte.code(), "an input of " + score.label() + ": " + score.inputs());
  }

  /**
   * The value rounded to three significant digits, for people: {@code 2.29}; with more digits when
   * three would print the cut-off itself for a value on either side of it (4.6704 is {@code 4.6704},
   * not {@code 4.67}, when the cut-off is above 4.67).
   */
  public String displayValue() {
    int digits = 3;
    if (score.cutOff().isPresent()) {
      double threshold = score.cutOff().get().threshold();
      while (digits < 12 && value != threshold
          && new BigDecimal(Numbers.significant(value, digits)).compareTo(BigDecimal.valueOf(threshold)) == 0) {
        digits++;
      }
    }
    return Numbers.significant(value, digits);
  }

  /**
   * The formula with the values put in, in the formula's units:
   * {@code LDH 310 U/L x creatinine 1.2 mg/dL / platelets 80 10*9/L = 4.65}.
   */
  public String calculation() {
    StringBuilder b = new StringBuilder();
    for (Analyte a : score.numerator()) {
      if (b.length() > 0) {
        b.append(" x ");
      }
      b.append(inStandardUnit(input(a)));
    }
    return b.append(" / ").append(inStandardUnit(input(Analyte.PLATELETS))).append(" = ").append(displayValue())
        .toString();
  }

  private static String inStandardUnit(Measurement m) {
    return m.analyte().label() + " " + Numbers.significant(m.standardValue(), 6) + " " + m.analyte().standardUnit();
  }
}
