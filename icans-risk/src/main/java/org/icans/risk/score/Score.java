package org.icans.risk.score;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.icans.model.Coded;
import org.icans.model.evidence.Citation;
import org.icans.risk.RiskSources;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.TimePoint;

/**
 * The endothelial activation and stress index family of risk scores for severe CRS and ICANS after
 * CAR T cells, each with its formula, the units it requires, the time points it was studied at, its
 * cut-off where one is published and verified, and its sources (reference B1, B2).
 *
 * <p>All are products of lab values divided by the platelet count: LDH in U/L, creatinine and CRP in
 * mg/dL, platelets in 10^9/L (Pennisi 2021). The score is unitless only because the units are fixed:
 * the same CRP given in mg/L would make m-EASIX ten times larger, which is why every input is
 * converted to these units first ({@link Analyte#standardUnit()}).
 *
 * <p>Not here, because the reference could not verify them (module README, "Left out"): m-EASIX
 * cut-offs and AUCs by day; EASIX-F and EASIX-FC risk-group thresholds; the CAR-HEMATOTOX point
 * cut-offs.
 */
public enum Score implements Coded {
  /** EASIX = LDH (U/L) x creatinine (mg/dL) / platelets (10^9/L); before lymphodepletion, days 0, +1, +3. */
  EASIX("easix", "EASIX", List.of(Analyte.LDH, Analyte.CREATININE), true, Optional.empty(),
      "No cut-off is published in the reference for EASIX after infusion; before lymphodepletion see EASIX-pre.",
      List.of(RiskSources.PENNISI21, RiskSources.KORELL22)),
  /** Simplified EASIX = LDH (U/L) / platelets (10^9/L); the same time points as EASIX. */
  SIMPLIFIED_EASIX("simplified_easix", "simplified EASIX", List.of(Analyte.LDH), true, Optional.empty(),
      "No cut-off is published in the reference.",
      List.of(RiskSources.PENNISI21)),
  /**
   * m-EASIX = LDH (U/L) x CRP (mg/dL) / platelets (10^9/L); before lymphodepletion (about day -5),
   * days 0, +1, +3. Pennisi 2021: before and early after infusion it predicted grade 3 or higher CRS
   * and ICANS before severe symptoms. In children and young adults with B-ALL, ICANS was best
   * predicted at day +3 (Blood Adv 2025).
   */
  M_EASIX("m_easix", "m-EASIX", List.of(Analyte.LDH, Analyte.CRP), true, Optional.empty(),
      "Predicted grade >= 3 CRS and ICANS before severe symptoms (Pennisi 2021; 118 adults). Its cut-offs and "
          + "AUCs by day could not be verified, so none is applied. In children and young adults with B-ALL, "
          + "ICANS was best predicted at day +3 (Blood Adv 2025).",
      List.of(RiskSources.PENNISI21, RiskSources.PEDS_EASIX25)),
  /**
   * EASIX-pre: EASIX measured before lymphodepletion, with the cut-off above 4.67 (Korell 2022:
   * odds ratio 4.3 for grade 3 or higher CRS and/or ICANS in validation; axi-cel).
   */
  EASIX_PRE("easix_pre", "EASIX-pre", List.of(Analyte.LDH, Analyte.CREATININE), false,
      Optional.of(new CutOff(4.67, true,
          "EASIX-pre above 4.67 had an odds ratio of 4.3 for grade >= 3 CRS and/or ICANS in the validation "
              + "cohort (n=121); each doubling of EASIX-pre: odds ratio 1.72 (1.26-2.46) (Korell 2022, "
              + "axicabtagene ciloleucel; training cohort ZUMA-1, n=93)",
          RiskSources.KORELL22)),
      "Studied before lymphodepletion only, in patients treated with axicabtagene ciloleucel.",
      List.of(RiskSources.KORELL22, RiskSources.PENNISI21));

  /** The days after infusion at which EASIX, simplified EASIX and m-EASIX were studied (reference B1). */
  public static final Set<Integer> STUDIED_DAYS_AFTER_INFUSION = Set.of(0, 1, 3);

  private final String code;
  private final String label;
  private final List<Analyte> numerator;
  private final boolean studiedAfterInfusion;
  private final Optional<CutOff> cutOff;
  private final String note;
  private final List<Citation> sources;

  Score(String code, String label, List<Analyte> numerator, boolean studiedAfterInfusion, Optional<CutOff> cutOff,
      String note,
      List<Citation> sources) {
    this.code = code;
    this.label = label;
    this.numerator = numerator;
    this.studiedAfterInfusion = studiedAfterInfusion;
    this.cutOff = cutOff;
    this.note = note;
    this.sources = sources;
  }

  /** The name for people: {@code m-EASIX}. */
  public String label() {
    return label;
  }

  /** The analytes multiplied together; the product is divided by the platelet count. */
  public List<Analyte> numerator() {
    return numerator;
  }

  /** Every analyte the score needs: the numerator's and platelets. */
  public List<Analyte> inputs() {
    return concat(numerator, Analyte.PLATELETS);
  }

  /** The formula with its units: {@code LDH (U/L) x CRP (mg/dL) / platelets (10*9/L)}. */
  public String formula() {
    StringBuilder b = new StringBuilder();
    for (Analyte a : numerator) {
      if (b.length() > 0) {
        b.append(" x ");
      }
      b.append(a.label()).append(" (").append(a.standardUnit()).append(')');
    }
    return b.append(" / platelets (").append(Analyte.PLATELETS.standardUnit()).append(')').toString();
  }

  /** The time points it was studied at, in words. */
  public String studiedTimePoints() {
    return studiedAfterInfusion ? "before lymphodepletion; days 0, +1 and +3 after infusion" : "before lymphodepletion";
  }

  /**
   * Whether {@code day} is a time point the score was studied at: before lymphodepletion (its
   * calendar day on or before that of the start of lymphodepletion, when known; project choices R-3
   * and R-14), or calendar day 0, +1 or +3 for the scores studied after infusion.
   *
   * @param day the model's day (fractions allowed, -30 or later)
   * @param lymphodepletionStartDay the model's day lymphodepletion started, when known
   * @throws org.icans.model.InvalidValueException (field {@code day}) if a day is not finite or
   *     before day -30
   */
  public boolean isStudiedAt(double day, OptionalDouble lymphodepletionStartDay) {
    int calendar = TimePoint.calendarDayOf(day);
    if (Objects.requireNonNull(lymphodepletionStartDay, "lymphodepletionStartDay").isPresent()
        && calendar <= TimePoint.calendarDayOf(lymphodepletionStartDay.getAsDouble())) {
      return true;
    }
    return studiedAfterInfusion && STUDIED_DAYS_AFTER_INFUSION.contains(calendar);
  }

  /** The published, verified cut-off, if any. */
  public Optional<CutOff> cutOff() {
    return cutOff;
  }

  /** What the sources say the score means, and what is not encoded. */
  public String note() {
    return note;
  }

  /** Where the formula, units, time points and cut-off come from. */
  public List<Citation> sources() {
    return sources;
  }

  private static List<Analyte> concat(List<Analyte> list, Analyte last) {
    Analyte[] all = list.toArray(new Analyte[list.size() + 1]);
    all[list.size()] = last;
    return List.of(all);
  }

  /** The stable code, as files and command lines write it: {@code easix}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The score with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code score})
   *     naming the code and every allowed code
   */
  public static Score fromCode(String code) {
    return Coded.fromCode(Score.class, "score", code);
  }
}
