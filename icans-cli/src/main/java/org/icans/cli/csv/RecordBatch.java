package org.icans.cli.csv;

import java.io.IOException;
import java.util.Arrays;

/**
 * A few thousand consecutive records copied out of a {@link CsvReader}, so that they can be handed
 * to another thread while the reader goes on. Also a {@link CsvRecord} view of the record chosen
 * with {@link #at(int)}.
 *
 * <p>A batch is filled by one thread and then read by others, one at a time, with a happens-before
 * edge in between (a blocking queue); it is reused after {@link #clear()}. A failure of the reader
 * is kept in the batch, behind the records read before it, and ends the input.
 */
public final class RecordBatch implements CsvRecord {
  /** The most records a batch holds by default. */
  public static final int CAPACITY = 2048;

  /** The records a batch has room for at first; it grows as records come, up to its capacity. */
  private static final int FIRST_RECORDS = 64;
  /** The bytes a batch has room for at first. */
  private static final int FIRST_BYTES = 1 << 13;
  /** The free room below which a full-grown batch is handed on rather than grown for one more record. */
  private static final int ROOM = 4096;

  private final int capacity;
  /** The bytes a full-grown batch holds: 128 per record, a generous row of the assessment file. */
  private final int fullBytes;
  private byte[] data;
  private int used;
  private int[] starts;
  private int[] ends;
  private int fields;
  private int[] firstField;
  private long[] lines;
  private String[] problems;
  private int[] problemFields;
  private int size;
  private int cursor;
  private boolean last;
  private Throwable failure;

  /** An empty batch of {@link #CAPACITY} records. */
  public RecordBatch() {
    this(CAPACITY);
  }

  /** An empty batch of at most {@code capacity} records (small ones exercise hand-overs in tests). */
  public RecordBatch(int capacity) {
    this.capacity = capacity;
    this.fullBytes = Math.max(FIRST_BYTES, capacity * 128);
    int records = Math.min(capacity, FIRST_RECORDS);
    this.data = new byte[FIRST_BYTES];
    this.starts = new int[records * 24];
    this.ends = new int[records * 24];
    this.firstField = new int[records + 1];
    this.lines = new long[records];
    this.problems = new String[records];
    this.problemFields = new int[records];
  }

  /** The most records this batch holds. */
  public int capacity() {
    return capacity;
  }

  /** Empties the batch for reuse. */
  public RecordBatch clear() {
    used = 0;
    fields = 0;
    size = 0;
    last = false;
    failure = null;
    Arrays.fill(problems, null);
    return this;
  }

  /**
   * Reads records from {@code reader} until the batch is full or the input ends. A failure of the
   * reader ends the input: it is kept, for {@link #failure()}, and not thrown.
   */
  public void fill(CsvReader reader) {
    while (size < capacity) {
      boolean more;
      try {
        more = reader.next();
      } catch (IOException | RuntimeException e) {
        failure = e;
        more = false;
      }
      if (!more) {
        last = true;
        return;
      }
      if (!fits(reader)) {
        // The record is read already: it goes in this batch, which grows past its usual size.
        data = Arrays.copyOf(data, Math.max(data.length * 2, used + span(reader)));
      }
      add(reader);
      if (!fitsAnother()) {
        return;
      }
    }
  }

  /** The number of records. */
  public int size() {
    return size;
  }

  /** Whether the input ended with this batch (at its end, or by a failure). */
  public boolean last() {
    return last;
  }

  /** What stopped the reader, or null. */
  public Throwable failure() {
    return failure;
  }

  /** This batch as a view of its record {@code k} (0-based). */
  public CsvRecord at(int k) {
    cursor = k;
    return this;
  }

  private static int span(CsvReader r) {
    return r.end(r.fieldCount() - 1) - r.start(0);
  }

  private boolean fits(CsvReader r) {
    return used + span(r) <= data.length;
  }

  /**
   * Whether a record of a few kilobytes still fits, growing the batch towards its full size first
   * if need be; else the batch is handed on before it must grow past that.
   */
  private boolean fitsAnother() {
    if (data.length - used >= ROOM) {
      return true;
    }
    if (data.length < fullBytes) {
      data = Arrays.copyOf(data, Math.min(fullBytes, Math.max(data.length * 2, used + ROOM)));
      return true;
    }
    return false;
  }

  private void add(CsvReader r) {
    if (size == lines.length) {
      int records = Math.min(capacity, size * 2);
      firstField = Arrays.copyOf(firstField, records + 1);
      lines = Arrays.copyOf(lines, records);
      problems = Arrays.copyOf(problems, records);
      problemFields = Arrays.copyOf(problemFields, records);
    }
    int n = r.fieldCount();
    int from = r.start(0);
    int span = span(r);
    System.arraycopy(r.buffer(), from, data, used, span);
    if (fields + n > starts.length) {
      starts = Arrays.copyOf(starts, Math.max(starts.length * 2, fields + n));
      ends = Arrays.copyOf(ends, starts.length);
    }
    int shift = used - from;
    firstField[size] = fields;
    for (int i = 0; i < n; i++) {
      starts[fields + i] = r.start(i) + shift;
      ends[fields + i] = r.end(i) + shift;
    }
    fields += n;
    firstField[size + 1] = fields;
    lines[size] = r.line();
    problems[size] = r.problem();
    problemFields[size] = r.problemField();
    used += span;
    size++;
  }

  @Override
  public long line() {
    return lines[cursor];
  }

  @Override
  public int fieldCount() {
    return firstField[cursor + 1] - firstField[cursor];
  }

  @Override
  public byte[] buffer() {
    return data;
  }

  @Override
  public int start(int i) {
    return starts[firstField[cursor] + i];
  }

  @Override
  public int end(int i) {
    return ends[firstField[cursor] + i];
  }

  @Override
  public String problem() {
    return problems[cursor];
  }

  @Override
  public int problemField() {
    return problemFields[cursor];
  }
}
