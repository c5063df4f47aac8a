package org.icans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.cli.assessment.AssessmentRow;
import org.icans.cli.assessment.Header;
import org.icans.cli.assessment.HeaderException;
import org.icans.cli.assessment.RowParser;
import org.icans.cli.csv.CsvReader;
import org.icans.model.assessment.Assessment;

/**
 * A row written from any valid assessment a row can hold (icans-testing's, without weight or
 * product) reads back as that assessment, however the text writes it: totals beside their tasks
 * or not, {@code false} or empty, lists in either order.
 */
class RowRoundTripProperties {

  @Provide
  Arbitrary<Assessment> assessments() {
    return ValidRows.assessments();
  }

  @Property(tries = 1000)
  void aRowReadsBackAsTheAssessmentItWasWrittenFrom(@ForAll("assessments") Assessment a, @ForAll boolean totals,
      @ForAll boolean falseAsEmpty, @ForAll boolean reversed) throws IOException, HeaderException {
    String csv = ValidRows.file(ValidRows.COLUMNS, List.of(ValidRows.cells(a, totals, falseAsEmpty, reversed)));
    CsvReader reader = new CsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    RowParser parser = new RowParser(Header.read(reader));
    AssessmentRow row = new AssessmentRow();
    assertTrue(reader.next(), csv);
    assertEquals(List.of(), parser.parse(reader, row), csv);
    assertEquals(a, row.assessment(), csv);
  }
}
