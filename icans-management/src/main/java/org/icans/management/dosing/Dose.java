package org.icans.management.dosing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icans.management.internal.Args;
import org.icans.management.internal.Num;
import org.icans.model.InvalidValueException;

/**
 * A dose in milligrams for one patient: what a {@link DoseRule} gives for a weight (per dose, or
 * per day when the rule is per day), after its cap, with the most it allows in 24 hours.
 *
 * <p>The arithmetic: a per-kg amount times the actual body weight; then the rule's cap; then, when
 * the rule has a per-kg daily ceiling ("up to 12 mg/kg/day"), that ceiling spread over the most
 * doses the rule allows in 24 hours; then every verified ceiling of the drug from other sources
 * ({@link DoseCeilings}, project safety rule SAFE-CEILING) and, for a child, the paediatric
 * ceilings and the adult maximum of the regimen (SAFE-CHILD). Every ceiling that bounds the dose is
 * listed with its origin ({@link #ceilings()}); a dose with none says so ({@link #ceilingText()}).
 * Nothing is rounded except for display (two decimals). Weights outside {@value #MIN_WEIGHT_KG}-{@value
 * #MAX_WEIGHT_KG} kg are refused (SAFE-WEIGHT).
 *
 * <p>A dose can also be {@linkplain #stated stated} as written in a plan from elsewhere, so that
 * the plan audit can check it against its rule's cap. Immutable.
 */
public final class Dose {
  /** The lightest body weight a dose is computed for, kg (project safety rule SAFE-WEIGHT, [P]). */
  public static final double MIN_WEIGHT_KG = 0.5;

  /** The heaviest body weight a dose is computed for, kg (project safety rule SAFE-WEIGHT, [P]). */
  public static final double MAX_WEIGHT_KG = 300;

  private final DoseRule rule;
  private final OptionalDouble weightKg;
  private final double lowMg;
  private final double highMg;
  private final double uncappedHighMg;
  private final OptionalDouble capMg;
  private final OptionalDouble maxMgPer24h;
  private final boolean computed;
  private final List<Ceiling> ceilings;

  private Dose(DoseRule rule, OptionalDouble weightKg, double lowMg, double highMg, double uncappedHighMg,
      OptionalDouble capMg, OptionalDouble maxMgPer24h, boolean computed, List<Ceiling> ceilings) {
    this.rule = rule;
    this.weightKg = weightKg;
    this.lowMg = lowMg;
    this.highMg = highMg;
    this.uncappedHighMg = uncappedHighMg;
    this.capMg = capMg;
    this.maxMgPer24h = maxMgPer24h;
    this.computed = computed;
    this.ceilings = List.copyOf(ceilings);
  }

  /**
   * The weight, if it is a plausible body weight for dosing, {@value #MIN_WEIGHT_KG}-{@value
   * #MAX_WEIGHT_KG} kg (SAFE-WEIGHT): outside it is almost surely a typing or unit error (grams,
   * pounds), and no dose is computed from it.
   *
   * @throws InvalidValueException naming {@code field}, the value and the range
   */
  public static double requirePlausibleWeight(String field, double weightKg) {
    if (!(weightKg >= MIN_WEIGHT_KG && weightKg <= MAX_WEIGHT_KG)) {
      throw new InvalidValueException(field, Num.plain(weightKg) + " kg",
          "a body weight of " + Num.plain(MIN_WEIGHT_KG) + "-" + Num.plain(MAX_WEIGHT_KG)
              + " kg (project safety rule SAFE-WEIGHT: outside it is taken as a typing or unit error)");
    }
    return weightKg;
  }

  static Dose compute(DoseRule rule, OptionalDouble weightKg, boolean child) {
    double w = weightKg.orElse(Double.NaN);
    double rawLow = rule.perKg() ? rule.amountLow() * w : rule.amountLow();
    double rawHigh = rule.perKg() ? rule.amountHigh() * w : rule.amountHigh();
    List<Ceiling> ceilings = new ArrayList<>();
    OptionalDouble ruleCap = effectiveCap(rule, weightKg);
    ruleCap.ifPresent(c -> ceilings.add(new Ceiling(c, rule.basis(), Ceiling.Origin.RULE, Optional.empty())));
    for (Ceiling c : DoseCeilings.of(rule.drug(), child)) {
      // A ceiling from elsewhere is listed only where it says more than the rule's own.
      if (!(c.basis() == rule.basis() && ruleCap.isPresent() && ruleCap.getAsDouble() <= c.mg())) {
        ceilings.add(c);
      }
    }
    if (child) {
      double adult = adultMaximum(rule).orElseThrow();
      if (ceilings.stream().noneMatch(c -> c.basis() == rule.basis() && c.mg() <= adult)) {
        ceilings.add(new Ceiling(adult, rule.basis(), Ceiling.Origin.ADULT_MAXIMUM, Optional.empty()));
      }
    }
    double cap = capPerAmount(rule, ceilings);
    double low = Math.min(rawLow, cap);
    double high = Math.min(rawHigh, cap);
    OptionalDouble capMg = cap == Double.POSITIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(cap);
    return new Dose(rule, weightKg, low, high, rawHigh, capMg, per24h(rule, high, weightKg, ceilings), true,
        ceilings);
  }

