package org.icans.risk.observation;

import java.util.List;
import org.icans.model.Coded;
import org.icans.model.crs.CrsObservation;
import org.icans.model.evidence.Citation;
import org.icans.risk.RiskSources;

/**
 * What was measured, and the unit every formula and threshold of this library uses for it. A
 * value is accepted in any UCUM unit that converts exactly to that unit; the conversions are the
 * pitfalls of reference B4 (CRP in mg/L is ten times the same CRP in mg/dL, which changes m-EASIX
 * tenfold; platelets per microlitre are a thousand times the count in 10^9/L). The converted value
 * must then lie in the analyte's {@linkplain #plausibleRange() plausible range} [P], a project safety
 * rule that refuses the same mix-ups when the unit written is the wrong one.
 */
public enum Analyte implements Coded {
  /** Lactate dehydrogenase, U/L (EASIX, simplified EASIX, m-EASIX; the raw value, not a multiple of the upper limit of normal). */
  LDH("ldh", "LDH", "U/L",
      "a catalytic concentration in UCUM: U/L (the same as [IU]/L) or ukat/L",
      10, 50_000, List.of("U/L", "ukat/L"),
      List.of(RiskSources.PENNISI21, RiskSources.UNITS_B4)),
  /** Serum creatinine, mg/dL (EASIX); umol/L is converted at 88.4 umol/L per mg/dL (reference B4). */
  CREATININE("creatinine", "creatinine", "mg/dL",
      "a mass concentration in UCUM (mg/dL, mg/L, g/L ...) or a substance concentration (umol/L, mmol/L), "
          + "converted at 88.4 umol/L per mg/dL",
      0.05, 25, List.of("mg/dL", "umol/L"),
      List.of(RiskSources.PENNISI21, RiskSources.UNITS_B4)),
  /** Platelet count, 10^9/L (UCUM {@code 10*9/L}; the same number as 10^3/uL). */
  PLATELETS("platelets", "platelets", "10*9/L",
      "a count per volume in UCUM: 10*9/L, 10*3/uL or /uL (150000 /uL = 150 10*9/L)",
      1, 2_000, List.of("10*9/L", "/uL"),
      List.of(RiskSources.PENNISI21, RiskSources.UNITS_B4)),
  /** C-reactive protein, mg/dL (m-EASIX); most European labs report mg/L, ten times the number. */
  CRP("crp", "CRP", "mg/dL",
      "a mass concentration in UCUM: mg/dL, mg/L (10 mg/L = 1 mg/dL), g/L ...",
      0, 100, List.of("mg/dL", "mg/L"),
      List.of(RiskSources.PENNISI21, RiskSources.UNITS_B4)),
  /** Serum ferritin, ng/mL (= ug/L), as in the day-3 ferritin figures (Huang 2024). */
  FERRITIN("ferritin", "ferritin", "ng/mL",
      "a mass concentration in UCUM: ng/mL, ug/L (the same number) ...",
      0, 500_000, List.of("ng/mL"),
      List.of(RiskSources.HUANG24, RiskSources.UNITS_B4)),
  /** Serum interleukin-6, pg/mL (= ng/L), as in the Gust 2017 thresholds. */
  IL6("il6", "IL-6", "pg/mL",
      "a mass concentration in UCUM: pg/mL, ng/L (the same number) ...",
      0, 1_000_000, List.of("pg/mL", "ng/mL"),
      List.of(RiskSources.GUST17, RiskSources.UNITS_B4)),
  /**
   * Body temperature, degrees Celsius (UCUM {@code Cel}); [degF] and K are converted. Its plausible
   * range is the model's, {@link CrsObservation#MIN_TEMPERATURE_C} to {@link
   * CrsObservation#MAX_TEMPERATURE_C} Cel (project choice R-11).
   */
  TEMPERATURE("temperature", "temperature", "Cel",
      "a temperature unit in UCUM: Cel, [degF] or K",
      CrsObservation.MIN_TEMPERATURE_C, CrsObservation.MAX_TEMPERATURE_C,
      List.of("Cel", "[degF]", "K"),
      List.of(RiskSources.GUST17, RiskSources.UCUM));

  private final String code;
  private final String label;
  private final String standardUnit;
  private final String allowedUnits;
  private final PlausibleRange plausibleRange;
  private final List<String> mixUpUnits;
  private final List<Citation> sources;

  Analyte(String code, String label, String standardUnit, String allowedUnits, double plausibleLow,
      double plausibleHigh, List<String> mixUpUnits, List<Citation> sources) {
    this.code = code;
    this.label = label;
    this.standardUnit = standardUnit;
    this.allowedUnits = allowedUnits;
    this.plausibleRange = new PlausibleRange(plausibleLow, plausibleHigh, standardUnit);
    this.mixUpUnits = mixUpUnits;
    this.sources = sources;
  }

  /**
   * The stable code, as files, command lines and error messages write it: {@code ldh},
   * {@code creatinine}, {@code il6} ...
   */
  @Override
  public String code() {
    return code;
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

  /**
   * The values accepted, in the standard unit, both ends included. <b>[P] A project safety rule, not
   * a clinical reference range</b>: the reference gives no plausibility bounds, so none is cited. A
   * value outside, after conversion, is refused as a probable unit mix-up ({@link PlausibleRange}).
   *
   * <table>
   *   <caption>plausible ranges [P]</caption>
   *   <tr><th>analyte</th><th>range</th></tr>
   *   <tr><td>LDH</td><td>10 to 50,000 U/L</td></tr>
   *   <tr><td>creatinine</td><td>0.05 to 25 mg/dL</td></tr>
   *   <tr><td>platelets</td><td>1 to 2,000 10^9/L</td></tr>
   *   <tr><td>CRP</td><td>0 to 100 mg/dL</td></tr>
   *   <tr><td>ferritin</td><td>0 to 500,000 ng/mL</td></tr>
   *   <tr><td>IL-6</td><td>0 to 1,000,000 pg/mL</td></tr>
   *   <tr><td>temperature</td><td>the model's {@link CrsObservation#MIN_TEMPERATURE_C} to {@link
   *       CrsObservation#MAX_TEMPERATURE_C} Cel (project choice R-11)</td></tr>
   * </table>
   */
  public PlausibleRange plausibleRange() {
    return plausibleRange;
  }

  /**
   * The units a number of this analyte is commonly reported in, and so mistaken for one another
   * (reference B4: CRP mg/dL and mg/L, creatinine mg/dL and umol/L, platelets 10^9/L and per
   * microlitre, IL-6 pg/mL and ng/mL, LDH U/L and ukat/L; temperature Cel, [degF] and K). When a
   * value is refused, the refusal names those of these units in which the same number would have
   * been plausible, as the unit probably meant; the value is never converted on that guess.
   */
  public List<String> mixUpUnits() {
    return mixUpUnits;
  }

  /** Where the standard unit and the accepted conversions come from. */
  public List<Citation> sources() {
    return sources;
  }

  /**
   * The analyte with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code analyte})
   *     naming the code and every allowed code
   */
  public static Analyte fromCode(String code) {
    return Coded.fromCode(Analyte.class, "analyte", code);
  }
}
