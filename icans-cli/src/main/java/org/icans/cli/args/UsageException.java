package org.icans.cli.args;

import java.util.Map;
import org.icans.model.InvalidValueException;

/**
 * A command line that cannot be understood, or a value on it that the library refuses: the message
 * names the option, the value and what is allowed, for example {@code --weight: '70' is not
 * allowed; allowed: a weight with its unit, 70kg or 154lb (or a number with --weight-unit kg|lb)}.
 */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A usage error with this message (without the {@code icans <command>:} prefix). */
  public UsageException(String message) {
    super(message);
  }

  /** The message for a refused option value: {@code <option>: '<value>' is not allowed; allowed: <allowed>}. */
  public static UsageException notAllowed(String option, String value, String allowed) {
    return new UsageException(option + ": " + quoted(value) + " is not allowed; allowed: " + allowed);
  }

  /**
   * The library's refusal turned into a usage error: the field becomes the option that set it
   * ({@code situation.icansGrade} becomes {@code --icans-grade}), also where the value names a field.
   *
   * @param e the library's exception
   * @param options the option of each library field; a field not listed is named as it is
   */
  public static UsageException of(InvalidValueException e, Map<String, String> options) {
    String option = options.getOrDefault(e.field(), e.field());
    String value = e.value();
    for (Map.Entry<String, String> m : options.entrySet()) {
      value = value.replace(m.getKey() + "=", m.getValue() + "=");
    }
    return notAllowed(option, value, e.allowed());
  }

  /** The value in single quotes, unless the library quoted it already. */
  public static String quoted(String value) {
    if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
      return value;
    }
    return "'" + value + "'";
  }
}
