package org.icans.risk.score;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.icans.model.InvalidValueException;
import org.icans.risk.Caveat;
import org.icans.risk.RiskSources;
import org.icans.risk.internal.text.Numbers;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.Measurement;
import org.icans.risk.observation.TimePoint;

/**
 * Computes the {@link Score}s from {@link Measurement}s, which carry their units: each input is
 * taken in its analyte's standard unit, so a score does not depend on the unit its inputs were
 * reported in.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScoreCalculator {
  private ScoreCalculator() {}

  /** EASIX = LDH x creatinine / platelets, from measurements of the same day. */
  public static ScoreResult easix(Measurement ldh, Measurement creatinine, Measurement platelets) {
    return compute(Score.EASIX, inputs(ldh, creatinine, platelets), OptionalDouble.empty());
  }

  /** Simplified EASIX = LDH / platelets, from measurements of the same day. */
  public static ScoreResult simplifiedEasix(Measurement ldh, Measurement platelets) {
    Objects.requireNonNull(ldh, "ldh");
    Objects.requireNonNull(platelets, "platelets");
    return compute(Score.SIMPLIFIED_EASIX, List.of(ldh, platelets), OptionalDouble.empty());
  }

  /** m-EASIX = LDH x CRP / platelets, from measurements of the same day. */
  public static ScoreResult mEasix(Measurement ldh, Measurement crp, Measurement platelets) {
    Objects.requireNonNull(crp, "crp");
    return compute(Score.M_EASIX, List.of(Objects.requireNonNull(ldh, "ldh"), crp,
        Objects.requireNonNull(platelets, "platelets")), OptionalDouble.empty());
  }

  private static List<Measurement> inputs(Measurement ldh, Measurement creatinine, Measurement platelets) {
    return List.of(Objects.requireNonNull(ldh, "ldh"), Objects.requireNonNull(creatinine, "creatinine"),
        Objects.requireNonNull(platelets, "platelets"));
  }

  /**
   * EASIX-pre: EASIX from measurements of one day on or before the start of lymphodepletion, with
   * the Korell 2022 cut-off.
   *
   * @param lymphodepletionStartDay the model's day lymphodepletion started (negative, relative to infusion)
   * @throws InvalidValueException if the measurements were taken after that day's calendar day, or the
   *     day is not finite or before day -30
   */
  public static ScoreResult easixPre(Measurement ldh, Measurement creatinine, Measurement platelets,
      double lymphodepletionStartDay) {
    TimePoint.calendarDayOf(lymphodepletionStartDay);
    return compute(Score.EASIX_PRE, inputs(ldh, creatinine, platelets), OptionalDouble.of(lymphodepletionStartDay));
  }

  /**
   * A score from its inputs, in any order.
   *
   * @param inputs exactly one measurement of each of {@link Score#inputs()}, all on the same calendar
   *     day (project choice R-14)
   * @param lymphodepletionStartDay the model's day lymphodepletion started, when known; required for
   *     EASIX-pre
   * @throws InvalidValueException if an input is missing, duplicated or of another analyte, the
   *     inputs are of different calendar days, or EASIX-pre is asked for without, or after, the
   *     lymphodepletion start day
   */
  public static ScoreResult compute(Score score, List<Measurement> inputs, OptionalDouble lymphodepletionStartDay) {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(lymphodepletionStartDay, "lymphodepletionStartDay");
    String field = fieldName(score);
    Map<Analyte, Measurement> byAnalyte = new EnumMap<>(Analyte.class);
    for (int i = 0; i < inputs.size(); i++) {
      Measurement m = Objects.requireNonNull(inputs.get(i), "inputs[" + i + "]");
      if (!score.inputs().contains(m.analyte())) {
        throw new InvalidValueException(field + ".inputs", m.analyte().code(), "measurements of " + keys(score));
      }
      if (byAnalyte.put(m.analyte(), m) != null) {
        throw new InvalidValueException(field + ".inputs", m.analyte().code() + " twice",
            "one measurement each of " + keys(score));
      }
    }
    for (Analyte a : score.inputs()) {
      if (!byAnalyte.containsKey(a)) {
        throw new InvalidValueException(field + ".inputs", "no " + a.code(), "one measurement each of " + keys(score));
      }
    }
    int day = inputs.get(0).time().calendarDay();
    for (Measurement m : inputs) {
      if (m.time().calendarDay() != day) {
        throw new InvalidValueException(field + ".inputs", m.analyte().code() + " on " + m.time().label(),
            "measurements of one calendar day (the first is on " + inputs.get(0).time().label() + ")");
      }
    }
    if (score == Score.EASIX_PRE) {
      if (lymphodepletionStartDay.isEmpty()) {
        throw new InvalidValueException("lymphodepletion_start", "unknown",
            "the day lymphodepletion started: EASIX-pre is EASIX before lymphodepletion");
      }
      int start = TimePoint.calendarDayOf(lymphodepletionStartDay.getAsDouble());
      if (day > start) {
        throw new InvalidValueException(field + ".day", Numbers.signedDay(day),
            "a day on or before the start of lymphodepletion (day " + Numbers.signedDay(start) + ")");
      }
    }
    double value = 1;
    for (Analyte a : score.numerator()) {
      value *= byAnalyte.get(a).standardValue();
    }
    value /= byAnalyte.get(Analyte.PLATELETS).standardValue();
    List<Measurement> ordered = new ArrayList<>();
    for (Analyte a : score.inputs()) {
      ordered.add(byAnalyte.get(a));
    }
    double result = value;
    Optional<Boolean> beyond = score.cutOff().map(c -> c.isBeyond(result));
    return new ScoreResult(score, day, timePointLabel(day, lymphodepletionStartDay), result, ordered,
        score.isStudiedAt(day, lymphodepletionStartDay), beyond);
  }

  /** Every score computable from a patient's measurements, by day, and what could not be computed. */
  public record Series(List<ScoreResult> results, List<Caveat> caveats) {
    /** Copies the lists. */
    public Series {
      results = List.copyOf(Objects.requireNonNull(results, "results"));
      caveats = List.copyOf(Objects.requireNonNull(caveats, "caveats"));
    }
  }

  /**
   * Every score at every calendar day (project choice R-14) that has its inputs, in day order and
   * {@link Score} order within a day, with EASIX-pre at the last day before lymphodepletion that has
   * them. Where a day has several values of one analyte, the earliest is used (project choice R-4).
   * Caveats name the studied time points at which a score lacks an input, and EASIX-pre when the
   * start of lymphodepletion is not known.
   *
   * @param measurements any analytes, any days, any order; temperatures and other analytes are ignored
   * @param lymphodepletionStartDay the model's day lymphodepletion started, when known
   */
  public static Series series(List<Measurement> measurements, OptionalDouble lymphodepletionStartDay) {
    Objects.requireNonNull(lymphodepletionStartDay, "lymphodepletionStartDay");
    TreeMap<Integer, Map<Analyte, Measurement>> byDay = new TreeMap<>();
    List<Measurement> sorted = new ArrayList<>(Objects.requireNonNull(measurements, "measurements"));
    for (int i = 0; i < sorted.size(); i++) {
      Objects.requireNonNull(sorted.get(i), "measurements[" + i + "]");
    }
    sorted.sort((a, b) -> TimePoint.CHRONOLOGICAL.compare(a.time(), b.time()));
    for (Measurement m : sorted) {
      byDay.computeIfAbsent(m.time().calendarDay(), d -> new EnumMap<>(Analyte.class)).putIfAbsent(m.analyte(), m);
    }
    OptionalInt start = lymphodepletionStartDay.isPresent()
        ? OptionalInt.of(TimePoint.calendarDayOf(lymphodepletionStartDay.getAsDouble())) : OptionalInt.empty();
    List<ScoreResult> results = new ArrayList<>();
    List<Caveat> caveats = new ArrayList<>();
    Integer preDay = null;
    for (Map.Entry<Integer, Map<Analyte, Measurement>> e : byDay.entrySet()) {
      int day = e.getKey();
      Map<Analyte, Measurement> have = e.getValue();
      for (Score s : Score.values()) {
        if (s == Score.EASIX_PRE) {
          continue;
        }
        List<Analyte> missing = missing(s, have);
        if (missing.isEmpty()) {
          results.add(compute(s, inputsOf(s, have), lymphodepletionStartDay));
        } else if (missing.size() < s.inputs().size() && s.isStudiedAt(day, lymphodepletionStartDay)) {
          caveats.add(Caveat.onDay(day, s.label() + " not computed on day " + Numbers.signedDay(day)
              + ", a time point it was studied at: no " + labels(missing) + " that day.", s.sources().get(0)));
        }
      }
      if (start.isPresent() && day <= start.getAsInt() && missing(Score.EASIX_PRE, have).isEmpty()) {
        preDay = day;
      }
    }
    if (preDay != null) {
      ScoreResult pre = compute(Score.EASIX_PRE, inputsOf(Score.EASIX_PRE, byDay.get(preDay)), lymphodepletionStartDay);
      results.add(indexAfterDay(results, preDay), pre);
    } else if (lymphodepletionStartDay.isEmpty() && !byDay.isEmpty() && byDay.firstKey() < 0) {
      caveats.add(Caveat.general("EASIX-pre not computed: labs before day 0 were given, but not the day "
          + "lymphodepletion started, so it is not known which were drawn before it.", RiskSources.KORELL22));
    }
    return new Series(results, caveats);
  }

  /** Where a result of {@code day} goes last among that day's results: before the first result of a later day. */
  private static int indexAfterDay(List<ScoreResult> results, int day) {
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).day() > day) {
        return i;
      }
    }
    return results.size();
  }

  private static List<Analyte> missing(Score s, Map<Analyte, Measurement> have) {
    List<Analyte> out = new ArrayList<>();
    for (Analyte a : s.inputs()) {
      if (!have.containsKey(a)) {
        out.add(a);
      }
    }
    return out;
  }

  private static List<Measurement> inputsOf(Score s, Map<Analyte, Measurement> have) {
    List<Measurement> out = new ArrayList<>();
    for (Analyte a : s.inputs()) {
      out.add(have.get(a));
    }
    return out;
  }

  static String timePointLabel(int day, OptionalDouble lymphodepletionStartDay) {
    String d = "day " + Numbers.signedDay(day);
    return lymphodepletionStartDay.isPresent() && day <= TimePoint.calendarDayOf(lymphodepletionStartDay.getAsDouble())
        ? "before lymphodepletion (" + d + ")" : d;
  }

  private static String fieldName(Score s) {
    return s.code();
  }

  private static String keys(Score s) {
    List<String> k = new ArrayList<>();
    for (Analyte a : s.inputs()) {
      k.add(a.code());
    }
    return String.join(", ", k);
  }

  private static String labels(List<Analyte> list) {
    List<String> k = new ArrayList<>();
    for (Analyte a : list) {
      k.add(a.label());
    }
    return String.join(" or ", k);
  }
}