  /**
   * The most one amount of the rule's basis may be under these ceilings: a per-dose ceiling bounds a
   * per-dose amount; a per-day ceiling bounds a per-day amount, and a per-dose amount spread over
   * the most doses the rule allows in 24 h (or whole, when the rule does not say how many).
   */
  private static double capPerAmount(DoseRule rule, List<Ceiling> ceilings) {
    double cap = Double.POSITIVE_INFINITY;
    for (Ceiling c : ceilings) {
      if (c.basis() == rule.basis()) {
        cap = Math.min(cap, c.mg());
      } else if (c.basis() == DoseBasis.PER_DAY) {
        cap = Math.min(cap, c.mg() / rule.dosesPer24hAtMost().orElse(1));
      }
    }
    return cap;
  }

  /**
   * The adult maximum of one amount of a regimen, which a child's dose never exceeds: the fixed
   * amount, or the rule's cap, or a verified ceiling of the drug; empty for a per-kg regimen without
   * any of them.
   */
  static OptionalDouble adultMaximum(DoseRule rule) {
    double max = rule.perKg() ? rule.capMg().orElse(Double.POSITIVE_INFINITY) : rule.amountHigh();
    for (Ceiling c : DoseCeilings.of(rule.drug(), false)) {
      if (c.basis() == rule.basis()) {
        max = Math.min(max, c.mg());
      }
    }
    return max == Double.POSITIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(max);
  }

