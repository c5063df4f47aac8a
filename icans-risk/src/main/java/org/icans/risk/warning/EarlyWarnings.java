package org.icans.risk.warning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.icans.grading.GradingSources;
import org.icans.risk.Caveat;
import org.icans.risk.RiskSources;
import org.icans.risk.internal.text.Numbers;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.CrsGradeAt;
import org.icans.risk.observation.Measurement;
import org.icans.risk.observation.TimePoint;

/**
 * Finds the {@link WarningKind early warnings} in a patient's course, and says what the data could
 * not show ({@link Caveat}s): IL-6 drawn after tocilizumab (not comparable with thresholds derived
 * before it; seeds 002, 004), and values that might fall inside an hour-based window but were given
 * without their hours.
 *
 * <p>Every threshold is here, once, with its source. Values are compared in their analyte's
 * standard unit (temperature in Cel, IL-6 in pg/mL, ferritin in ng/mL), whatever unit they were
 * reported in.
 *
 * <p>Stateless and thread-safe.
 */
public final class EarlyWarnings {
  private EarlyWarnings() {}

  /** Gust 2017 via seed 002: a temperature of 38.9 Cel or more ... */
  public static final double GUST_FEVER_CEL = 38.9;
  /** ... with serum IL-6 above 16 pg/mL ... */
  public static final double GUST_IL6_PG_PER_ML = 16;
  /** ... within 36 h of infusion. */
  public static final double GUST_WINDOW_HOURS = 36;
  /** Gust 2017 via seed 002: serum IL-6 of 501 pg/mL or more ... */
  public static final double GUST_HIGH_IL6_PG_PER_ML = 501;
  /** ... within the first 6 days after infusion (days 0 to +6 included, project choice 5). */
  public static final int GUST_HIGH_IL6_LAST_DAY = 6;
  /** Huang 2024 via seed 002: ferritin on day 3 after infusion ... */
  public static final int FERRITIN_DAY = 3;
  /** ... of 2,000 ng/mL: 51% probability of severe ICANS ... */
  public static final double FERRITIN_LOWER_POINT_NG_PER_ML = 2000;
  /** ... (the published probability at {@link #FERRITIN_LOWER_POINT_NG_PER_ML}, percent) ... */
  public static final int FERRITIN_LOWER_POINT_PERCENT = 51;
  /** ... and of 4,000 ng/mL: 98%. */
  public static final double FERRITIN_UPPER_POINT_NG_PER_ML = 4000;
  /** (the published probability at {@link #FERRITIN_UPPER_POINT_NG_PER_ML}, percent). */
  public static final int FERRITIN_UPPER_POINT_PERCENT = 98;
  /** Seed 002: CRS onset within 3 days of infusion (days 0 to +3 included, project choice 5). */
  public static final int EARLY_CRS_LAST_DAY = 3;
  /** Severe CRS, read as ASTCT grade 3 or more (project choice 7). */
  public static final int SEVERE_CRS_GRADE = 3;
  /** Gust 2017 via seed 002: all patients with severe neurotoxicity had a temperature of 38 Cel or more (also the ASTCT fever). */
  public static final double FEVER_CEL = 38.0;

  /** The warnings found in time order, and the caveats. */
  public record Findings(List<EarlyWarning> warnings, List<Caveat> caveats) {
    /** Copies the lists. */
    public Findings {
      warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
      caveats = List.copyOf(Objects.requireNonNull(caveats, "caveats"));
    }
  }

  private enum Order { BEFORE, AFTER, UNCERTAIN }

