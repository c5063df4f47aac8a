package org.icans.cli.args;

import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * The converter of a decimal option: a plain decimal as options are written, ASCII digits,
 * optionally a dot and digits ({@code 72.5}), {@code min}-{@code max}; never a comma, a sign, an
 * exponent, {@code NaN} or another script's digits, whatever the default locale. One subclass per
 * option binds its range and what the message says is allowed. Immutable.
 */
public abstract class Decimal implements CommandLine.ITypeConverter<Double> {
  private static final Pattern PLAIN = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  private final double min;
  private final boolean minExclusive;
  private final double max;
  private final String allowed;

  /**
   * @param minExclusive whether {@code min} itself is refused
   * @param allowed what is allowed, for the message
   */
  protected Decimal(double min, boolean minExclusive, double max, String allowed) {
    this.min = min;
    this.minExclusive = minExclusive;
    this.max = max;
    this.allowed = allowed;
  }

  @Override
  public Double convert(String value) {
    if (plain(value)) {
      double d = Double.parseDouble(value);
      if ((minExclusive ? d > min : d >= min) && d <= max) {
        return d;
      }
    }
    throw new CommandLine.TypeConversionException(UsageException.quoted(value) + " is not allowed; allowed: "
        + allowed);
  }

  /**
   * Whether the text is a plain decimal as options are written: digits, optionally a dot and digits
   * ({@code 72.5}); no sign, exponent, comma or space. For values that carry more than a number,
   * such as a weight with its unit.
   */
  public static boolean plain(String text) {
    return PLAIN.matcher(text).matches();
  }
}
