package org.icans.cli.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.icans.model.Coded;

/**
 * A body weight as written on the command line: the number exactly as given and its unit,
 * kilograms or pounds. The unit is always stated, never guessed from the size of the number, so
 * that pounds typed as kilograms cannot pass silently.
 *
 * <p>The weight in kilograms is computed exactly ({@link BigDecimal}) from the pound's definition,
 * {@link #KG_PER_LB}, and rounded once, to the nearest {@code double}, for the library.
 *
 * <p>Immutable.
 *
 * @param number the number as written, a plain decimal
 * @param unit the unit it was given in
 */
record BodyWeight(BigDecimal number, Unit unit) {
  /**
   * Kilograms per pound, exactly: the international avoirdupois pound, defined as exactly
   * 0.45359237 kg by the international yard and pound agreement of 1959, in force from 1 July 1959
   * (NIST Handbook 44, appendix C: 1 avoirdupois pound = 0.453 592 37 kilogram, exact).
   */
  static final BigDecimal KG_PER_LB = new BigDecimal("0.45359237");

  /**
   * The plausible range of an actual body weight, in kg, inclusive at both ends: {@value #MIN_KG}
   * to {@value #MAX_KG} kg. A project rule [P], not a clinical source: wide enough for the smallest
   * infants and for severe obesity, narrow enough to catch a slip of unit or of the decimal point.
   * The same range as the management library's plausibility check, checked here as well so that the
   * command line is safe on its own.
   */
  static final double MIN_KG = 0.5;
  /** The upper end of the plausible range, in kg; see {@link #MIN_KG}. */
  static final double MAX_KG = 300;

  /** A unit of body weight as written on the command line, case ignored. */
  enum Unit implements Coded {
    /** Kilograms. */
    KG("kg", BigDecimal.ONE),
    /** International avoirdupois pounds, {@link BodyWeight#KG_PER_LB} kg each. */
    LB("lb", KG_PER_LB);

    private final String code;
    private final BigDecimal kilograms;

    Unit(String code, BigDecimal kilograms) {
      this.code = code;
      this.kilograms = kilograms;
    }

    /** The word, {@code kg} or {@code lb}. */
    @Override
    public String code() {
      return code;
    }

    /** The unit this word names, case ignored ({@code KG}, {@code Lb}); no other spelling ({@code lbs}). */
    static Optional<Unit> of(String word) {
      String w = word.toLowerCase(Locale.ROOT);
      for (Unit u : values()) {
        if (u.code.equals(w)) {
          return Optional.of(u);
        }
      }
      return Optional.empty();
    }
  }

  /** Checks that both parts are given. */
  BodyWeight {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(unit, "unit");
  }

  /** The weight in kilograms, exactly. */
  BigDecimal kilograms() {
    return number.multiply(unit.kilograms);
  }

  /** The weight in kilograms, the nearest {@code double}; what the library is given. */
  double kg() {
    return kilograms().doubleValue();
  }

  /** Whether the weight is in the plausible range, {@link #MIN_KG}-{@link #MAX_KG} kg, compared exactly. */
  boolean plausible() {
    BigDecimal kg = kilograms();
    return kg.compareTo(BigDecimal.valueOf(MIN_KG)) >= 0 && kg.compareTo(BigDecimal.valueOf(MAX_KG)) <= 0;
  }

  /** Whether the weight was given in another unit than kilograms. */
  boolean converted() {
    return unit != Unit.KG;
  }

  /**
   * For people: the weight as given, and the kilograms when converted, rounded half-up to two
   * decimals as the plan shows them: {@code 70 kg}, {@code 154 lb (69.85 kg)}.
   */
  String display() {
    String given = number.toPlainString() + " " + unit.code;
    return converted() ? given + " (" + plain(kilograms()) + " kg)" : given;
  }

  /**
   * The plausible range for messages: {@code 0.5-300 kg (1.2-661.3 lb)}, the pounds rounded inward
   * to one decimal so that every weight inside the range as written is accepted.
   */
  static String plausibleRange() {
    MathContext mc = MathContext.DECIMAL64;
    BigDecimal minLb = BigDecimal.valueOf(MIN_KG).divide(KG_PER_LB, mc).setScale(1, RoundingMode.CEILING);
    BigDecimal maxLb = BigDecimal.valueOf(MAX_KG).divide(KG_PER_LB, mc).setScale(1, RoundingMode.FLOOR);
    return plain(BigDecimal.valueOf(MIN_KG)) + "-" + plain(BigDecimal.valueOf(MAX_KG)) + " kg ("
        + minLb.toPlainString() + "-" + maxLb.toPlainString() + " lb)";
  }

  /** Plain digits, at most two decimals (half-up), no trailing zeros: {@code 69.85}, {@code 300}. */
  static String plain(BigDecimal d) {
    BigDecimal r = d.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return r.signum() == 0 ? "0" : r.toPlainString();
  }
}
