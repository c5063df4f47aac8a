package org.icans.risk.observation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * For tests: units each analyte is accepted in (module README, Units), and measurements tried
 * without failing the test when the library refuses them.
 */
public final class AcceptedUnits {
  private AcceptedUnits() {}

  /** An analyte and one unit it is accepted in. */
  public record Pair(Analyte analyte, String unit) {}

  /** Units that convert to the analyte's standard unit; the standard unit first. */
  public static List<String> of(Analyte a) {
    switch (a) {
      case LDH:
        return List.of("U/L", "[IU]/L", "ukat/L");
      case CREATININE:
        return List.of("mg/dL", "mg/L", "g/L", "umol/L", "mmol/L");
      case PLATELETS:
        return List.of("10*9/L", "10*3/uL", "/uL", "/nL", "/mL");
      case CRP:
        return List.of("mg/dL", "mg/L", "g/L");
      case FERRITIN:
        return List.of("ng/mL", "ug/L", "mg/L", "ug/mL");
      case IL6:
        return List.of("pg/mL", "ng/L", "ng/mL");
      case TEMPERATURE:
        return List.of("Cel", "[degF]", "K");
      default:
        throw new AssertionError(a);
    }
  }

  /** Every analyte with every unit of {@link #of}. */
  public static List<Pair> pairs() {
    List<Pair> pairs = new ArrayList<>();
    for (Analyte a : Analyte.values()) {
      for (String u : of(a)) {
        pairs.add(new Pair(a, u));
      }
    }
    return pairs;
  }

  /** The measurement, or empty when {@link Measurement#of} refuses it. */
  public static Optional<Measurement> tryOf(Analyte a, double value, String unit, TimePoint time) {
    try {
      return Optional.of(Measurement.of(a, value, unit, time));
    } catch (org.icans.model.InvalidValueException e) {
      return Optional.empty();
    }
  }
}
