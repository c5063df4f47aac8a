package org.icans.cli.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icans.model.Coded;
import org.icans.model.InvalidValueException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The rules every command line follows, on a command made for the test: {@code icans demo}. */
class CommandLinesTest {
  enum Tone implements Coded {
    NOT_DONE("not_done"),
    DONE("done");

    final String code;

    Tone(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  static final class Tones extends Codes<Tone> {
    Tones() {
      super(Tone.values());
    }
  }

  static final class Small extends Whole {
    Small() {
      super(0, 5, "0-5");
    }
  }

  static final class Kilograms extends Decimal {
    Kilograms() {
      super(0, true, 500, "more than 0 kg");
    }
  }

  /** What {@code icans demo} was given, printed back. */
  @Command(name = "demo", description = "A command for tests.")
  static final class Demo extends IcansCommand {
    @Option(names = "--name", paramLabel = "NAME", description = "a name")
    String name;

    @Option(names = "--n", paramLabel = "N", converter = Small.class, description = "a small number")
    Integer n;

    @Option(names = "--kg", paramLabel = "KG", converter = Kilograms.class, description = "a weight")
    Double kg;

    @Option(names = "--tone", paramLabel = "WORD", converter = Tones.class, description = "a tone")
    Tone tone;

    @Option(names = "--words", paramLabel = "WORD,...", converter = WordList.Converter.class, description = "words")
    WordList words;

    @Option(names = "--flag", description = "a flag")
    boolean flag;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "a file")
    String file;

    @Override
    protected int run(InputStream in, PrintStream out, PrintStream err) {
      out.print("name=" + name + " n=" + n + " kg=" + kg + " tone=" + tone + " words="
          + (words == null ? null : words.words()) + " flag=" + flag + " file=" + file);
      return 0;
    }
  }

  @Command(name = "icans")
  static final class Top extends IcansCommand {
    @Override
    protected int run(InputStream in, PrintStream out, PrintStream err) throws UsageException {
      throw new UsageException("no command given");
    }
  }

  record Result(int exit, String out, String err) {}

