package org.icans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icans.cli.csv.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file is read as RFC 4180 says, whatever the line ends, byte-order mark, quoting or blank lines. */
class InputFormatTest {
  static final String ROWS = "patient_id,day,age_years,ice_score\nP1,1,45,10\nP1,2,45,8\nP2,1,8,\n";

  private static List<String> firstThreeColumns(Cli.Result r) {
    return r.lines().stream().map(l -> String.join(",", List.of(l.split(",", -1)).subList(0, 3))).toList();
  }

  @Test
  void windowsLineEndsReadLikeUnixOnes() {
    Cli.Result unix = Cli.grade(ROWS);
    Cli.Result windows = Cli.grade(ROWS.replace("\n", "\r\n"));
    assertEquals(0, windows.exit(), windows.err());
    assertEquals(unix.out(), windows.out());
  }

  @Test
  void oldMacLineEndsAndAMissingFinalLineEndAreRead() {
    Cli.Result unix = Cli.grade(ROWS);
    assertEquals(unix.out(), Cli.grade(ROWS.replace("\n", "\r")).out());
    assertEquals(unix.out(), Cli.grade(ROWS.substring(0, ROWS.length() - 1)).out());
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = ROWS.getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, input, 0, 3);
    System.arraycopy(text, 0, input, 3, text.length);
    Cli.Result r = Cli.runWithInput(input, "grade", "-");
    assertEquals(0, r.exit(), r.err());
    assertEquals(Cli.grade(ROWS).out(), r.out());
  }

  @Test
  void utf16IsRefusedAsUnreadable() {
    byte[] text = ROWS.getBytes(StandardCharsets.UTF_16LE);
    byte[] input = new byte[text.length + 2];
    input[0] = (byte) 0xFF;
    input[1] = (byte) 0xFE;
    System.arraycopy(text, 0, input, 2, text.length);
    Cli.Result r = Cli.runWithInput(input, "grade", "-");
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("UTF-16"), r.err());
  }

  @Test
  void blankLinesAreSkippedAndLinesStillCounted() {
    Cli.Result r = Cli.grade("\npatient_id,day,age_years,ice_score\n\nP1,1,45,10\n   \n\t\r\nP1,2,45,8\n\n");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("P1,1,0,,false,,ice,consciousness;seizure;motor;icp,,false,4",
        "P1,2,1,encephalopathy,false,,ice,consciousness;seizure;motor;icp,,false,7"), r.lines().subList(1, 3));
  }

  @Test
  void quotedFieldsWithCommasQuotesAndNewlinesKeepPhysicalLineNumbers() {
    String csv = "patient_id,day,age_years,ice_score,motor\n"
        + "\"A,1\",\"1\",45,\"10\",\"tremor;myoclonus\"\n"
        + "\"B\nsecond line\r\nthird line\",2,45,9,none\n"
        + "\"C \"\"the\"\" patient\",3,45,x,none\n"
        + "D,4,45,8,\"\"\n";
    Cli.Result r = Cli.grade(csv);
    assertEquals(2, r.exit());
    assertTrue(r.out().contains("\n\"A,1\",1,0,,false,"), r.out());
    assertTrue(r.out().contains("\n\"B\nsecond line\r\nthird line\",2,1,encephalopathy,false,,ice,"
        + "consciousness;seizure;icp,,false,3\n"), r.out());
    // The record after the three-line field starts on physical line 6.
    assertEquals(List.of("standard input, line 6, column ice_score: value \"x\" is not allowed; allowed: an integer "
        + "from 0 to 10", "icans: standard input: 1 of 4 rows not graded because of the errors above; every other row "
        + "was graded"), r.errLines());
    assertTrue(r.out().endsWith("\nD,4,1,encephalopathy,false,,ice,consciousness;seizure;motor;icp,,false,7\n"),
        r.out());
  }

  @Test
  void columnsMayComeInAnyOrder() {
    Cli.Result r = Cli.grade("ice_score,age_years,day,patient_id\n10,45,1,P1\n8,45,2,P1\n");
    assertEquals(Cli.grade("patient_id,day,age_years,ice_score\nP1,1,45,10\nP1,2,45,8\n").out(), r.out());
  }

  @Test
  void standardInputIsReadWithADash(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.csv");
    Files.writeString(file, ROWS);
    Cli.Result fromFile = Cli.run("grade", file.toString());
    Cli.Result fromStdin = Cli.runWithInput(ROWS, "grade", "-");
    assertEquals(0, fromFile.exit());
    assertEquals(fromFile.out(), fromStdin.out());
    assertEquals(List.of("patient_id,day,icans_grade", "P1,1,0", "P1,2,1", "P2,1,"), firstThreeColumns(fromStdin));
  }

  @Test
  void aLargeFileCrossesManyBufferRefills() {
    StringBuilder s = new StringBuilder("patient_id,day,age_years,ice_score,motor\n");
    for (int i = 0; i < 20_000; i++) {
      s.append('"').append("patient ").append(i % 97).append(",\nx\"").append(',').append(i % 30).append(",45,")
          .append(i % 11).append(",\"tremor\"\n");
    }
    Cli.Result r = Cli.grade(s.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().endsWith(",40000\n"), r.out().substring(r.out().length() - 100));
  }

  @Test
  void aLineLongerThanTheReadersLimitIsReportedAndTheRowsAfterItAreGraded() {
    // Issue 14, finding 5: a 9 MB line without a quote used to end the file, blaming a quote.
    String longLine = "P2,1,45," + "9".repeat(CsvReader.MAX_RECORD_BYTES + 1000);
    Cli.Result r = Cli.grade("patient_id,day,age_years,ice_score\nP1,1,45,10\n" + longLine + "\nP3,1,45,8\n");
    assertEquals(2, r.exit(), r.err());
    Cli.Result without = Cli.grade("patient_id,day,age_years,ice_score\nP1,1,45,10\nP3,1,45,8\n");
    assertEquals(firstThreeColumns(without), firstThreeColumns(r));
    assertEquals(List.of("standard input, line 3: a line of " + longLine.length() + " bytes, longer than 8 MiB is "
        + "not allowed; allowed: a line of at most 8 MiB (it was skipped; reading went on with the next line)",
        "icans: standard input: 1 of 3 rows not graded because of the errors above; every other row was graded"),
        r.errLines());
  }
}
