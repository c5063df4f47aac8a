package org.icans.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;

/**
 * Units through UCUM-java ({@code org.fhir:ucum}, the library icans-risk uses): whether a unit code
 * is valid UCUM, and the factor between commensurable units (mL/min to L/min, [lb_av] to kg).
 *
 * <p>UCUM-java 1.0.10 does not convert the temperature units, which have an offset ({@code convert}
 * throws "Not handled yet (special unit with offset)"); their one conversion is written here from
 * UCUM's own definition of {@code [degF]}, {@code degF(5 K/9)}: Cel = ([degF] - 32) x 5/9. The UCUM
 * service is not documented as thread-safe, so calls into it are serialized.
 */
final class Ucum {
  private Ucum() {}

  private static final UcumEssenceService SERVICE = load();
  private static final BigDecimal THIRTY_TWO = BigDecimal.valueOf(32);
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);
  private static final BigDecimal NINE = BigDecimal.valueOf(9);

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

  /** Why the code is not valid UCUM, or empty when it is. */
  static Optional<String> problem(String unit) {
    synchronized (SERVICE) {
      return Optional.ofNullable(SERVICE.validate(unit));
    }
  }

  /** {@code value} in {@code from}, expressed in {@code to}; empty when not commensurable or invalid. */
  static Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
    if (from.equals(to)) {
      return Optional.of(value);
    }
    synchronized (SERVICE) {
      try {
        Decimal d = SERVICE.convert(new Decimal(value.toPlainString()), from, to);
        return Optional.of(new BigDecimal(d.asDecimal()));
      } catch (UcumException | RuntimeException e) {
        return Optional.empty();
      }
    }
  }

  /** Degrees Fahrenheit to Celsius by UCUM's definition of {@code [degF]}, exact to 6 decimals. */
  static BigDecimal fahrenheitToCelsius(BigDecimal fahrenheit) {
    return fahrenheit.subtract(THIRTY_TWO).multiply(FIVE).divide(NINE, 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }
}
