package org.icans.management.dosing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.icans.management.internal.Args;
import org.icans.management.internal.Num;
import org.icans.model.InvalidValueException;

/**
 * One source's dose rule for one drug, as data: the amount (fixed milligrams, or milligrams per
 * kilogram of actual body weight; one value or a range), whether it is per dose or per day, the
 * cap, the weight band it applies to, the route, the interval, the maximum number of doses per 24
 * hours and in total, a total amount cap, the duration, when to stop, the taper, and the source's
 * own words ({@link #asWritten()}).
 *
 * <p>Example, ASCO 2021: tocilizumab 8 mg/kg IV over 1 h, at most 800 mg per dose, repeated every 8
 * h as needed, at most 3 doses in 24 h and 4 in total. Seed 002 states the same drug as 12 mg/kg
 * below 30 kg and 8 mg/kg from 30 kg, at most 800 mg, repeated once after 24-48 h: two rules, one
 * per weight band, from a different source.
 *
 * <p>A rule states only what its source states: an absent cap means the source gives none, not
 * that there is none. Immutable and thread-safe; build one with {@link #builder(Drug, String)}.
 */
public final class DoseRule {
  /** The {@linkplain #noDoseReason reason} a rule gives no dose when only the weight is missing. */
  public static final String WEIGHT_NEEDED = "weight needed to compute the dose";

  private final Drug drug;
  private final double amountLow;
  private final double amountHigh;
  private final boolean perKg;
  private final DoseBasis basis;
  private final OptionalDouble capMg;
  private final OptionalDouble maxMgPerKgPerDay;
  private final OptionalDouble weightFromKg;
  private final OptionalDouble weightBelowKg;
  private final Route route;
  private final Optional<DoseInterval> interval;
  private final OptionalInt maxDosesPer24h;
  private final OptionalInt maxTotalDoses;
  private final OptionalDouble maxTotalMg;
  private final OptionalInt durationDays;
  private final boolean durationUpTo;
  private final Optional<String> until;
  private final Optional<String> taper;
  private final Optional<String> administration;
  private final String asWritten;
  private final boolean forAllAges;

  private DoseRule(Builder b) {
    this.forAllAges = b.forAllAges;
    this.drug = b.drug;
    this.asWritten = Args.text("doseRule.asWritten", b.asWritten);
    if (!b.amountSet) {
      throw new InvalidValueException("doseRule.amount", "missing", "a positive amount in mg or mg/kg");
    }
    this.amountLow = Args.positive("doseRule.amountLow", b.amountLow);
    this.amountHigh = Args.positive("doseRule.amountHigh", b.amountHigh);
    if (amountHigh < amountLow) {
      throw new InvalidValueException("doseRule.amountHigh", Num.plain(amountHigh),
          "at least the low amount " + Num.plain(amountLow));
    }
    this.perKg = b.perKg;
    this.basis = b.basis;
    this.capMg = positiveOrEmpty("doseRule.capMg", b.capMg);
    this.maxMgPerKgPerDay = positiveOrEmpty("doseRule.maxMgPerKgPerDay", b.maxMgPerKgPerDay);
    this.weightFromKg = positiveOrEmpty("doseRule.weightFromKg", b.weightFromKg);
    this.weightBelowKg = positiveOrEmpty("doseRule.weightBelowKg", b.weightBelowKg);
    if (weightFromKg.isPresent() && weightBelowKg.isPresent()
        && weightBelowKg.getAsDouble() <= weightFromKg.getAsDouble()) {
      throw new InvalidValueException("doseRule.weightBelowKg", Num.plain(weightBelowKg.getAsDouble()),
          "more than weightFromKg " + Num.plain(weightFromKg.getAsDouble()));
    }
    this.route = b.route;
    this.interval = b.interval;
    this.maxDosesPer24h = atLeastOneOrEmpty("doseRule.maxDosesPer24h", b.maxDosesPer24h);
    this.maxTotalDoses = atLeastOneOrEmpty("doseRule.maxTotalDoses", b.maxTotalDoses);
    this.maxTotalMg = positiveOrEmpty("doseRule.maxTotalMg", b.maxTotalMg);
    this.durationDays = atLeastOneOrEmpty("doseRule.durationDays", b.durationDays);
    this.durationUpTo = b.durationUpTo;
    this.until = b.until;
    this.taper = b.taper;
    this.administration = b.administration;
    if (!drug.agentStated()) {
      throw new InvalidValueException("doseRule.drug", drug.code(), "a named agent (a dose needs a drug)");
    }
  }

