package org.icans.risk.warning;

import java.util.List;
import org.icans.model.Coded;
import org.icans.model.evidence.Citation;
import org.icans.risk.RiskSources;

/**
 * The early warnings of severe neurotoxicity this library looks for in the course of temperature,
 * labs and CRS, each with its time window, what it means in the source's own figures, and its
 * sources (reference B2). Thresholds are in {@link EarlyWarnings}.
 */
public enum WarningKind implements Coded {
  /**
   * Temperature 38.9 C or more and serum IL-6 above 16 pg/mL, both within 36 h of infusion (Gust
   * 2017 via seed 002): 100% sensitivity for later grade 4 neurotoxicity.
   */
  FEVER_AND_IL6_WITHIN_36_H("fever_and_il6_within_36_h",
      "temperature >= 38.9 Cel with IL-6 > 16 pg/mL within 36 h of infusion",
      WarningWindow.hours(0, EarlyWarnings.GUST_WINDOW_HOURS),
      "In Gust 2017 (adults, CD19 CAR T cells) a temperature of 38.9 Cel or more with serum IL-6 above 16 pg/mL "
          + "within 36 h of infusion had 100% sensitivity for later grade 4 neurotoxicity. Its specificity is not "
          + "verified, so many patients with this finding may not develop grade 4 neurotoxicity.",
      List.of(RiskSources.GUST17)),
  /**
   * Serum IL-6 of 501 pg/mL or more within the first 6 days after infusion (Gust 2017 via seed
   * 002): grade 4 neurotoxicity in all, versus 18% when the same level came after day 6.
   */
  IL6_AT_LEAST_501_WITHIN_6_DAYS("il6_at_least_501_within_6_days",
      "IL-6 >= 501 pg/mL within the first 6 days after infusion",
      WarningWindow.days(0, EarlyWarnings.GUST_HIGH_IL6_LAST_DAY),
      "In Gust 2017 all patients with serum IL-6 of 501 pg/mL or more within the first 6 days after infusion "
          + "developed grade 4 neurotoxicity; the same level after day 6 was followed by grade 4 neurotoxicity "
          + "in 18%.",
      List.of(RiskSources.GUST17)),
  /**
   * Ferritin on day 3 at or above the published 2,000 ng/mL point (Huang 2024 via seed 002: 51%
   * probability of severe ICANS at 2,000 ng/mL, 98% at 4,000 ng/mL).
   */
  DAY_3_FERRITIN("day_3_ferritin", "ferritin on day +3 at or above 2,000 ng/mL",
      WarningWindow.days(EarlyWarnings.FERRITIN_DAY, EarlyWarnings.FERRITIN_DAY),
      "In Huang 2024 (CD19 CAR T cells, abstract) ferritin on day 3 of 2,000 ng/mL was associated with a 51% "
          + "and 4,000 ng/mL with a 98% probability of severe ICANS; higher ferritin, higher probability. "
          + "Baseline ferritin was not predictive.",
      List.of(RiskSources.HUANG24)),
  /**
   * CRS beginning within 3 days of infusion (seed 002, citing Rubin 2019 and 2020, Karschnia 2023):
   * severe CRS is associated with severe neurotoxicity, particularly with onset within 3 days.
   */
  EARLY_CRS_ONSET("early_crs_onset", "CRS beginning within 3 days of infusion",
      WarningWindow.days(0, EarlyWarnings.EARLY_CRS_LAST_DAY),
      "CRS is itself a risk factor for neurotoxicity, and severe CRS is highly associated with severe "
          + "neurotoxicity, particularly when CRS begins within 3 days of infusion (Cevering 2026, citing Rubin 2019 "
          + "and 2020, Karschnia 2023). The size of the effect is not verified.",
      List.of(RiskSources.SEED002_CRS)),
  /**
   * Severe CRS, read as ASTCT grade 3 or more (project choice 7), at any time after infusion (seeds
   * 000, 001, 002): the strongest risk factor for ICANS.
   */
  SEVERE_CRS("severe_crs", "severe CRS (ASTCT grade >= 3)",
      WarningWindow.fromDay(0),
      "Severe CRS is highly associated with severe neurotoxicity, most of all when CRS began within 3 days of "
          + "infusion (Cevering 2026); CRS is the strongest risk factor for ICANS and its severity tracks ICANS "
          + "severity (Dr.Oracle 2026); severe CRS is a risk factor in the oncology pharmacy pearls. Severe is read as ASTCT grade 3 or more, "
          + "the endpoint of Pennisi 2021 and Korell 2022 (project choice 7).",
      List.of(RiskSources.SEED002_CRS, RiskSources.SEED000, RiskSources.SEED001,
          RiskSources.PROJECT_CHOICES.at("R-7 (severe CRS = ASTCT grade >= 3)"))),
  /**
   * Fever of 38.0 C or more early after infusion, looked for within 36 h (project choice 6): in Gust
   * 2017 all patients who developed severe neurotoxicity had a temperature of 38 C or more.
   */
  EARLY_FEVER("early_fever", "temperature >= 38.0 Cel within 36 h of infusion",
      WarningWindow.hours(0, EarlyWarnings.GUST_WINDOW_HOURS),
      "In Gust 2017 all patients who developed severe neurotoxicity had a temperature of 38 Cel or more, and "
          + "early-onset fever was associated with higher-grade neurotoxicity in several studies (Cevering 2026). "
          + "Fever alone is common and not specific. The source gives no time window for the 38 Cel figure; this "
          + "library looks within the first 36 h, the window of the same study's fever and IL-6 finding "
          + "(project choice 6).",
      List.of(RiskSources.GUST17, RiskSources.SEED002_CRS,
          RiskSources.PROJECT_CHOICES.at("R-6 (early fever looked for within 36 h)")));

  private final String code;
  private final String title;
  private final WarningWindow window;
  private final String meaning;
  private final List<Citation> sources;

  WarningKind(String code, String title, WarningWindow window, String meaning, List<Citation> sources) {
    this.code = code;
    this.title = title;
    this.window = window;
    this.meaning = meaning;
    this.sources = sources;
  }

  /** What is looked for, in a line. */
  public String title() {
    return title;
  }

  /** When after infusion the source observed it; the warning fires only inside. */
  public WarningWindow window() {
    return window;
  }

  /** What the finding meant in its source, with the source's figures. */
  public String meaning() {
    return meaning;
  }

  /** Where the threshold, window and figures come from. */
  public List<Citation> sources() {
    return sources;
  }

  /** The stable code, as files and command lines write it: {@code fever_and_il6_within_36_h}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The kind of early warning with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code warningKind})
   *     naming the code and every allowed code
   */
  public static WarningKind fromCode(String code) {
    return Coded.fromCode(WarningKind.class, "warningKind", code);
  }
}