  /**
   * Looks for every early warning.
   *
   * @param measurements lab values and temperatures, any order; analytes other than temperature,
   *     IL-6 and ferritin are ignored
   * @param crsGrades the ASTCT CRS grades over time, any order; a time point without a grade is
   *     never read as grade 0 (a caveat names it)
   * @param tocilizumabDoses when tocilizumab was given; IL-6 drawn at or after a dose is left out
   */
  public static Findings evaluate(List<Measurement> measurements, List<CrsGradeAt> crsGrades,
      List<TimePoint> tocilizumabDoses) {
    List<Measurement> sorted = copy(measurements, "measurements");
    sorted.sort((a, b) -> TimePoint.CHRONOLOGICAL.compare(a.time(), b.time()));
    List<CrsGradeAt> crs = copy(crsGrades, "crsGrades");
    crs.sort((a, b) -> TimePoint.CHRONOLOGICAL.compare(a.time(), b.time()));
    copy(tocilizumabDoses, "tocilizumabDoses");

    List<EarlyWarning> warnings = new ArrayList<>();
    Set<Caveat> caveats = new LinkedHashSet<>();

    List<Measurement> temperatures = new ArrayList<>();
    List<Measurement> il6 = new ArrayList<>();
    List<Measurement> ferritin = new ArrayList<>();
    for (Measurement m : sorted) {
      if (m.analyte() == Analyte.TEMPERATURE) {
        temperatures.add(m);
      } else if (m.analyte() == Analyte.FERRITIN) {
        ferritin.add(m);
      } else if (m.analyte() == Analyte.IL6) {
        Order order = orderToTocilizumab(m.time(), tocilizumabDoses);
        if (order == Order.BEFORE) {
          il6.add(m);
        } else if (m.standardValue() > GUST_IL6_PG_PER_ML) {
          caveats.add(Caveat.onDay(m.time().day(), m.describe() + " on " + m.time().label()
              + " is left out of the IL-6 warnings: "
              + (order == Order.AFTER ? "drawn after tocilizumab"
                  : "drawn on the day tocilizumab was given, before or after it is unknown (give hours_after_infusion)")
              + "; tocilizumab raises serum IL-6, so the thresholds do not apply.", RiskSources.IL6_AFTER_TOCILIZUMAB));
        }
      }
    }

    feverAndIl6(temperatures, il6, warnings, caveats);
    firstAtLeast(il6, GUST_HIGH_IL6_PG_PER_ML, WarningKind.IL6_AT_LEAST_501_WITHIN_6_DAYS).ifPresent(m ->
        warnings.add(new EarlyWarning(WarningKind.IL6_AT_LEAST_501_WITHIN_6_DAYS, m.time(),
            m.describe() + " on " + m.time().label() + ", within the first 6 days after infusion.",
            WarningKind.IL6_AT_LEAST_501_WITHIN_6_DAYS.meaning())));
    dayThreeFerritin(ferritin).ifPresent(warnings::add);
    crsWarnings(crs, warnings, caveats);
    Optional<Measurement> fever = firstAtLeast(temperatures, FEVER_CEL, WarningKind.EARLY_FEVER);
    if (fever.isPresent()) {
      Measurement m = fever.get();
      warnings.add(new EarlyWarning(WarningKind.EARLY_FEVER, m.time(),
          m.describe() + " on " + m.time().label() + ", within 36 h of infusion.", WarningKind.EARLY_FEVER.meaning()));
    } else {
      uncertain(temperatures, FEVER_CEL, WarningKind.EARLY_FEVER, caveats);
    }

    warnings.sort(Comparator.comparing(EarlyWarning::time, TimePoint.CHRONOLOGICAL)
        .thenComparing(EarlyWarning::kind));
    return new Findings(warnings, new ArrayList<>(caveats));
  }