  private static OptionalDouble positiveOrEmpty(String field, OptionalDouble v) {
    if (v.isPresent()) {
      Args.positive(field, v.getAsDouble());
    }
    return v;
  }

  private static OptionalInt atLeastOneOrEmpty(String field, OptionalInt v) {
    if (v.isPresent()) {
      Args.atLeast(field, v.getAsInt(), 1);
    }
    return v;
  }

  /**
   * A builder for a rule of {@code drug}, with the source's own words for it.
   *
   * @param drug a named agent (not {@link Drug#CORTICOSTEROID} or {@link Drug#ANTISEIZURE_MEDICATION})
   * @param asWritten the rule in the source's words, kept with the data
   */
  public static Builder builder(Drug drug, String asWritten) {
    return new Builder(drug, asWritten);
  }

  /** The drug. */
  public Drug drug() {
    return drug;
  }

  /** The lower amount, in mg (or mg/kg when {@link #perKg()}), per dose or per day by {@link #basis()}. */
  public double amountLow() {
    return amountLow;
  }

  /** The upper amount; equal to {@link #amountLow()} when the source gives one value. */
  public double amountHigh() {
    return amountHigh;
  }

  /** Whether the amount is per kilogram of actual body weight. */
  public boolean perKg() {
    return perKg;
  }

  /** Whether amount and cap are per dose or per day. */
  public DoseBasis basis() {
    return basis;
  }

  /** The cap in mg (per dose, or per day by {@link #basis()}), when the source states one. */
  public OptionalDouble capMg() {
    return capMg;
  }

  /** A daily ceiling in mg per kg ("up to 12 mg/kg/day"), when the source states one. */
  public OptionalDouble maxMgPerKgPerDay() {
    return maxMgPerKgPerDay;
  }

  /** The lowest weight (inclusive, kg) the rule applies to, when it is for a weight band. */
  public OptionalDouble weightFromKg() {
    return weightFromKg;
  }

  /** The weight (exclusive, kg) below which the rule applies, when it is for a weight band. */
  public OptionalDouble weightBelowKg() {
    return weightBelowKg;
  }

  /** The route. */
  public Route route() {
    return route;
  }

  /** The interval between doses, when the source states one. */
  public Optional<DoseInterval> interval() {
    return interval;
  }

  /** The most doses in 24 hours, when the source states it. */
  public OptionalInt maxDosesPer24h() {
    return maxDosesPer24h;
  }

  /** The most doses in total, when the source states it (1 for a single dose). */
  public OptionalInt maxTotalDoses() {
    return maxTotalDoses;
  }

  /** The most milligrams in total, when the source states it ("up to 2 mg total"). */
  public OptionalDouble maxTotalMg() {
    return maxTotalMg;
  }

  /** The duration in days, when the source states one; see {@link #durationUpTo()}. */
  public OptionalInt durationDays() {
    return durationDays;
  }

  /** Whether {@link #durationDays()} is a maximum ("for up to 10 days") rather than a fixed course. */
  public boolean durationUpTo() {
    return durationUpTo;
  }

  /** When to stop, in the source's words ("until grade 1 or better"). */
  public Optional<String> until() {
    return until;
  }

  /** The taper, in the source's words ("rapid taper once grade 1"). */
  public Optional<String> taper() {
    return taper;
  }

  /** How to give it, in the source's words ("over 1 h", "bolus", "loading dose"). */
  public Optional<String> administration() {
    return administration;
  }

  /** The rule in the source's own words. */
  public String asWritten() {
    return asWritten;
  }

  /**
   * Whether the source gives this regimen for children as well as adults (for example seed 002's
   * tocilizumab 12 mg/kg below 30 kg). False by default: a regimen is taken as written for adults,
   * and a child gets no dose from it ({@link #noDoseReason}, project safety rule SAFE-CHILD).
   */
  public boolean forAllAges() {
    return forAllAges;
  }

  /** Whether a dose needs the patient's weight (a per-kg amount or a per-kg daily ceiling). */
  public boolean needsWeight() {
    return perKg || maxMgPerKgPerDay.isPresent();
  }