  /**
   * A dose as written in a plan that was not computed here (a hand-written or institutional plan),
   * for auditing. Amounts are in mg, per dose or per day by the rule's basis.
   *
   * @throws InvalidValueException if an amount is not positive or {@code highMg < lowMg}
   */
  public static Dose stated(DoseRule rule, OptionalDouble weightKg, double lowMg, double highMg) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(weightKg, "weightKg");
    Args.positive("dose.lowMg", lowMg);
    Args.positive("dose.highMg", highMg);
    if (highMg < lowMg) {
      throw new InvalidValueException("dose.highMg", Num.plain(highMg), "at least lowMg " + Num.plain(lowMg));
    }
    if (weightKg.isPresent()) {
      Args.positive("dose.weightKg", weightKg.getAsDouble());
    }
    List<Ceiling> ceilings = new ArrayList<>();
    OptionalDouble ruleCap = effectiveCap(rule, weightKg);
    ruleCap.ifPresent(c -> ceilings.add(new Ceiling(c, rule.basis(), Ceiling.Origin.RULE, Optional.empty())));
    return new Dose(rule, weightKg, lowMg, highMg, highMg, ruleCap, per24h(rule, highMg, weightKg, ceilings), false,
        ceilings);
  }

  /**
   * The cap that applies to one amount of the rule's basis: the rule's cap, lowered (for a per-dose
   * rule) by a per-kg daily ceiling spread over the most doses per 24 h, or (for a per-day rule) by
   * the daily ceiling itself.
   */
  static OptionalDouble effectiveCap(DoseRule rule, OptionalDouble weightKg) {
    double cap = rule.capMg().orElse(Double.POSITIVE_INFINITY);
    if (rule.maxMgPerKgPerDay().isPresent() && weightKg.isPresent()) {
      double daily = rule.maxMgPerKgPerDay().getAsDouble() * weightKg.getAsDouble();
      if (rule.basis() == DoseBasis.PER_DAY) {
        cap = Math.min(cap, daily);
      } else if (rule.dosesPer24hAtMost().isPresent()) {
        cap = Math.min(cap, daily / rule.dosesPer24hAtMost().getAsInt());
      }
    }
    return cap == Double.POSITIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(cap);
  }

  private static OptionalDouble per24h(DoseRule rule, double high, OptionalDouble weightKg, List<Ceiling> ceilings) {
    if (rule.basis() == DoseBasis.PER_DAY) {
      return OptionalDouble.of(high);
    }
    if (rule.dosesPer24hAtMost().isEmpty()) {
      return OptionalDouble.empty();
    }
    double total = high * rule.dosesPer24hAtMost().getAsInt();
    if (rule.maxTotalMg().isPresent()) {
      total = Math.min(total, rule.maxTotalMg().getAsDouble());
    }
    if (rule.maxMgPerKgPerDay().isPresent() && weightKg.isPresent()) {
      total = Math.min(total, rule.maxMgPerKgPerDay().getAsDouble() * weightKg.getAsDouble());
    }
    for (Ceiling c : ceilings) {
      if (c.basis() == DoseBasis.PER_DAY) {
        total = Math.min(total, c.mg());
      }
    }
    return OptionalDouble.of(total);
  }

  /** The rule the dose comes from. */
  public DoseRule rule() {
    return rule;
  }

  /** The weight used, when the dose needed or was given one. */
  public OptionalDouble weightKg() {
    return weightKg;
  }

  /** The lower amount in mg, per dose (or per day by the rule's basis), after the cap. */
  public double lowMg() {
    return lowMg;
  }

  /** The upper amount in mg, after the cap; equal to {@link #lowMg()} for a single amount. */
  public double highMg() {
    return highMg;
  }

  /** The upper amount before the cap. */
  public double uncappedHighMg() {
    return uncappedHighMg;
  }

  /** The cap that applied to this amount (see {@link #effectiveCap}), when the rule has one. */
  public OptionalDouble capMg() {
    return capMg;
  }

  /** Whether the cap lowered the dose. */
  public boolean capApplied() {
    return computed && uncappedHighMg > highMg;
  }

  /** Whether the dose exceeds the cap that applies to it (possible only for a stated dose). */
  public boolean exceedsCap() {
    return capMg.isPresent() && highMg > capMg.getAsDouble() * (1 + 1e-9);
  }

  /** The most mg in 24 hours at this dose, when the rule's interval or limits say how many doses fit. */
  public OptionalDouble maxMgPer24h() {
    return maxMgPer24h;
  }

  /**
   * Every ceiling that bounds this dose, with its origin: the rule's own, verified ceilings of the
   * drug from other sources, paediatric ceilings, and for a child the adult maximum. Empty when no
   * source states any ceiling ({@link #ceilingText()} then says so).
   */
  public List<Ceiling> ceilings() {
    return ceilings;
  }

  /**
   * The ceilings in words, never empty: {@code "ceiling 800 mg per dose (stated by this source)"},
   * or {@code "no ceiling stated by this source"}.
   */
  public String ceilingText() {
    if (ceilings.isEmpty()) {
      return "no ceiling stated by this source";
    }
    StringBuilder s = new StringBuilder();
    for (Ceiling c : ceilings) {
      s.append(s.length() == 0 ? "" : "; ").append(c.describe());
    }
    return s.toString();
  }

  /** Whether the dose was computed from its rule (false for a {@linkplain #stated stated} dose). */
  public boolean computed() {
    return computed;
  }

  /**
   * The dose for people, for example {@code "560 mg (8 mg/kg x 70 kg)"} or {@code "800 mg (8 mg/kg x
   * 120 kg = 960 mg, capped at 800 mg)"}.
   */
  public String describe() {
    StringBuilder s = new StringBuilder(Num.range(lowMg, highMg)).append(" mg");
    if (rule.basis() == DoseBasis.PER_DAY) {
      s.append(" per day");
    }
    if (!computed) {
      s.append(" (as stated)");
      return s.toString();
    }
    String kg = weightKg.isPresent() ? Num.plain(weightKg.getAsDouble()) + " kg" : "";
    if (rule.perKg()) {
      s.append(" (").append(Num.range(rule.amountLow(), rule.amountHigh())).append(" mg/kg x ").append(kg);
      if (capApplied()) {
        s.append(" = ").append(Num.plain(uncappedHighMg)).append(" mg, capped at ")
            .append(Num.plain(capMg.getAsDouble())).append(" mg");
      }
      s.append(')');
    } else if (capApplied()) {
      s.append(" (lowered from ").append(Num.plain(uncappedHighMg)).append(" mg to its ceiling")
          .append(kg.isEmpty() ? "" : " at " + kg).append(')');
    } else {
      s.append(" (fixed dose, not weight-based)");
    }
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Dose)) {
      return false;
    }
    Dose d = (Dose) o;
    return rule.equals(d.rule) && weightKg.equals(d.weightKg) && lowMg == d.lowMg && highMg == d.highMg
        && computed == d.computed && ceilings.equals(d.ceilings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, weightKg, lowMg, highMg, computed);
  }

  @Override
  public String toString() {
    return describe();
  }
}