  private static void feverAndIl6(List<Measurement> temperatures, List<Measurement> il6, List<EarlyWarning> warnings,
      Set<Caveat> caveats) {
    WarningKind kind = WarningKind.FEVER_AND_IL6_WITHIN_36_H;
    Optional<Measurement> t = firstAtLeast(temperatures, GUST_FEVER_CEL, kind);
    Optional<Measurement> i = firstAbove(il6, GUST_IL6_PG_PER_ML, kind);
    if (t.isPresent() && i.isPresent()) {
      Measurement later = TimePoint.CHRONOLOGICAL.compare(t.get().time(), i.get().time()) >= 0 ? t.get() : i.get();
      warnings.add(new EarlyWarning(kind, later.time(),
          t.get().describe() + " on " + t.get().time().label() + " and " + i.get().describe() + " on "
              + i.get().time().label() + ", both within 36 h of infusion.",
          kind.meaning()));
      return;
    }
    boolean tempPossible = t.isPresent() || anyUncertain(temperatures, GUST_FEVER_CEL, true, kind);
    boolean il6Possible = i.isPresent() || anyUncertain(il6, GUST_IL6_PG_PER_ML, false, kind);
    if (tempPossible && il6Possible) {
      uncertain(temperatures, GUST_FEVER_CEL, kind, caveats);
      for (Measurement m : il6) {
        if (m.standardValue() > GUST_IL6_PG_PER_ML && kind.window().classify(m.time()) == WarningWindow.Membership.UNCERTAIN) {
          caveats.add(uncertainCaveat(m, kind));
        }
      }
    }
  }

  private static Optional<EarlyWarning> dayThreeFerritin(List<Measurement> ferritin) {
    WarningKind kind = WarningKind.DAY_3_FERRITIN;
    Measurement highest = null;
    for (Measurement m : ferritin) {
      if (kind.window().contains(m.time()) && (highest == null || m.standardValue() > highest.standardValue())) {
        highest = m;
      }
    }
    if (highest == null || highest.standardValue() < FERRITIN_LOWER_POINT_NG_PER_ML) {
      return Optional.empty();
    }
    String where = highest.standardValue() >= FERRITIN_UPPER_POINT_NG_PER_ML
        ? "at or above the 4,000 ng/mL point (" + FERRITIN_UPPER_POINT_PERCENT + "% probability of severe ICANS at "
            + "4,000 ng/mL)"
        : "between the published 2,000 ng/mL (" + FERRITIN_LOWER_POINT_PERCENT + "%) and 4,000 ng/mL ("
            + FERRITIN_UPPER_POINT_PERCENT + "%) points; no curve between them is published, so no probability is "
            + "interpolated";
    return Optional.of(new EarlyWarning(kind, highest.time(),
        highest.describe() + " on " + highest.time().label() + ", " + where + ".", kind.meaning()));
  }

  private static <T> List<T> copy(List<T> list, String name) {
    List<T> copy = new ArrayList<>(Objects.requireNonNull(list, name));
    for (int i = 0; i < copy.size(); i++) {
      Objects.requireNonNull(copy.get(i), name + "[" + i + "]");
    }
    return copy;
  }

