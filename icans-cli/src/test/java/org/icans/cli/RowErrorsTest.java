package org.icans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every class of row fault: reported on standard error with its line, column, value and what is
 * allowed; every other row still graded; exit status 2.
 */
class RowErrorsTest {
  static final String HEADER = GradeCommandTest.HEADER;

  /** A full row of the standard header with one cell (by column name) replaced. */
  static String row(String id, String... columnValue) {
    String[] names = HEADER.split(",");
    String[] cells = new String[names.length];
    Arrays.fill(cells, "");
    cells[0] = id;
    cells[1] = "5";
    cells[2] = "45";
    for (int i = 0; i < columnValue.length; i += 2) {
      cells[List.of(names).indexOf(columnValue[i])] = columnValue[i + 1];
    }
    return String.join(",", cells);
  }

  /** Grades a good row, the bad one and another good row; checks the bad one is reported alone. */
  static List<String> errorsOf(String... columnValue) {
    String csv = HEADER + "\n" + row("OK1", "ice_score", "10") + "\n" + row("BAD", columnValue) + "\n"
        + row("OK2", "ice_score", "9") + "\n";
    Cli.Result r = Cli.grade(csv);
    assertEquals(2, r.exit(), r.err());
    List<String> ids = r.lines().stream().skip(1).map(l -> l.split(",")[0]).toList();
    assertEquals(List.of("OK1", "OK2"), ids, "every other row is graded");
    List<String> errors = r.errLines();
    assertEquals("icans: standard input: 1 of 3 rows not graded because of the errors above; every other row was "
        + "graded", errors.get(errors.size() - 1));
    return errors.subList(0, errors.size() - 1);
  }

