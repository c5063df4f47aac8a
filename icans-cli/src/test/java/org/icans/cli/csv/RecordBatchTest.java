package org.icans.cli.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records leave the reader whole, in order, in any number and size; a failure ends the input in its place. */
class RecordBatchTest {
  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String render(CsvRecord r) {
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < r.fieldCount(); i++) {
      fields.add(r.text(i));
    }
    return r.line() + ":" + String.join("|", fields) + (r.problem() == null ? "" : "!" + r.problem());
  }

  /** Every record of the input, read batch after batch through one reused batch. */
  private static List<String> readAll(CsvReader reader, List<Throwable> failures) {
    RecordBatch batch = new RecordBatch();
    List<String> got = new ArrayList<>();
    do {
      batch.clear().fill(reader);
      assertTrue(batch.size() <= RecordBatch.CAPACITY);
      for (int k = 0; k < batch.size(); k++) {
        got.add(render(batch.at(k)));
      }
    } while (!batch.last());
    if (batch.failure() != null) {
      failures.add(batch.failure());
    }
    return got;
  }

  @Test
  void manyBatchesOfRecordsInOrder() {
    StringBuilder s = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      s.append(i).append(",\"a \"\"").append(i).append("\"\"\nb\"\n");
      expected.add((2 * i + 1) + ":" + i + "|a \"" + i + "\"\nb");
    }
    List<Throwable> failures = new ArrayList<>();
    assertEquals(expected, readAll(new CsvReader(text(s.toString()), 64), failures));
    assertEquals(List.of(), failures);
  }

  @Test
  void aRecordLargerThanTheBufferIsCarriedWhole() {
    String big = "x".repeat(3 << 20);
    List<String> got = readAll(new CsvReader(text("a,b\n" + big + ",\"q\"z\nc,d\n")), new ArrayList<>());
    assertEquals(3, got.size());
    assertEquals("1:a|b", got.get(0));
    assertEquals("2:" + big + "|q!text after the closing quote of a quoted field", got.get(1));
    assertEquals("3:c|d", got.get(2));
  }

  @Test
  void aReadFailureEndsTheInputAfterTheRecordsBeforeIt() {
    InputStream failing = new SequenceInputStream(text("a,b\nc,d\n"), new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("device gone");
      }
    });
    List<Throwable> failures = new ArrayList<>();
    assertEquals(List.of("1:a|b", "2:c|d"), readAll(new CsvReader(failing, 4), failures));
    assertEquals("device gone", failures.get(0).getMessage());
  }

  @Test
  void anEmptyInputIsOneEmptyLastBatch() {
    RecordBatch batch = new RecordBatch();
    batch.fill(new CsvReader(text("")));
    assertEquals(0, batch.size());
    assertTrue(batch.last());
    assertNull(batch.failure());
    batch.clear();
    assertFalse(batch.last());
  }
}
