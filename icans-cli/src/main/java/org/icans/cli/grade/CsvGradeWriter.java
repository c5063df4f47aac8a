package org.icans.cli.grade;

import java.io.IOException;
import org.icans.cli.assessment.GradedRow;
import org.icans.cli.output.ByteSink;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.icans.IcansGrade;

/** The CSV form of the {@code grade} output; see {@link GradeWriter} for the columns. */
final class CsvGradeWriter extends GradeWriter {
  CsvGradeWriter(ByteSink out, boolean explain) {
    super(out, explain);
  }

  @Override
  public void begin() throws IOException {
    out.ascii(String.join(",", COLUMNS));
    if (explain) {
      out.write(',');
      out.ascii(String.join(",", EXPLANATION_COLUMNS));
    }
    out.write('\n');
  }

  @Override
  public void accept(GradedRow row, IcansGrade icans, CrsGrade crs) throws IOException {
    Parts i = parts(icans);
    Parts c = parts(crs);
    ByteSink o = out;
    byte[] b = row.buffer();
    o.csvField(b, row.patientIdStart(), row.patientIdEnd());
    o.write(',');
    // The day exactly as written: the parser accepted only plain decimals, which need no quotes.
    o.write(b, row.dayStart(), row.dayEnd());
    o.write(',');
    o.write(i.grade());
    o.write(c.grade());
    o.write(i.details());
    o.write(c.details());
    o.integer(row.line());
    if (explain) {
      o.write(',');
      o.write(i.explanation());
      o.write(',');
      o.write(c.explanation());
    }
    o.write('\n');
  }

  /** {@code icans_grade,icans_drivers,icans_complete,} and {@code icans_tool,icans_not_assessed,}. */
  @Override
  Parts render(IcansGrade g) {
    String grade = (g.isGraded() ? Integer.toString(g.gradeOrMinusOne()) : "") + ","
        + String.join(";", drivers(g)) + "," + g.isComplete() + ",";
    String details = tool(g) + "," + String.join(";", notAssessed(g)) + ",";
    return new Parts(ascii(grade), ascii(details), explain ? bytes(s -> s.csvField(g.summary())) : null);
  }

  /** {@code crs_grade,} and {@code crs_drivers,crs_complete,}. */
  @Override
  Parts render(CrsGrade g) {
    String grade = (g.isGraded() ? Integer.toString(g.gradeOrMinusOne()) : "") + ",";
    String details = String.join(";", drivers(g)) + "," + g.isComplete() + ",";
    return new Parts(ascii(grade), ascii(details), explain ? bytes(s -> s.csvField(g.summary())) : null);
  }
}
