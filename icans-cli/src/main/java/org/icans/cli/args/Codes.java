package org.icans.cli.args;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * The converter of every enum-valued option: the value is the code of one constant (its lower-case
 * word, {@code not_assessed}), {@code -} read as {@code _} ({@code not-assessed}); anything else is
 * refused naming the codes: {@code 'xml' is not allowed; allowed: one of csv, jsonl, fhir}. Also the
 * codes for the help ({@code completionCandidates}, {@code ${COMPLETION-CANDIDATES}}).
 *
 * <p>One subclass per enum option binds the constants it accepts and how each is written, for
 * example {@code final class Formats extends Codes<OutputFormat> { Formats() { super(OutputFormat::word,
 * OutputFormat.values()); } }}, named in {@code @Option(converter = ..., completionCandidates = ...)}.
 * Immutable.
 *
 * @param <E> the enum
 */
public abstract class Codes<E extends Enum<E>> implements CommandLine.ITypeConverter<E>, Iterable<String> {
  private final List<E> choices;
  private final Function<E, String> code;
  private final boolean ignoreCase;

  /**
   * The converter of these constants, written as {@code code} gives them, case-sensitively (a code
   * is written in lower case: {@code Focal} is a typing slip to point out, not a code to guess).
   */
  @SafeVarargs
  protected Codes(Function<E, String> code, E... choices) {
    this(false, code, choices);
  }

  /**
   * The converter of these constants, written as {@code code} gives them.
   *
   * @param ignoreCase whether {@code KG} is read as {@code kg} (said in the message)
   */
  @SafeVarargs
  protected Codes(boolean ignoreCase, Function<E, String> code, E... choices) {
    this.choices = List.of(choices);
    this.code = code;
    this.ignoreCase = ignoreCase;
  }

  @Override
  public E convert(String value) {
    String key = value.replace('-', '_');
    if (ignoreCase) {
      key = key.toLowerCase(Locale.ROOT);
    }
    for (E e : choices) {
      if (code.apply(e).equals(key)) {
        return e;
      }
    }
    throw new CommandLine.TypeConversionException(UsageException.quoted(value) + " is not allowed; allowed: "
        + allowed());
  }

  /** {@code one of a, b, c}, and {@code (case ignored)} when it is. */
  public String allowed() {
    StringJoiner j = new StringJoiner(", ", "one of ", ignoreCase ? " (case ignored)" : "");
    forEach(j::add);
    return j.toString();
  }

  /** The codes, in the order of the constants. */
  @Override
  public Iterator<String> iterator() {
    return choices.stream().map(code).iterator();
  }
}