  private static Result demo(String... args) {
    String[] line = new String[args.length + 1];
    line[0] = "demo";
    System.arraycopy(args, 0, line, 1, args.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = CommandLines.run(new Top(), Map.of("demo", Demo::new), line, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String given(String... args) {
    Result r = demo(args);
    assertEquals("", r.err());
    assertEquals(0, r.exit());
    return r.out();
  }

  /** The message of a refused command line, without its prefix and hint; status 1, nothing on standard output. */
  private static String error(String... args) {
    Result r = demo(args);
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("icans demo: ") && r.err().endsWith("\nTry 'icans --help'.\n"), r.err());
    return r.err().substring("icans demo: ".length(), r.err().length() - "\nTry 'icans --help'.\n".length());
  }

  @Test
  void bothFormsOfValuesFlagsAndOperands() {
    assertEquals("name=x y n=3 kg=null tone=null words=null flag=true file=file.csv",
        given("--name", "x y", "--n=3", "--flag", "file.csv"));
    assertEquals("name=a n=null kg=null tone=null words=null flag=false file=f", given("f", "--name", "a"));
  }

  @Test
  void anEmptyValueAfterEqualsIsAValue() {
    assertTrue(given("--name=").startsWith("name= "));
  }

  @Test
  void dashIsAnOperandAndDoubleDashEndsTheOptions() {
    assertTrue(given("-").endsWith("flag=false file=-"));
    assertTrue(given("--", "--flag").endsWith("flag=false file=--flag"));
  }

  @Test
  void helpWinsOverEveryOtherProblemButNotAfterDoubleDash() {
    for (String[] line : new String[][] {{"--bogus", "--help"}, {"--n", "9", "-h"}, {"--flag", "--flag", "--help"}}) {
      Result r = demo(line);
      assertEquals(0, r.exit(), r.err());
      assertTrue(r.out().startsWith("Usage: icans demo [-h] [--name=NAME] [--n=N]"), r.out());
      assertEquals("", r.err());
    }
    assertEquals("unexpected argument '--help'; demo takes one FILE, got a", error("a", "--", "--help"));
  }

  @Test
  void errorsNameTheOption() {
    assertEquals("unknown option '--nme'; the options of demo are --name, --n, --kg, --tone, --words, --flag, --help",
        error("--nme", "x"));
    assertEquals("--name needs a value: NAME, a name", error("--name"));
    assertEquals("--name needs a value: NAME, a name", error("--name", "--flag"));
    assertEquals("--tone needs a value: one of not_done, done", error("--tone"));
    assertEquals("--flag takes no value, got '--flag=1'", error("--flag=1"));
    assertEquals("--flag takes no value, got '--flag=false'", error("--flag=false"));
    assertEquals("--flag given twice; give it once", error("--flag", "--flag"));
    assertEquals("--name given twice ('a' and 'b'); give it once", error("--name=a", "--name", "b"));
    assertEquals("unexpected argument 'b'; demo takes one FILE, got a", error("a", "b"));
  }

  @Test
  void numbersArePlainDecimalsWithADot() {
    assertTrue(given("--kg", "72.5").contains("kg=72.5 "));
    assertTrue(given("--kg", "007").contains("kg=7.0 "));
    for (String bad : List.of("72,5", "-1", "+1", "1e2", ".5", "5.", "NaN", "Infinity", "٣", " 5", "0", "501")) {
      assertEquals("--kg: '" + bad + "' is not allowed; allowed: more than 0 kg", error("--kg", bad), bad);
    }
    for (String bad : List.of("1.0", "-0", "6", "99999999999", "٣")) {
      assertEquals("--n: '" + bad + "' is not allowed; allowed: 0-5", error("--n", bad), bad);
    }
  }

  @Test
  void numbersReadTheSameUnderAnyDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      for (Locale l : List.of(Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("ar-EG"),
          Locale.forLanguageTag("hi-IN"), Locale.ROOT)) {
        Locale.setDefault(l);
        assertTrue(given("--kg", "70.5", "--n", "3").contains("n=3 kg=70.5 "), l.toString());
        // A German user types 70,5: refused, never read as 705 or as 70.
        assertEquals("--kg: '70,5' is not allowed; allowed: more than 0 kg", error("--kg", "70,5"), l.toString());
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void wordsAreLowerCaseCodesWithDashOrUnderscore() {
    assertTrue(given("--tone", "not-done").contains("tone=NOT_DONE "));
    assertTrue(given("--tone", "not_done").contains("tone=NOT_DONE "));
    assertEquals("--tone: 'Done' is not allowed; allowed: one of not_done, done", error("--tone", "Done"));
  }

  @Test
  void listsAreCommaSeparatedWithoutEmptyWords() {
    assertTrue(given("--words", "a, b c").contains("words=[a, b c] "));
    assertEquals("--words: 'a,' is not allowed; allowed: words separated by commas, without an empty word",
        error("--words", "a,"));
  }

  @Test
  void anUnknownCommandNamesTheCommands() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = CommandLines.run(new Top(), Map.of("demo", Demo::new), new String[] {"dmeo"},
        InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(1, exit);
    assertEquals("icans: unknown command 'dmeo'; the commands are demo\nTry 'icans --help'.\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void libraryRefusalsNameTheOptionAndKeepAQuotedValue() {
    Map<String, String> fields = Map.of("situation.icansGrade", "--icans-grade", "situation.seizure", "--seizure");
    assertEquals("--icans-grade: '2 with --seizure=x' is not allowed; allowed: 3-4", UsageException.of(
        new InvalidValueException("situation.icansGrade", "2 with situation.seizure=x", "3-4"), fields).getMessage());
    assertEquals("other.field: 'w' is not allowed; allowed: y",
        UsageException.of(new InvalidValueException("other.field", "'w'", "y"), fields).getMessage());
  }
}
