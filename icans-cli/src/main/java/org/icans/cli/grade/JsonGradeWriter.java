package org.icans.cli.grade;

import java.io.IOException;
import org.icans.cli.assessment.GradedRow;
import org.icans.cli.assessment.Decimals;
import org.icans.cli.output.ByteSink;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.icans.IcansGrade;

/**
 * The JSON Lines form of the {@code grade} output: one object per graded row with the same names
 * as the CSV columns ({@link GradeWriter}); grades, days and lines are numbers, a missing grade is
 * {@code null}, lists are arrays of words, flags are booleans.
 */
final class JsonGradeWriter extends GradeWriter {
  JsonGradeWriter(ByteSink out, boolean explain) {
    super(out, explain);
  }

  @Override
  public void begin() {
    // JSON Lines has no header.
  }

  @Override
  public void accept(GradedRow row, IcansGrade icans, CrsGrade crs) throws IOException {
    Parts i = parts(icans);
    Parts c = parts(crs);
    ByteSink o = out;
    o.ascii("{\"patient_id\":");
    o.jsonString(row.buffer(), row.patientIdStart(), row.patientIdEnd());
    o.ascii(",\"day\":");
    day(row);
    o.write(i.grade());
    o.write(c.grade());
    o.write(i.details());
    o.write(c.details());
    o.ascii(",\"line\":");
    o.integer(row.line());
    if (explain) {
      o.ascii(",\"icans_explanation\":");
      o.write(i.explanation());
      o.ascii(",\"crs_explanation\":");
      o.write(c.explanation());
    }
    o.ascii("}\n");
  }

  /** The day as a JSON number: as written unless it has leading zeros, which JSON does not allow. */
  private void day(GradedRow row) throws IOException {
    byte[] b = row.buffer();
    int s = row.dayStart();
    int digit = b[s] == '-' ? s + 1 : s;
    if (b[digit] == '0' && digit + 1 < row.dayEnd() && b[digit + 1] != '.') {
      out.ascii(Decimals.format(row.day()));
    } else {
      out.write(b, s, row.dayEnd());
    }
  }

  @Override
  Parts render(IcansGrade g) {
    String grade = ",\"icans_grade\":" + (g.isGraded() ? Integer.toString(g.gradeOrMinusOne()) : "null")
        + ",\"icans_drivers\":" + array(drivers(g)) + ",\"icans_complete\":" + g.isComplete();
    String details = ",\"icans_tool\":\"" + tool(g) + "\",\"icans_not_assessed\":" + array(notAssessed(g));
    return new Parts(ascii(grade), ascii(details), explain ? bytes(s -> s.jsonString(g.summary())) : null);
  }

  @Override
  Parts render(CrsGrade g) {
    String grade = ",\"crs_grade\":" + (g.isGraded() ? Integer.toString(g.gradeOrMinusOne()) : "null");
    String details = ",\"crs_drivers\":" + array(drivers(g)) + ",\"crs_complete\":" + g.isComplete();
    return new Parts(ascii(grade), ascii(details), explain ? bytes(s -> s.jsonString(g.summary())) : null);
  }

  /** Words (ASCII, no quotes or escapes) as a JSON array. */
  private static String array(String[] words) {
    return words.length == 0 ? "[]" : "[\"" + String.join("\",\"", words) + "\"]";
  }
}