  /**
   * Whether the rule applies to a patient of this weight (always, when it has no weight band).
   *
   * @throws InvalidValueException if the weight is not a number from {@value Dose#MIN_WEIGHT_KG} to
   *     {@value Dose#MAX_WEIGHT_KG} kg: no rule applies to an impossible weight, not even one without
   *     a band
   */
  public boolean appliesToWeight(double weightKg) {
    double w = Dose.requirePlausibleWeight("weightKg", weightKg);
    return (weightFromKg.isEmpty() || w >= weightFromKg.getAsDouble())
        && (weightBelowKg.isEmpty() || w < weightBelowKg.getAsDouble());
  }

  /** The weight band for people ({@code "weight 30 kg or more"}), or empty when the rule has none. */
  public Optional<String> weightBand() {
    if (weightFromKg.isPresent() && weightBelowKg.isPresent()) {
      return Optional.of("weight " + Num.plain(weightFromKg.getAsDouble()) + " kg to below "
          + Num.plain(weightBelowKg.getAsDouble()) + " kg");
    }
    if (weightFromKg.isPresent()) {
      return Optional.of("weight " + Num.plain(weightFromKg.getAsDouble()) + " kg or more");
    }
    if (weightBelowKg.isPresent()) {
      return Optional.of("weight below " + Num.plain(weightBelowKg.getAsDouble()) + " kg");
    }
    return Optional.empty();
  }

