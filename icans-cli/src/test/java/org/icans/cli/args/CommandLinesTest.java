package org.icans.cli.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.icans.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
  private static Arguments parse(String... args) throws UsageException {
    return Arguments.spec("demo").value("--name", "a name").value("--n", "a number").flag("--flag").operand("FILE")
        .parse(List.of(args));
  }

  private static String error(String... args) {
    return assertThrows(UsageException.class, () -> parse(args)).getMessage();
  }

  @Test
  void bothFormsOfValuesFlagsAndOperands() throws UsageException {
    Arguments a = parse("--name", "x y", "--n=3", "--flag", "file.csv");
    assertEquals("x y", a.value("--name").orElseThrow());
    assertEquals(3, a.integer("--n", 0, 5, "0-5").getAsInt());
    assertTrue(a.flag("--flag"));
    assertEquals(List.of("file.csv"), a.operands());
    assertFalse(a.helpRequested());
  }

  @Test
  void anEmptyValueAfterEqualsIsAValue() throws UsageException {
    assertEquals("", parse("--name=").value("--name").orElseThrow());
  }

  @Test
  void dashIsAnOperandAndDoubleDashEndsTheOptions() throws UsageException {
    assertEquals(List.of("-"), parse("-").operands());
    assertEquals(List.of("--flag"), parse("--", "--flag").operands());
    assertFalse(parse("--", "--flag").flag("--flag"));
  }

  @Test
  void helpWinsOverEveryOtherProblemButNotAfterDoubleDash() throws UsageException {
    assertTrue(parse("--bogus", "--help").helpRequested());
    assertTrue(parse("-h").helpRequested());
    assertEquals("unexpected argument '--help'; demo takes one FILE, got a",
        error("a", "--", "--help"));
  }

  @Test
  void errorsNameTheOption() {
    assertEquals("unknown option '--nme'; the options of demo are --name, --n, --flag, --help", error("--nme", "x"));
    assertEquals("--name needs a value: a name", error("--name"));
    assertEquals("--name needs a value: a name", error("--name", "--flag"));
    assertEquals("--flag takes no value, got '--flag=1'", error("--flag=1"));
    assertEquals("--flag given twice; give it once", error("--flag", "--flag"));
    assertEquals("--name given twice ('a' and 'b'); give it once", error("--name=a", "--name", "b"));
    assertEquals("unexpected argument 'b'; demo takes one FILE, got a", error("a", "b"));
  }

  @Test
  void numbersArePlainDecimalsWithADot() throws UsageException {
    assertEquals(72.5, parse("--n", "72.5").decimal("--n", 0, true, 500, "kg").getAsDouble());
    assertEquals(7, parse("--n", "007").decimal("--n", 0, true, 500, "kg").getAsDouble());
    for (String bad : List.of("72,5", "-1", "+1", "1e2", ".5", "5.", "NaN", "Infinity", "٣", " 5", "0", "501")) {
      UsageException e = assertThrows(UsageException.class,
          () -> parse("--n", bad).decimal("--n", 0, true, 500, "more than 0 kg"), bad);
      assertEquals("--n: '" + bad + "' is not allowed; allowed: more than 0 kg", e.getMessage());
    }
    for (String bad : List.of("1.0", "-0", "6", "99999999999")) {
      assertThrows(UsageException.class, () -> parse("--n", bad).integer("--n", 0, 5, "0-5"), bad);
    }
  }

  @Test
  void wordsAreLowerCaseCodesWithDashOrUnderscore() throws UsageException {
    String[] words = {"not_done", "done"};
    assertEquals("not_done", parse("--name", "not-done").word("--name", words, w -> w).orElseThrow());
    UsageException e = assertThrows(UsageException.class,
        () -> parse("--name", "Done").word("--name", words, w -> w));
    assertEquals("--name: 'Done' is not allowed; allowed: one of not_done, done", e.getMessage());
  }

  @Test
  void listsAreCommaSeparatedWithoutEmptyWords() throws UsageException {
    assertEquals(List.of("a", "b c"), parse("--name", "a, b c").list("--name"));
    assertEquals(List.of(), parse().list("--name"));
    assertThrows(UsageException.class, () -> parse("--name", "a,").list("--name"));
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
