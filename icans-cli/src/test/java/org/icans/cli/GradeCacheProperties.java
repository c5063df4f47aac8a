package org.icans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.cli.assessment.AssessmentRow;
import org.icans.cli.assessment.GradeCache;
import org.icans.cli.assessment.Header;
import org.icans.cli.assessment.HeaderException;
import org.icans.cli.assessment.RowParser;
import org.icans.cli.csv.CsvReader;
import org.icans.grading.crs.CrsGrader;
import org.icans.grading.icans.IcansGrader;

/**
 * The grade cache never changes a grade: for any valid row, with whatever rows came before it, the
 * cached result is the one the library gives for the row's own observations.
 */
class GradeCacheProperties {
  // Shared by all tries, so that rows meet entries left by earlier, different rows.
  private static final GradeCache CACHE = new GradeCache();

  @Provide
  Arbitrary<List<Map<String, String>>> rows() {
    return ValidRows.rows().list().ofMinSize(1).ofMaxSize(20);
  }

  @Property(tries = 1000)
  void cachedGradesAreTheLibrarysGrades(@ForAll("rows") List<Map<String, String>> rows)
      throws IOException, HeaderException {
    String csv = ValidRows.file(ValidRows.COLUMNS, rows);
    CsvReader reader = new CsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    RowParser parser = new RowParser(Header.read(reader));
    AssessmentRow row = new AssessmentRow();
    while (reader.next()) {
      assertEquals(List.of(), parser.parse(reader, row));
      assertSame(IcansGrader.grade(row.icansObservation(), row.tool()), CACHE.icans(row));
      assertSame(CrsGrader.grade(row.crsObservation()), CACHE.crs(row));
    }
  }
}
