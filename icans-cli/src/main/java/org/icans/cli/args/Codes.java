package org.icans.cli.args;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.icans.model.Coded;
import picocli.CommandLine;

/**
 * The converter of every enum-valued option: the value is the {@link Coded#code() code} of one
 * constant (its lower-case word, {@code not_assessed}); how loosely it is read is the option's
 * documented {@link Reading}. Anything else is refused naming the codes: {@code 'xml' is not
 * allowed; allowed: one of csv, jsonl, fhir}. Also the codes for the help
 * ({@code completionCandidates}, {@code ${COMPLETION-CANDIDATES}}).
 *
 * <p>One subclass per enum option binds the constants it accepts, for example {@code final class
 * Formats extends Codes<OutputFormat> { Formats() { super(OutputFormat.values()); } }}, named in
 * {@code @Option(converter = ..., completionCandidates = ...)}. Immutable.
 *
 * @param <E> the enum
 */
public abstract class Codes<E extends Enum<E> & Coded> implements CommandLine.ITypeConverter<E>, Iterable<String> {
  /** How an option's value is read before it is matched against the codes. */
  protected enum Reading {
    /** As written, with {@code -} read as {@code _} ({@code prolonged-or-repetitive}). */
    HYPHENS,
    /** {@link #HYPHENS}, and case ignored ({@code KG} is {@code kg}; said in the message). */
    IGNORING_CASE,
    /** As {@link LenientCodes} reads a word: case, surrounding spaces, inner spaces and hyphens. */
    LENIENT
  }

  private final List<E> choices;
  private final Reading reading;

  /**
   * The converter of these constants, case-sensitively (a code is written in lower case: {@code
   * Focal} is a typing slip to point out, not a code to guess), {@code -} read as {@code _}.
   */
  @SafeVarargs
  protected Codes(E... choices) {
    this(Reading.HYPHENS, choices);
  }

  /** The converter of these constants, read as {@code reading} says. */
  @SafeVarargs
  protected Codes(Reading reading, E... choices) {
    this.choices = List.of(choices);
    this.reading = reading;
  }

  @Override
  public E convert(String value) {
    String key = switch (reading) {
      case HYPHENS -> value.replace('-', '_');
      case IGNORING_CASE -> value.replace('-', '_').toLowerCase(Locale.ROOT);
      case LENIENT -> LenientCodes.normalise(value);
    };
    for (E e : choices) {
      if (e.code().equals(key)) {
        return e;
      }
    }
    throw new CommandLine.TypeConversionException(UsageException.quoted(value) + " is not allowed; allowed: "
        + allowed());
  }

  /** {@code one of a, b, c}, and {@code (case ignored)} when it is. */
  public String allowed() {
    StringJoiner j = new StringJoiner(", ", "one of ", reading == Reading.HYPHENS ? "" : " (case ignored)");
    forEach(j::add);
    return j.toString();
  }

  /** The codes, in the order of the constants. */
  @Override
  public Iterator<String> iterator() {
    return choices.stream().map(Coded::code).iterator();
  }
}
