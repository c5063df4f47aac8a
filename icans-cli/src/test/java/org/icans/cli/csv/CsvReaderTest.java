package org.icans.cli.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 reading, record by record, with physical line numbers. */
class CsvReaderTest {
  /** Every record as "line: field|field|...". */
  static List<String> read(String text, int bufferSize) throws IOException {
    CsvReader r = new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), bufferSize);
    List<String> records = new ArrayList<>();
    while (r.next()) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < r.fieldCount(); i++) {
        fields.add(r.text(i));
      }
      records.add(r.line() + ": " + String.join("|", fields) + (r.problem() == null ? "" : " !" + r.problem()));
    }
    return records;
  }

  @Test
  void quotedFieldsAndLineNumbers() throws IOException {
    String text = "a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",\"\"\n\n,\n";
    List<String> expected = List.of("1: a|b", "2: x,1|say \"hi\"", "3: two\r\nlines|", "6: |");
    for (int size : new int[] {4, 5, 7, 16, 1 << 16}) {
      assertEquals(expected, read(text, size), "buffer " + size);
    }
  }

  @Test
  void aLoneQuotedEmptyFieldIsARecordNotABlankLine() throws IOException {
    assertEquals(List.of("1: ", "3: x"), read("\"\"\n  \nx", 8));
  }

  @Test
  void quotingProblemsAreReportedPerRecord() throws IOException {
    assertEquals(List.of("1: a\"b|c !a quote inside a field that does not start with a quote",
        "2: x|y !text after the closing quote of a quoted field", "3: ok",
        "4: open\n !a quoted field is not closed before the end of the input"),
        read("a\"b,c\n\"x\"z,y\nok\n\"open\n", 4));
  }

  @Test
  void aByteOrderMarkIsSkippedOnlyAtTheStart() throws IOException {
    assertEquals(List.of("1: a|b"), read("\uFEFFa,b", 4));
    assertEquals(List.of("1: a|\uFEFFb"), read("a,\uFEFFb", 4));
  }

  @Test
  void utf16IsUnreadable() {
    CsvReader r = new CsvReader(new ByteArrayInputStream(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}));
    CsvFormatException e = assertThrows(CsvFormatException.class, r::next);
    assertEquals(1, e.line());
  }

  @Test
  void aQuoteNeverClosedInAHugeInputIsUnreadable() {
    InputStream endless = new InputStream() {
      int n;

      @Override
      public int read() {
        return n++ == 0 ? '"' : 'x';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
          b[off + i] = (byte) read();
        }
        return len;
      }
    };
    CsvReader r = new CsvReader(endless, 1 << 16);
    CsvFormatException e = assertThrows(CsvFormatException.class, r::next);
    assertTrue(e.getMessage().contains("never closed"), e.getMessage());
  }

  @Test
  void anEmptyInputHasNoRecord() throws IOException {
    CsvReader r = new CsvReader(new ByteArrayInputStream(new byte[0]));
    assertFalse(r.next());
    assertNull(r.problem());
  }

  /** Bytes: {@code before}, a line of {@code length} x's ended by {@code lineEnd}, then {@code after}. */
  private static InputStream withLongLine(String before, int length, String lineEnd, String after) {
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] tail = (lineEnd + after).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    java.util.Arrays.fill(all, head.length, head.length + length, (byte) 'x');
    System.arraycopy(tail, 0, all, head.length + length, tail.length);
    return new ByteArrayInputStream(all);
  }

  @Test
  void aLineTooLongIsSkippedToItsLineBreakAndReadingGoesOn() throws IOException {
    for (String lineEnd : List.of("\n", "\r\n", "\r")) {
      int length = CsvReader.MAX_RECORD_BYTES + 1000;
      CsvReader r = new CsvReader(withLongLine("a,b\n\"q\nq\",c\n", length, lineEnd, "d,e\n"), 1 << 16);
      assertTrue(r.next());
      assertEquals(1, r.line());
      assertTrue(r.next());
      assertEquals(2, r.line());
      assertTrue(r.next());
      assertEquals(4, r.line(), lineEnd);
      assertEquals(CsvRecord.WHOLE_LINE, r.problemField());
      assertEquals("a line of " + length + " bytes, longer than 8 MiB", r.problem());
      assertTrue(r.next());
      assertEquals(5, r.line(), lineEnd);
      assertNull(r.problem());
      assertEquals("d", r.text(0));
      assertFalse(r.next());
    }
  }

  @Test
  void aLineTooLongAfterAClosedQuoteIsSkippedWithTheLinesInTheQuote() throws IOException {
    int length = CsvReader.MAX_RECORD_BYTES + 10;
    CsvReader r = new CsvReader(withLongLine("\"a\nb\",", length, "\n", "d,e"), 1 << 16);
    assertTrue(r.next());
    assertEquals(CsvRecord.WHOLE_LINE, r.problemField());
    assertEquals(1, r.line());
    assertTrue(r.next());
    assertEquals(3, r.line());
    assertEquals("d", r.text(0));
  }
}
