package org.icans.risk.observation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.icans.model.evidence.Citation;
import org.icans.risk.RiskSources;

/**
 * What was measured, and the unit every formula and threshold of this library uses for it. A
 * value is accepted in any UCUM unit that converts exactly to that unit; the conversions are the
 * pitfalls of reference B4 (CRP in mg/L is ten times the same CRP in mg/dL, which changes m-EASIX
 * tenfold; platelets per microlitre are a thousand times the count in 10^9/L).
 */
public enum Analyte {
  /** Lactate dehydrogenase, U/L (EASIX, simplified EASIX, m-EASIX; the raw value, not a multiple of the upper limit of normal). */
  LDH("ldh", "LDH", "U/L",
      "a catalytic concentration in UCUM: U/L (the same as [IU]/L) or ukat/L",
      List.of(RiskSources.PENNISI21, RiskSources.UNITS_B4)),
  /** Serum creatinine, mg/dL (EASIX); umol/L is converted at 88.4 umol/L per mg/dL (reference B4). */
  CREATININE("creatinine", "creatinine", "mg/dL",
      "a mass concentration in UCUM (mg/dL, mg/L, g/L ...) or a substance concentration (umol/L, mmol/L), "
          + "converted at 88.4 umol/L per mg/dL",
      List.of(RiskSources.PENNISI21, RiskSources.UNITS_B4)),
  /** Platelet count, 10^9/L (UCUM {@code 10*9/L}; the same number as 10^3/uL). */
  PLATELETS("platelets", "platelets", "10*9/L",
      "a count per volume in UCUM: 10*9/L, 10*3/uL or /uL (150000 /uL = 150 10*9/L)",
      List.of(RiskSources.PENNISI21, RiskSources.UNITS_B4)),
  /** C-reactive protein, mg/dL (m-EASIX); most European labs report mg/L, ten times the number. */
  CRP("crp", "CRP", "mg/dL",
      "a mass concentration in UCUM: mg/dL, mg/L (10 mg/L = 1 mg/dL), g/L ...",
      List.of(RiskSources.PENNISI21, RiskSources.UNITS_B4)),
  /** Serum ferritin, ng/mL (= ug/L), as in the day-3 ferritin figures (Huang 2024). */
  FERRITIN("ferritin", "ferritin", "ng/mL",
      "a mass concentration in UCUM: ng/mL, ug/L (the same number) ...",
      List.of(RiskSources.HUANG24, RiskSources.UNITS_B4)),
  /** Serum interleukin-6, pg/mL (= ng/L), as in the Gust 2017 thresholds. */
  IL6("il6", "IL-6", "pg/mL",
      "a mass concentration in UCUM: pg/mL, ng/L (the same number) ...",
      List.of(RiskSources.GUST17, RiskSources.UNITS_B4)),
  /** Body temperature, degrees Celsius (UCUM {@code Cel}); [degF] and K are converted. */
  TEMPERATURE("temperature", "temperature", "Cel",
      "a temperature unit in UCUM: Cel, [degF] or K",
      List.of(RiskSources.GUST17, RiskSources.UCUM));

  private final String key;
  private final String label;
  private final String standardUnit;
  private final String allowedUnits;
  private final List<Citation> sources;

  Analyte(String key, String label, String standardUnit, String allowedUnits, List<Citation> sources) {
    this.key = key;
    this.label = label;
    this.standardUnit = standardUnit;
    this.allowedUnits = allowedUnits;
    this.sources = sources;
  }

  /** The name in files and error messages: {@code ldh}, {@code creatinine}, {@code il6} ... */
  public String key() {
    return key;
  }

  /** The name for people: {@code LDH}, {@code IL-6} ... */
  public String label() {
    return label;
  }

  /** The UCUM unit formulas and thresholds use: {@code U/L}, {@code mg/dL}, {@code 10*9/L} ... */
  public String standardUnit() {
    return standardUnit;
  }

  /** The units accepted, in words, as error messages say them. */
  public String allowedUnits() {
    return allowedUnits;
  }

  /** Where the standard unit and the accepted conversions come from. */
  public List<Citation> sources() {
    return sources;
  }

  /** The analyte with this key ({@link #key()}), case-insensitive. */
  public static Optional<Analyte> byKey(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    for (Analyte a : values()) {
      if (a.key.equals(k)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
