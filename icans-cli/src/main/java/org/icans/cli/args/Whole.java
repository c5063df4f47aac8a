package org.icans.cli.args;

import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * The converter of a whole-number option: plain ASCII digits, {@code min}-{@code max}; never a sign,
 * a decimal point, an exponent or another script's digits, whatever the default locale. One
 * subclass per option binds its range and what the message says is allowed. Immutable.
 */
public abstract class Whole implements CommandLine.ITypeConverter<Integer> {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

  private final int min;
  private final int max;
  private final String allowed;

  /**
   * @param allowed what is allowed, for the message: {@code an integer 0-4}
   */
  protected Whole(int min, int max, String allowed) {
    this.min = min;
    this.max = max;
    this.allowed = allowed;
  }

  @Override
  public Integer convert(String value) {
    if (DIGITS.matcher(value).matches()) {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    }
    throw new CommandLine.TypeConversionException(UsageException.quoted(value) + " is not allowed; allowed: "
        + allowed);
  }
}