  static String error(String column, String value, String allowed) {
    return "standard input, line 3, column " + column + ": value \"" + value + "\" is not allowed; allowed: " + allowed;
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
    "consciousness|awake|one of alert, awakens_spontaneously, awakens_to_voice, awakens_to_touch, unarousable",
    "consciousness|Alert|one of alert, awakens_spontaneously, awakens_to_voice, awakens_to_touch, unarousable",
    "seizure|mild|one of none, rapidly_resolving, prolonged_or_repetitive",
    "hypotension|pressors|one of none, fluids, one_vasopressor, multiple_vasopressors, unknown_support",
    "oxygen|mask|one of none, blow_by, nasal_cannula, high_flow_nasal_cannula, facemask, nonrebreather, venturi, "
        + "cpap, bipap, mechanical_ventilation, unknown_device",
    "developmental_delay|yes|true, false, or empty (false)",
    "fever_masked|1|true, false, or empty (false)",
    "ice_score|11|an integer from 0 to 10",
    "ice_score|-1|an integer from 0 to 10",
    "ice_score|7.0|an integer from 0 to 10",
    "ice_score|99999999999|an integer from 0 to 10",
    "capd_score|33|an integer from 0 to 32, or unable",
    "capd_score|Unable|an integer from 0 to 32, or unable",
    "day|-30.5|a decimal number -30 or more, like 5 or 5.5",
    "day|1e3|a decimal number -30 or more, like 5 or 5.5",
    "day|NaN|a decimal number -30 or more, like 5 or 5.5",
    "day|Infinity|a decimal number -30 or more, like 5 or 5.5",
    "day|+5|a decimal number -30 or more, like 5 or 5.5",
    "day|.5|a decimal number -30 or more, like 5 or 5.5",
    "day|5.|a decimal number -30 or more, like 5 or 5.5",
    "day|' 5'|a decimal number -30 or more, like 5 or 5.5",
    "age_years|120.5|a decimal number from 0 to 120",
    "age_years|-1|a decimal number from 0 to 120",
    "temperature_c|45.1|a decimal number from 25 to 45, like 38.5",
    "temperature_c|24.9|a decimal number from 25 to 45, like 38.5",
    "temperature_c|38°|a decimal number from 25 to 45, like 38.5",
    "oxygen_lpm|0|a decimal number greater than 0, like 2 or 6.5",
    "ice_orientation|5|an integer from 0 to 4",
    "ice_naming|4|an integer from 0 to 3",
    "ice_commands|2|an integer from 0 to 1",
    "ice_writing|2|an integer from 0 to 1",
    "ice_attention|2|an integer from 0 to 1",
  })
  void aBadCellIsReported(String column, String value, String allowed) {
    List<String> errors;
    if (column.startsWith("ice_") && !column.equals("ice_score")) {
      // A task is checked with the four others given, so that only its own fault is reported.
      List<String> cells = new ArrayList<>();
      for (String task : List.of("ice_orientation", "ice_naming", "ice_commands", "ice_writing", "ice_attention")) {
        cells.add(task);
        cells.add(task.equals(column) ? value : "1");
      }
      errors = errorsOf(cells.toArray(new String[0]));
    } else {
      errors = errorsOf(column, value);
    }
    assertTrue(errors.contains(error(column, value, allowed)), String.join("\n", errors));
  }

  @Test
  void aDecimalCommaIsRefused() {
    List<String> errors = errorsOf("temperature_c", "\"38,5\"");
    assertEquals(List.of(error("temperature_c", "38,5", "a decimal number from 25 to 45, like 38.5")), errors);
  }

  @Test
  void requiredCellsMustNotBeEmpty() {
    assertEquals(List.of(error("day", "", "a decimal number -30 or more, like 5 or 5.5; required")),
        errorsOf("day", ""));
    assertEquals(List.of(error("patient_id", " ", "non-empty text (UTF-8)")), errorsOf("patient_id", " "));
  }

  @Test
  void unknownWordsInAListAreNamed() {
    assertEquals(List.of(error("motor", "tremor;tremors", "none, or one or more of tremor, myoclonus, hemiparesis, "
        + "paraparesis separated by ; (\"tremors\" is not one)")), errorsOf("motor", "tremor;tremors"));
    assertEquals(List.of(error("icp", "focal_edema;", "none, or one or more of focal_edema, diffuse_edema, posturing, "
        + "cn6_palsy, papilledema, cushing_triad separated by ; (an empty word is not one)")),
        errorsOf("icp", "focal_edema;"));
    assertEquals(List.of(error("other_cause", "none", "one or more of encephalopathy, consciousness, seizure, motor, "
        + "icp, fever, hypotension, hypoxia separated by ; (\"none\" is not one)")), errorsOf("other_cause", "none"));
    assertEquals(List.of(error("death_from", "ICANS", "one or more of icans, crs separated by ; (\"ICANS\" is not one)")),
        errorsOf("death_from", "ICANS"));
  }

  @Test
  void noneWithAFindingContradictsItself() {
    assertEquals(List.of(error("motor", "none;tremor", "none, or one or more of tremor, myoclonus, hemiparesis, "
        + "paraparesis separated by ; (none with a finding contradicts itself)")), errorsOf("motor", "none;tremor"));
    assertEquals(List.of(error("icp", "papilledema;none", "none, or one or more of focal_edema, diffuse_edema, "
        + "posturing, cn6_palsy, papilledema, cushing_triad separated by ; (none with a finding contradicts itself)")),
        errorsOf("icp", "papilledema;none"));
  }

  @Test
  void duplicatedWordsInAListAreFine() {
    Cli.Result r = Cli.grade(HEADER + "\n" + row("P", "motor", "tremor;tremor", "other_cause", "motor;motor") + "\n");
    assertEquals(0, r.exit(), r.err());
  }

  @Test
  void iceTasksAreAllFiveOrNone() {
    assertEquals(List.of(
        error("ice_writing", "", "an integer from 0 to 1, required because ice_orientation, ice_naming, ice_commands, "
            + "ice_attention are given: all five ICE tasks or none")),
        errorsOf("ice_orientation", "4", "ice_naming", "3", "ice_commands", "1", "ice_attention", "1"));
    assertEquals(4, errorsOf("ice_naming", "2").size(), "one fault per missing task");
  }

  @Test
  void iceTasksMustAddUpToTheScore() {
    assertEquals(List.of(error("ice_score", "9", "the sum of the five ICE tasks, 8, or empty")),
        errorsOf("ice_score", "9", "ice_orientation", "4", "ice_naming", "2", "ice_commands", "1", "ice_writing", "0",
            "ice_attention", "1"));
  }

  @Test
  void capdItemsAreEightIntegersFromZeroToFour() {
    String allowed = "eight integers from 0 to 4 separated by ; (like 1;1;0;2;0;0;1;0)";
    assertEquals(List.of(error("capd_items", "1;1;1;1;1;1;1", allowed + "; found 7 items")),
        errorsOf("capd_items", "1;1;1;1;1;1;1"));
    assertEquals(List.of(error("capd_items", "1;1;1;1;1;1;1;1;1", allowed + "; found 9 items")),
        errorsOf("capd_items", "1;1;1;1;1;1;1;1;1"));
    assertEquals(List.of(error("capd_items", "1;1;1;5;1;1;1;1", allowed)), errorsOf("capd_items", "1;1;1;5;1;1;1;1"));
    assertEquals(List.of(error("capd_items", "1;1;1;;1;1;1;1", allowed)), errorsOf("capd_items", "1;1;1;;1;1;1;1"));
  }

  @Test
  void capdItemsMustAgreeWithTheScore() {
    // Items 1-4 reverse-scored: 3+3+3+3 + 1+1+1+1 = 16.
    assertEquals(List.of(error("capd_score", "12", "the total of capd_items, 16 (items 1-4 reverse-scored), or empty")),
        errorsOf("age_years", "8", "capd_score", "12", "capd_items", "1;1;1;1;1;1;1;1"));
    assertEquals(List.of(error("capd_score", "unable", "the total of capd_items, 16, or empty; unable only without "
        + "capd_items (a CAPD that could not be performed has no answers)")),
        errorsOf("age_years", "8", "capd_score", "unable", "capd_items", "1;1;1;1;1;1;1;1"));
    Cli.Result agree = Cli.grade(HEADER + "\n" + row("P", "age_years", "8", "capd_score", "16", "capd_items",
        "1;1;1;1;1;1;1;1") + "\n");
    assertEquals(0, agree.exit(), agree.err());
    assertTrue(agree.out().contains("\nP,5,3,encephalopathy,"), agree.out());
  }

  @Test
  void aNasalCannulaNeedsItsFlowAndOnlyADeviceHasOne() {
    assertEquals(List.of(error("oxygen_lpm", "", "a decimal number greater than 0, like 2 or 6.5, required with oxygen "
        + "nasal_cannula: the flow decides low flow (<= 6) from high flow (> 6)")),
        errorsOf("temperature_c", "39", "oxygen", "nasal_cannula"));
    assertEquals(List.of(error("oxygen_lpm", "2", "empty when oxygen is none")),
        errorsOf("oxygen", "none", "oxygen_lpm", "2"));
    assertEquals(List.of(error("oxygen_lpm", "2", "empty when oxygen is empty: a flow needs its device in oxygen")),
        errorsOf("oxygen_lpm", "2"));
    Cli.Result withMask = Cli.grade(HEADER + "\n" + row("P", "temperature_c", "39", "oxygen", "facemask",
        "oxygen_lpm", "10") + "\n");
    assertEquals(0, withMask.exit(), withMask.err());
  }

  @Test
  void everyFaultOfARowIsReported() {
    List<String> errors = errorsOf("day", "x", "seizure", "mild", "temperature_c", "50", "motor", "none;tremor");
    assertEquals(4, errors.size(), String.join("\n", errors));
    assertTrue(errors.stream().allMatch(e -> e.startsWith("standard input, line 3, column ")), errors.toString());
  }

  @Test
  void aRowWithTooFewOrTooManyFieldsIsReported() {
    String csv = "patient_id,day,age_years,ice_score\nP1,1,45,10\nP2,1,45\nP3,1,45,10,\nP4,1,45,9\n";
    Cli.Result r = Cli.grade(csv);
    assertEquals(2, r.exit());
    assertEquals(List.of(
        "standard input, line 3: a row of 3 fields is not allowed; allowed: 4 fields, as in the header",
        "standard input, line 4: a row of 5 fields is not allowed; allowed: 4 fields, as in the header",
        "icans: standard input: 2 of 4 rows not graded because of the errors above; every other row was graded"),
        r.errLines());
    assertEquals(3, r.lines().size());
  }

  @Test
  void brokenQuotingIsReportedAndReadingGoesOn() {
    String csv = "patient_id,day,age_years,ice_score\nP\"1,1,45,10\n\"P2\"x,1,45,10\nP3,1,45,10\n\"P4,1,45,10\n";
    Cli.Result r = Cli.grade(csv);
    assertEquals(2, r.exit());
    assertEquals(List.of(
        "standard input, line 2, column patient_id: value \"P\\\"1\" is not allowed; allowed: a field quoted as RFC 4180 "
            + "requires (a quote inside a field that does not start with a quote)",
        "standard input, line 3, column patient_id: value \"P2\" is not allowed; allowed: a field quoted as RFC 4180 "
            + "requires (text after the closing quote of a quoted field)",
        "standard input, line 5, column patient_id: value \"P4,1,45,10\\n\" is not allowed; allowed: a field quoted as "
            + "RFC 4180 requires (a quoted field is not closed before the end of the input)",
        "icans: standard input: 3 of 4 rows not graded because of the errors above; every other row was graded"),
        r.errLines());
    assertEquals(List.of("P3"), r.lines().stream().skip(1).map(l -> l.split(",")[0]).toList());
  }

  @Test
  void invalidUtf8InAPatientIdIsReported() {
    byte[] head = "patient_id,day,age_years\nP1,1,45\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'P', (byte) 0xE9, ',', '1', ',', '4', '5', '\n'};
    byte[] input = new byte[head.length + bad.length];
    System.arraycopy(head, 0, input, 0, head.length);
    System.arraycopy(bad, 0, input, head.length, bad.length);
    Cli.Result r = Cli.runWithInput(input, "grade", "-");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("standard input, line 3, column patient_id: value \"P\uFFFD\" is not allowed; "
        + "allowed: non-empty text (UTF-8)"), r.err());
  }

  @Test
  void errorsAreJsonLinesWithTheJsonFormat() {
    Cli.Result r = Cli.grade("patient_id,day,age_years,seizure\nP1,1,45,\"mild\nish\"\nP1,2,45,none\n",
        "--format", "jsonl");
    assertEquals(2, r.exit());
    assertEquals(List.of(
        "{\"source\":\"standard input\",\"line\":2,\"column\":\"seizure\",\"value\":\"mild\\nish\",\"allowed\":\"one of "
            + "none, rapidly_resolving, prolonged_or_repetitive\"}",
        "{\"source\":\"standard input\",\"rows\":2,\"rows_with_errors\":1}"), r.errLines());
  }
}
