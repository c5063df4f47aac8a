package org.icans.cli.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The command line of one clinical command, parsed strictly: options as {@code --name value} or
 * {@code --name=value}, flags as {@code --name}, each at most once; {@code --} ends the options;
 * {@code -} is an operand (standard input). An unknown option, a missing value, a value given to a
 * flag, a repeated option or an operand too many is a {@link UsageException} naming it.
 *
 * <p>Values are read independently of the default locale: numbers are plain decimals with a dot
 * ({@code 72.5}), never with a sign, an exponent or a comma.
 *
 * <p>Immutable once parsed; build the accepted options with {@link #spec(String)}.
 */
public final class Arguments {
  private static final Pattern INTEGER = Pattern.compile("[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  private final boolean help;
  private final Map<String, String> values;
  private final Set<String> flags;
  private final List<String> operands;

  private Arguments(boolean help, Map<String, String> values, Set<String> flags, List<String> operands) {
    this.help = help;
    this.values = Collections.unmodifiableMap(values);
    this.flags = Collections.unmodifiableSet(flags);
    this.operands = List.copyOf(operands);
  }

  /** The options a command accepts; add them, then {@link Spec#parse parse}. */
  public static Spec spec(String command) {
    return new Spec(command);
  }

  /** Whether {@code --help} or {@code -h} was given (before any {@code --}). */
  public boolean helpRequested() {
    return help;
  }

  /** Whether this option (with a value, or a flag) was given. */
  public boolean has(String option) {
    return values.containsKey(option) || flags.contains(option);
  }

  /** The value of an option, as written, if it was given. */
  public Optional<String> value(String option) {
    return Optional.ofNullable(values.get(option));
  }

  /**
   * The value of an option that must be given.
   *
   * @param what what the option gives, for the message when it is missing
   */
  public String required(String option, String what) throws UsageException {
    String v = values.get(option);
    if (v == null) {
      throw new UsageException("missing " + option + ": " + what);
    }
    return v;
  }

  /** Whether a flag was given. */
  public boolean flag(String option) {
    return flags.contains(option);
  }

  /** The operands (arguments that are not options), in order. */
  public List<String> operands() {
    return operands;
  }

  /** The value of an option as an integer {@code min}-{@code max}, if the option was given. */
  public OptionalInt integer(String option, int min, int max, String allowed) throws UsageException {
    String v = values.get(option);
    if (v == null) {
      return OptionalInt.empty();
    }
    if (INTEGER.matcher(v).matches() && v.length() <= 9) {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return OptionalInt.of(n);
      }
    }
    throw UsageException.notAllowed(option, v, allowed);
  }

  /**
   * The value of an option as a plain decimal {@code min}-{@code max} (digits, optionally a dot and
   * digits), if the option was given.
   *
   * @param minExclusive whether {@code min} itself is refused
   */
  public OptionalDouble decimal(String option, double min, boolean minExclusive, double max, String allowed)
      throws UsageException {
    String v = values.get(option);
    if (v == null) {
      return OptionalDouble.empty();
    }
    if (plainDecimal(v)) {
      double d = Double.parseDouble(v);
      if ((minExclusive ? d > min : d >= min) && d <= max) {
        return OptionalDouble.of(d);
      }
    }
    throw UsageException.notAllowed(option, v, allowed);
  }

  /**
   * Whether the text is a plain decimal as options are written: digits, optionally a dot and digits
   * ({@code 72.5}); no sign, exponent, comma or space. For values that carry more than a number,
   * such as a weight with its unit.
   */
  static boolean plainDecimal(String text) {
    return DECIMAL.matcher(text).matches();
  }

  /**
   * The value of an option as one of a set of words, if the option was given: the words are the
   * lower-case codes of {@code choices}, and {@code -} is read as {@code _}.
   */
  public <E> Optional<E> word(String option, E[] choices, Function<E, String> code) throws UsageException {
    String v = values.get(option);
    if (v == null) {
      return Optional.empty();
    }
    String key = v.replace('-', '_');
    for (E e : choices) {
      if (code.apply(e).equals(key)) {
        return Optional.of(e);
      }
    }
    throw UsageException.notAllowed(option, v, oneOf(choices, code));
  }

  /**
   * The value of an option that must be one of a few words; the first word when the option was not
   * given.
   */
  public String choice(String option, String... words) throws UsageException {
    String v = values.get(option);
    if (v == null) {
      return words[0];
    }
    if (List.of(words).contains(v)) {
      return v;
    }
    throw UsageException.notAllowed(option, v, "one of " + String.join(", ", words));
  }

  /** {@code one of a, b, c}: the codes of the choices, for messages. */
  public static <E> String oneOf(E[] choices, Function<E, String> code) {
    StringJoiner j = new StringJoiner(", ", "one of ", "");
    for (E e : choices) {
      j.add(code.apply(e));
    }
    return j.toString();
  }

  /**
   * The value of an option as a comma-separated list of words, each stripped of surrounding spaces;
   * empty when the option was not given.
   */
  public List<String> list(String option) throws UsageException {
    String v = values.get(option);
    if (v == null) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (String w : v.split(",", -1)) {
      String word = w.strip();
      if (word.isEmpty()) {
        throw UsageException.notAllowed(option, v, "words separated by commas, without an empty word");
      }
      words.add(word);
    }
    return words;
  }

  /** The options one command accepts. Not thread-safe. */
  public static final class Spec {
    private final String command;
    private final Map<String, String> valued = new LinkedHashMap<>();
    private final Set<String> flagNames = new LinkedHashSet<>();
    private int maxOperands;
    private String operandName;

    private Spec(String command) {
      this.command = Objects.requireNonNull(command, "command");
    }

    /**
     * An option that takes a value.
     *
     * @param what what the value is, for the message when it is missing
     */
    public Spec value(String option, String what) {
      valued.put(option, what);
      return this;
    }

    /** An option without a value. */
    public Spec flag(String option) {
      flagNames.add(option);
      return this;
    }

    /** At most one operand (none unless set), named {@code name} in messages, for example {@code FILE}. */
    public Spec operand(String name) {
      this.maxOperands = 1;
      this.operandName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Parses the arguments that follow the command word. A {@code --help} anywhere before
     * {@code --} wins over every other problem.
     */
    public Arguments parse(List<String> args) throws UsageException {
      for (String a : args) {
        if (a.equals("--")) {
          break;
        }
        if (a.equals("--help") || a.equals("-h")) {
          return new Arguments(true, new LinkedHashMap<>(), new LinkedHashSet<>(), List.of());
        }
      }
      Map<String, String> values = new LinkedHashMap<>();
      Set<String> flags = new LinkedHashSet<>();
      List<String> operands = new ArrayList<>();
      boolean optionsEnded = false;
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (optionsEnded || a.equals("-") || !a.startsWith("-")) {
          if (operands.size() == maxOperands) {
            throw new UsageException("unexpected argument '" + a + "'; " + command + " takes "
                + (maxOperands == 0 ? "options only" : "one " + operandName + ", got " + operands.get(0)));
          }
          operands.add(a);
          continue;
        }
        if (a.equals("--")) {
          optionsEnded = true;
          continue;
        }
        int eq = a.indexOf('=');
        String name = eq < 0 ? a : a.substring(0, eq);
        if (flagNames.contains(name)) {
          if (eq >= 0) {
            throw new UsageException(name + " takes no value, got '" + a + "'");
          }
          if (!flags.add(name)) {
            throw new UsageException(name + " given twice; give it once");
          }
        } else if (valued.containsKey(name)) {
          String value;
          if (eq >= 0) {
            value = a.substring(eq + 1);
          } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
            value = args.get(++i);
          } else {
            throw new UsageException(name + " needs a value: " + valued.get(name));
          }
          String before = values.put(name, value);
          if (before != null) {
            throw new UsageException(name + " given twice ('" + before + "' and '" + value + "'); give it once");
          }
        } else {
          throw new UsageException("unknown option '" + a + "'; the options of " + command + " are "
              + known() + ", --help");
        }
      }
      return new Arguments(false, values, flags, operands);
    }

    private String known() {
      StringJoiner j = new StringJoiner(", ");
      valued.keySet().forEach(j::add);
      flagNames.forEach(j::add);
      return j.toString();
    }
  }
}
