package org.icans.risk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.icans.risk.internal.csv.CsvReader;
import org.icans.risk.internal.csv.CsvRecord;
import org.junit.jupiter.api.Test;

/** RFC 4180 tokenizing with line numbers. */
class CsvReaderTest {

  @Test
  void splitsQuotedFieldsAndCountsLinesInsideThem() throws IOException {
    CsvReader r = new CsvReader(new StringReader("a,\"b,c\",\"d\"\"e\"\r\n\"multi\nline\",x\n\nlast"));
    CsvRecord one = r.next();
    assertEquals(1, one.line());
    assertEquals(List.of("a", "b,c", "d\"e"), one.fields());
    CsvRecord two = r.next();
    assertEquals(2, two.line());
    assertEquals(List.of("multi\nline", "x"), two.fields());
    CsvRecord blank = r.next();
    assertEquals(4, blank.line());
    assertTrue(blank.isBlank());
    CsvRecord last = r.next();
    assertEquals(5, last.line());
    assertEquals(List.of("last"), last.fields());
    assertNull(r.next());
  }

  @Test
  void reportsQuotingErrorsOnTheRecord() throws IOException {
    assertTrue(new CsvReader(new StringReader("a\"b,c\n")).next().problem().isPresent());
    assertTrue(new CsvReader(new StringReader("\"a\"b,c\n")).next().problem().isPresent());
    assertTrue(new CsvReader(new StringReader("\"open,c\n")).next().problem().isPresent());
  }
}