  /**
   * The most doses in 24 hours the rule allows: the least of its stated maximum per 24 hours, the
   * doses that fit at its shortest interval, and its total; empty when it states none of these.
   */
  public OptionalInt dosesPer24hAtMost() {
    int n = Integer.MAX_VALUE;
    if (maxDosesPer24h.isPresent()) {
      n = Math.min(n, maxDosesPer24h.getAsInt());
    }
    if (interval.isPresent()) {
      n = Math.min(n, interval.get().maxDosesPer24h());
    }
    if (maxTotalDoses.isPresent()) {
      n = Math.min(n, maxTotalDoses.getAsInt());
    }
    return n == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /**
   * The dose for an adult of this weight, or empty when the rule needs a weight and none is given;
   * the same as {@code doseFor(weightKg, false)}.
   *
   * @throws InvalidValueException if the weight is outside {@value Dose#MIN_WEIGHT_KG}-{@value
   *     Dose#MAX_WEIGHT_KG} kg or outside the rule's weight band
   */
  public Optional<Dose> doseFor(OptionalDouble weightKg) {
    return doseFor(weightKg, false);
  }

  /**
   * The dose for a patient of this weight who is, or is not, a child: after the rule's own cap,
   * every verified ceiling of the drug ({@link DoseCeilings}) and, for a child, the adult maximum
   * of the same regimen. Empty when {@link #noDoseReason} gives a reason: a weight is needed and not
   * given, or the patient is a child and the regimen is not given for children (or has no adult
   * maximum to bound a per-kg dose).
   *
   * @throws InvalidValueException if the weight is outside {@value Dose#MIN_WEIGHT_KG}-{@value
   *     Dose#MAX_WEIGHT_KG} kg or outside the rule's weight band
   */
  public Optional<Dose> doseFor(OptionalDouble weightKg, boolean child) {
    if (Objects.requireNonNull(weightKg, "weightKg").isPresent()) {
      double w = Dose.requirePlausibleWeight("weightKg", weightKg.getAsDouble());
      if (!appliesToWeight(w)) {
        throw new InvalidValueException("weightKg", Num.plain(w),
            "a weight in the rule's band (" + weightBand().orElse("any") + ")");
      }
    }
    if (noDoseReason(weightKg, child).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(Dose.compute(this, weightKg, child));
  }

  /** The dose for an adult of a known weight; see {@link #doseFor(OptionalDouble)}. */
  public Dose doseFor(double weightKg) {
    return doseFor(OptionalDouble.of(weightKg)).orElseThrow();
  }

  /**
   * Why this rule gives no dose for the patient, in words; empty when it gives one. A child never
   * gets a dose scaled from an adult regimen (SAFE-CHILD).
   */
  public Optional<String> noDoseReason(OptionalDouble weightKg, boolean child) {
    Objects.requireNonNull(weightKg, "weightKg");
    if (child && !forAllAges) {
      return Optional.of("adult regimen: this source gives no dose of it for children, so none is computed "
          + "or scaled for a child");
    }
    if (needsWeight() && weightKg.isEmpty()) {
      return Optional.of(WEIGHT_NEEDED);
    }
    if (child && Dose.adultMaximum(this).isEmpty()) {
      return Optional.of("no adult maximum of this per-kg regimen is stated, so no dose is computed for a child");
    }
    return Optional.empty();
  }

  /**
   * The rule for people, for example {@code "8 mg/kg IV over 1 h, max 800 mg per dose, every 8 h,
   * at most 3 doses per 24 h, at most 4 doses in total"}.
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    String amount = Num.range(amountLow, amountHigh) + (perKg ? " mg/kg" : " mg")
        + (basis == DoseBasis.PER_DAY ? " per day" : "");
    parts.add(amount + (route == Route.NOT_STATED ? " (route not stated)" : " " + route.display())
        + administration.map(a -> " " + a).orElse(""));
    capMg.ifPresent(c -> parts.add("max " + Num.plain(c) + " mg" + (basis == DoseBasis.PER_DAY ? " per day" : " per dose")));
    maxMgPerKgPerDay.ifPresent(c -> parts.add("up to " + Num.plain(c) + " mg/kg per day"));
    if (interval.isPresent()) {
      parts.add(interval.get().display());
    } else if (maxTotalDoses.isEmpty() || maxTotalDoses.getAsInt() > 1) {
      parts.add(basis == DoseBasis.PER_DAY ? "how the daily amount is divided not stated by this source"
          : "interval not stated by this source");
    }
    maxDosesPer24h.ifPresent(n -> parts.add("at most " + n + " doses per 24 h"));
    maxTotalDoses.ifPresent(n -> parts.add(n == 1 ? "single dose" : "at most " + n + " doses in total"));
    maxTotalMg.ifPresent(m -> parts.add("at most " + Num.plain(m) + " mg in total"));
    durationDays.ifPresent(d -> parts.add((durationUpTo ? "for up to " : "for ") + d + (d == 1 ? " day" : " days")));
    until.ifPresent(parts::add);
    taper.ifPresent(parts::add);
    return String.join(", ", parts);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DoseRule)) {
      return false;
    }
    DoseRule r = (DoseRule) o;
    return drug == r.drug && amountLow == r.amountLow && amountHigh == r.amountHigh && perKg == r.perKg
        && basis == r.basis && capMg.equals(r.capMg) && maxMgPerKgPerDay.equals(r.maxMgPerKgPerDay)
        && weightFromKg.equals(r.weightFromKg) && weightBelowKg.equals(r.weightBelowKg) && route == r.route
        && interval.equals(r.interval) && maxDosesPer24h.equals(r.maxDosesPer24h)
        && maxTotalDoses.equals(r.maxTotalDoses) && maxTotalMg.equals(r.maxTotalMg)
        && durationDays.equals(r.durationDays) && durationUpTo == r.durationUpTo && until.equals(r.until)
        && taper.equals(r.taper) && administration.equals(r.administration) && asWritten.equals(r.asWritten)
        && forAllAges == r.forAllAges;
  }

  @Override
  public int hashCode() {
    return Objects.hash(drug, amountLow, amountHigh, perKg, basis, capMg, weightFromKg, weightBelowKg, route,
        interval, asWritten);
  }

  @Override
  public String toString() {
    return drug.displayName() + " " + describe();
  }

  /** Builds a {@link DoseRule}; not thread-safe. */
  public static final class Builder {
    private final Drug drug;
    private final String asWritten;
    private double amountLow;
    private double amountHigh;
    private boolean amountSet;
    private boolean perKg;
    private DoseBasis basis = DoseBasis.PER_DOSE;
    private OptionalDouble capMg = OptionalDouble.empty();
    private OptionalDouble maxMgPerKgPerDay = OptionalDouble.empty();
    private OptionalDouble weightFromKg = OptionalDouble.empty();
    private OptionalDouble weightBelowKg = OptionalDouble.empty();
    private Route route = Route.NOT_STATED;
    private Optional<DoseInterval> interval = Optional.empty();
    private OptionalInt maxDosesPer24h = OptionalInt.empty();
    private OptionalInt maxTotalDoses = OptionalInt.empty();
    private OptionalDouble maxTotalMg = OptionalDouble.empty();
    private OptionalInt durationDays = OptionalInt.empty();
    private boolean durationUpTo;
    private Optional<String> until = Optional.empty();
    private Optional<String> taper = Optional.empty();
    private Optional<String> administration = Optional.empty();
    private boolean forAllAges;

    private Builder(Drug drug, String asWritten) {
      this.drug = Objects.requireNonNull(drug, "drug");
      this.asWritten = Objects.requireNonNull(asWritten, "asWritten");
    }

    /** A fixed amount in mg. */
    public Builder mg(double amount) {
      return mg(amount, amount);
    }

    /** A fixed range in mg ("500-750 mg"). */
    public Builder mg(double low, double high) {
      this.amountLow = low;
      this.amountHigh = high;
      this.amountSet = true;
      this.perKg = false;
      return this;
    }

    /** An amount in mg per kg of actual body weight. */
    public Builder mgPerKg(double amount) {
      return mgPerKg(amount, amount);
    }

    /** A range in mg per kg ("1-2 mg/kg"). */
    public Builder mgPerKg(double low, double high) {
      mg(low, high);
      this.perKg = true;
      return this;
    }

    /** The amount (and cap) is per day rather than per dose. */
    public Builder perDay() {
      this.basis = DoseBasis.PER_DAY;
      return this;
    }

    /** The cap in mg (per dose, or per day after {@link #perDay()}). */
    public Builder capMg(double cap) {
      this.capMg = OptionalDouble.of(cap);
      return this;
    }

    /** A daily ceiling in mg per kg. */
    public Builder maxMgPerKgPerDay(double ceiling) {
      this.maxMgPerKgPerDay = OptionalDouble.of(ceiling);
      return this;
    }

    /** The rule applies from this weight (inclusive). */
    public Builder weightFromKg(double kg) {
      this.weightFromKg = OptionalDouble.of(kg);
      return this;
    }

    /** The rule applies below this weight (exclusive). */
    public Builder weightBelowKg(double kg) {
      this.weightBelowKg = OptionalDouble.of(kg);
      return this;
    }

    /** The route. */
    public Builder route(Route route) {
      this.route = Objects.requireNonNull(route, "route");
      return this;
    }

    /** The interval. */
    public Builder every(DoseInterval interval) {
      this.interval = Optional.of(Objects.requireNonNull(interval, "interval"));
      return this;
    }

    /** Every {@code hours} hours. */
    public Builder everyHours(long hours) {
      return every(DoseInterval.hours(hours));
    }

    /** Every {@code shortest}-{@code longest} hours. */
    public Builder everyHours(long shortest, long longest) {
      return every(DoseInterval.hours(shortest, longest));
    }

    /** At most {@code n} doses per 24 h. */
    public Builder maxDosesPer24h(int n) {
      this.maxDosesPer24h = OptionalInt.of(n);
      return this;
    }

    /** At most {@code n} doses in total. */
    public Builder maxTotalDoses(int n) {
      this.maxTotalDoses = OptionalInt.of(n);
      return this;
    }

    /** At most {@code mg} in total. */
    public Builder maxTotalMg(double mg) {
      this.maxTotalMg = OptionalDouble.of(mg);
      return this;
    }

    /** A fixed course of {@code days} days. */
    public Builder forDays(int days) {
      this.durationDays = OptionalInt.of(days);
      this.durationUpTo = false;
      return this;
    }

    /** A course of at most {@code days} days. */
    public Builder forUpToDays(int days) {
      this.durationDays = OptionalInt.of(days);
      this.durationUpTo = true;
      return this;
    }

    /** When to stop, in the source's words. */
    public Builder until(String text) {
      this.until = Optional.of(Args.text("doseRule.until", text));
      return this;
    }

    /** The taper, in the source's words. */
    public Builder taper(String text) {
      this.taper = Optional.of(Args.text("doseRule.taper", text));
      return this;
    }

    /** How to give it, in the source's words. */
    public Builder administration(String text) {
      this.administration = Optional.of(Args.text("doseRule.administration", text));
      return this;
    }

    /** The source gives this regimen for children as well as adults (see {@link DoseRule#forAllAges()}). */
    public Builder forAllAges() {
      this.forAllAges = true;
      return this;
    }

    /** The rule; throws {@link InvalidValueException} naming the field when a value is not allowed. */
    public DoseRule build() {
      return new DoseRule(this);
    }
  }
}