  private static void crsWarnings(List<CrsGradeAt> crs, List<EarlyWarning> warnings, Set<Caveat> caveats) {
    CrsGradeAt onset = null;
    CrsGradeAt severe = null;
    List<String> ungraded = new ArrayList<>();
    List<String> lowerBounds = new ArrayList<>();
    for (CrsGradeAt g : crs) {
      if (g.grade().isEmpty()) {
        ungraded.add(g.time().label());
        continue;
      }
      int grade = g.grade().getAsInt();
      if (onset == null && grade >= 1) {
        onset = g;
      }
      if (severe == null && grade >= SEVERE_CRS_GRADE && WarningKind.SEVERE_CRS.window().contains(g.time())) {
        severe = g;
      }
      if (g.isLowerBound() && grade < SEVERE_CRS_GRADE && g.time().isAfterInfusion()) {
        lowerBounds.add(g.time().label() + " (" + g.describe() + ")");
      }
    }
    if (!ungraded.isEmpty()) {
      caveats.add(Caveat.general("CRS could not be graded on " + String.join(", ", ungraded) + " (nothing "
          + "gradeable): not read as grade 0, so CRS onset and severity are unknown there.",
          GradingSources.CHOICE_COMPLETENESS));
    }
    if (!lowerBounds.isEmpty()) {
      caveats.add(Caveat.general("CRS grades that are only lower bounds: " + String.join("; ", lowerBounds)
          + "; the grade may have been higher, so an earlier CRS onset or severe CRS cannot be excluded there.",
          GradingSources.CHOICE_COMPLETENESS));
    }
    boolean early = onset != null && WarningKind.EARLY_CRS_ONSET.window().contains(onset.time());
    if (early) {
      warnings.add(new EarlyWarning(WarningKind.EARLY_CRS_ONSET, onset.time(),
          onset.describe() + " from " + onset.time().label() + ", within 3 days of infusion.",
          WarningKind.EARLY_CRS_ONSET.meaning()));
    }
    if (severe != null) {
      String found = severe.describe() + " on " + severe.time().label()
          + (onset != null ? " (CRS began " + onset.time().label() + (early ? ", within 3 days of infusion" : "") + ")"
              : "")
          + ".";
      warnings.add(new EarlyWarning(WarningKind.SEVERE_CRS, severe.time(), found, WarningKind.SEVERE_CRS.meaning()));
    }
  }

  private static Optional<Measurement> firstAtLeast(List<Measurement> sorted, double threshold, WarningKind kind) {
    for (Measurement m : sorted) {
      if (m.standardValue() >= threshold && kind.window().contains(m.time())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static Optional<Measurement> firstAbove(List<Measurement> sorted, double threshold, WarningKind kind) {
    for (Measurement m : sorted) {
      if (m.standardValue() > threshold && kind.window().contains(m.time())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static boolean anyUncertain(List<Measurement> list, double threshold, boolean inclusive, WarningKind kind) {
    for (Measurement m : list) {
      boolean meets = inclusive ? m.standardValue() >= threshold : m.standardValue() > threshold;
      if (meets && kind.window().classify(m.time()) == WarningWindow.Membership.UNCERTAIN) {
        return true;
      }
    }
    return false;
  }

  private static void uncertain(List<Measurement> temperatures, double threshold, WarningKind kind, Set<Caveat> caveats) {
    for (Measurement m : temperatures) {
      if (m.standardValue() >= threshold && kind.window().classify(m.time()) == WarningWindow.Membership.UNCERTAIN) {
        caveats.add(uncertainCaveat(m, kind));
      }
    }
  }

  private static Caveat uncertainCaveat(Measurement m, WarningKind kind) {
    return Caveat.onDay(m.time().day(), m.describe() + " on " + m.time().label()
        + " may or may not fall within " + Numbers.plain(GUST_WINDOW_HOURS)
        + " h of infusion; give hours_after_infusion to judge '" + kind.title() + "'.", kind.sources().get(0));
  }

  /** Whether a sample was drawn before every tocilizumab dose, after one, or cannot be ordered. */
  private static Order orderToTocilizumab(TimePoint sample, List<TimePoint> doses) {
    Order result = Order.BEFORE;
    for (TimePoint dose : doses) {
      Order o;
      if (sample.hasHours() && dose.hasHours()) {
        o = sample.hoursAfterInfusion().getAsDouble() >= dose.hoursAfterInfusion().getAsDouble() ? Order.AFTER : Order.BEFORE;
      } else if (sample.calendarDay() != dose.calendarDay()) {
        // Without the hours of both, only calendar days order them: the fraction of a day is not a
        // clock time (project choice R-14).
        o = sample.calendarDay() > dose.calendarDay() ? Order.AFTER : Order.BEFORE;
      } else {
        o = Order.UNCERTAIN;
      }
      if (o == Order.AFTER) {
        return Order.AFTER;
      }
      if (o == Order.UNCERTAIN) {
        result = Order.UNCERTAIN;
      }
    }
    return result;
  }
}
