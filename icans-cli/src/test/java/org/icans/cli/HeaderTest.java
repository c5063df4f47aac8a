package org.icans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A header with an unknown, duplicated or missing required column makes the file unreadable: exit 1, no output. */
class HeaderTest {
  private static void assertUnreadable(String csv, List<String> expectedErrors) {
    Cli.Result r = Cli.grade(csv);
    assertEquals(1, r.exit());
    assertEquals("", r.out(), "nothing is written when every row would be misread");
    assertEquals(expectedErrors, r.errLines());
    Cli.Result s = Cli.summarize(csv);
    assertEquals(1, s.exit());
    assertEquals("", s.out());
  }

  private static final String ALL = "patient_id, day, age_years, developmental_delay, ice_score, ice_orientation, "
      + "ice_naming, ice_commands, ice_writing, ice_attention, capd_score, capd_items, consciousness, seizure, motor, "
      + "icp, other_cause, death_from, temperature_c, fever_masked, hypotension, oxygen, oxygen_lpm";
  private static final String STOP = "icans: standard input: the header is unusable, so no row was read";

  @Test
  void unknownColumnsAreNamedWithASuggestion() {
    assertUnreadable("patient_id,day,age_years,seizures,Ice_Score,foo\nP1,1,45,none,10,x\n", List.of(
        "standard input, line 1, column column 4: value \"seizures\" is not allowed; allowed: the names of the contract "
            + "(did you mean seizure?): " + ALL,
        "standard input, line 1, column column 5: value \"Ice_Score\" is not allowed; allowed: the names of the "
            + "contract (did you mean ice_score?): " + ALL,
        "standard input, line 1, column column 6: value \"foo\" is not allowed; allowed: the names of the contract: "
            + ALL,
        STOP));
  }

  @Test
  void aTrailingCommaInTheHeaderIsAnEmptyUnknownColumn() {
    assertUnreadable("patient_id,day,age_years,\nP1,1,45,\n", List.of(
        "standard input, line 1, column column 4: value \"\" is not allowed; allowed: the names of the contract: " + ALL,
        STOP));
  }

  @Test
  void duplicatedColumns() {
    assertUnreadable("patient_id,day,age_years,day\nP1,1,45,2\n", List.of(
        "standard input, line 1, column column 4: value \"day\" is not allowed; allowed: each column once; day is "
            + "already column 2",
        STOP));
  }

  @Test
  void missingRequiredColumns() {
    assertUnreadable("patient_id,ice_score\nP1,10\n", List.of(
        "standard input, line 1: a header without day is not allowed; allowed: a header with every required column: "
            + "patient_id, day, age_years",
        "standard input, line 1: a header without age_years is not allowed; allowed: a header with every required "
            + "column: patient_id, day, age_years",
        STOP));
  }

  @Test
  void anEmptyFileHasNoHeader() {
    assertUnreadable("", List.of(
        "standard input, line 1: an empty input is not allowed; allowed: a header line naming the columns, then one "
            + "line per assessment",
        STOP));
    assertUnreadable("\n\n  \n", List.of(
        "standard input, line 1: an empty input is not allowed; allowed: a header line naming the columns, then one "
            + "line per assessment",
        STOP));
  }

  @Test
  void aHeaderAloneIsAFileWithoutRows() {
    Cli.Result r = Cli.summarize("patient_id,day,age_years\n");
    assertEquals(0, r.exit());
    assertEquals(1, r.lines().size());
  }
}
