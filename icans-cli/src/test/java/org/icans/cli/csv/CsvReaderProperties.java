package org.icans.cli.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever is written by RFC 4180, with any line ends, reads back field for field at the right line. */
class CsvReaderProperties {
  @Provide
  Arbitrary<List<List<String>>> records() {
    Arbitrary<String> field = Arbitraries.strings().withChars('a', 'b', ',', '"', '\n', '\r', ' ', ';', 'é', '€')
        .ofMaxLength(6);
    return field.list().ofMinSize(2).ofMaxSize(5).list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> lineEnds() {
    return Arbitraries.of("\n", "\r\n", "\r");
  }

  @Property(tries = 1000)
  void recordsReadBackAsWrittenAtTheirPhysicalLine(@ForAll("records") List<List<String>> records,
      @ForAll("lineEnds") String lineEnd, @ForAll boolean quoteAll, @ForAll @IntRange(min = 4, max = 40) int buffer)
      throws IOException {
    StringBuilder text = new StringBuilder();
    long[] lines = new long[records.size()];
    long line = 1;
    for (int r = 0; r < records.size(); r++) {
      lines[r] = line;
      StringBuilder record = new StringBuilder();
      for (int f = 0; f < records.get(r).size(); f++) {
        String v = records.get(r).get(f);
        boolean quote = quoteAll || v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        record.append(f == 0 ? "" : ",").append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
      }
      record.append(lineEnd);
      line += breaks(record.toString());
      text.append(record);
    }
    CsvReader reader = new CsvReader(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
        buffer);
    for (int r = 0; r < records.size(); r++) {
      assertTrue(reader.next());
      assertNull(reader.problem());
      assertEquals(lines[r], reader.line());
      assertEquals(records.get(r).size(), reader.fieldCount());
      for (int f = 0; f < reader.fieldCount(); f++) {
        assertEquals(records.get(r).get(f), reader.text(f));
      }
    }
    assertFalse(reader.next());
  }

  /** Physical line breaks: CRLF counts once, a lone CR or LF once each. */
  private static int breaks(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n' || (s.charAt(i) == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    return n;
  }
}
