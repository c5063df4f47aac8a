package org.icans.risk.internal.units;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.fhir.ucum.Component;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.DefinedUnit;
import org.fhir.ucum.ExpressionParser;
import org.fhir.ucum.Symbol;
import org.fhir.ucum.Term;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.fhir.ucum.Unit;

/**
 * UCUM through {@code org.fhir:ucum}: whether a unit code is valid, the factor between two
 * commensurable units, and whether a unit counts amount of substance (mol), which UCUM treats as a
 * dimensionless number and so would otherwise let {@code umol/L} pass for a cell count per litre.
 *
 * <p>The UCUM service is not documented as thread-safe, so every call into it is serialized; the
 * results are cached per unit code, so that only the first use of a unit pays for it. Stateless
 * otherwise and thread-safe.
 */
public final class UcumUnits {
  private static final UcumEssenceService SERVICE = load();
  private static final ConcurrentMap<String, Optional<String>> PROBLEMS = new ConcurrentHashMap<>();
  private static final ConcurrentMap<String, Optional<BigDecimal>> FACTORS = new ConcurrentHashMap<>();
  private static final ConcurrentMap<String, Boolean> SUBSTANCE = new ConcurrentHashMap<>();
  /** One with twenty decimals: UCUM's Decimal keeps the precision of its input in the result. */
  private static final String PRECISE_ONE = "1.00000000000000000000";
  private static final int MAX_DEFINITION_DEPTH = 12;

  private UcumUnits() {}

  private static UcumEssenceService load() {
    try (InputStream in = UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml")) {
      if (in == null) {
        throw new IllegalStateException("ucum-essence.xml not found in the org.fhir:ucum jar");
      }
      return new UcumEssenceService(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UcumException e) {
      throw new IllegalStateException("cannot load the UCUM definitions: " + e.getMessage(), e);
    }
  }

  /** Why {@code unit} is not a valid UCUM code, or empty when it is. The empty code (unity) is valid UCUM. */
  public static Optional<String> problem(String unit) {
    Objects.requireNonNull(unit, "unit");
    return PROBLEMS.computeIfAbsent(unit, u -> {
      synchronized (SERVICE) {
        return Optional.ofNullable(SERVICE.validate(u));
      }
    });
  }

  /**
   * The number to multiply a value in {@code from} by to express it in {@code to}; empty when the
   * units are not commensurable (or either is invalid, or a special unit such as Cel that UCUM's
   * converter does not handle).
   */
  public static Optional<BigDecimal> factor(String from, String to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return FACTORS.computeIfAbsent(from + '\u0000' + to, k -> {
      synchronized (SERVICE) {
        try {
          Decimal d = SERVICE.convert(new Decimal(PRECISE_ONE), from, to);
          return Optional.of(new BigDecimal(d.asDecimal()));
        } catch (UcumException | RuntimeException e) {
          return Optional.empty();
        }
      }
    });
  }

  /** Whether the unit's definition involves the mole, directly or through a defined unit (U, kat, eq ...). */
  public static boolean involvesSubstanceAmount(String unit) {
    Objects.requireNonNull(unit, "unit");
    return SUBSTANCE.computeIfAbsent(unit, u -> {
      synchronized (SERVICE) {
        return mentionsMole(u, 0);
      }
    });
  }

  private static boolean mentionsMole(String code, int depth) {
    if (depth > MAX_DEFINITION_DEPTH) {
      return false;
    }
    Term term;
    try {
      term = new ExpressionParser(SERVICE.getModel()).parse(code);
    } catch (UcumException | RuntimeException e) {
      return false;
    }
    return mentionsMole(term, depth);
  }

  private static boolean mentionsMole(Component c, int depth) {
    if (c instanceof Term) {
      Term t = (Term) c;
      return (t.hasComp() && mentionsMole(t.getComp(), depth)) || (t.hasTerm() && mentionsMole(t.getTerm(), depth));
    }
    if (c instanceof Symbol) {
      Unit u = ((Symbol) c).getUnit();
      if ("mol".equals(u.getCode())) {
        return true;
      }
      if (u instanceof DefinedUnit) {
        DefinedUnit d = (DefinedUnit) u;
        return !d.isSpecial() && d.getValue() != null && d.getValue().getUnit() != null
            && mentionsMole(d.getValue().getUnit(), depth + 1);
      }
    }
    return false;
  }
}
