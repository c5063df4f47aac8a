package org.icans.cli.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads the records of an RFC 4180 CSV file from a byte stream, one at a time, without decoding
 * characters and without allocating per record.
 *
 * <p>The reader works on UTF-8 bytes directly: the separators ({@code ,}, {@code "}, CR, LF) are
 * ASCII, and no byte of a multi-byte UTF-8 sequence is below 0x80, so a byte scan finds them
 * exactly. It accepts CRLF, LF and lone CR line ends, skips a UTF-8 byte-order mark and blank
 * lines (empty or only spaces and tabs), and reads quoted fields with commas, doubled quotes and
 * line breaks inside. {@link #line()} is the physical line on which the current record starts,
 * counting the line breaks inside quoted fields.
 *
 * <p>Quoting that breaks RFC 4180 (a quote inside an unquoted field, text after a closing quote, a
 * quoted field not closed before the end of the input) does not stop the reader: the record is
 * returned with a {@link #problem()} so that the caller can report it and go on. So is a line
 * longer than {@value #MAX_RECORD_BYTES} bytes without an open quote: it is skipped up to its line
 * break and returned as one empty field with the problem at {@link CsvRecord#WHOLE_LINE}, so that
 * the rows after it are read. The input is unreadable as a whole ({@link CsvFormatException}) only
 * when it is UTF-16 or a quoted field is still open after {@value #MAX_RECORD_BYTES} bytes.
 *
 * <p>The fields of the current record are views into an internal buffer, valid until the next
 * call to {@link #next()}. Not thread-safe.
 */
public final class CsvReader implements CsvRecord {
  /** The longest record accepted, in bytes (8 MiB). */
  public static final int MAX_RECORD_BYTES = 8 << 20;

  /** The bytes that end or quote a field: comma, quote, CR, LF. */
  private static final boolean[] SPECIAL = new boolean[256];

  static {
    SPECIAL[','] = true;
    SPECIAL['"'] = true;
    SPECIAL['\r'] = true;
    SPECIAL['\n'] = true;
  }

  private static final int RECORD = 0;
  private static final int NEED_MORE = 1;
  private static final int END = 2;

  private final InputStream in;
  private byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private boolean started;
  private long nextLine = 1;

  private int count;
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private boolean[] quoted = new boolean[32];
  private boolean[] escaped = new boolean[32];
  private int breaks;
  private long line;
  private String problem;
  private int problemField;
  /** Of an over-long record: the line breaks inside its quoted fields, and where the last one ends. */
  private int quotedBreaks;
  private int afterQuotes;

  /** A reader of {@code in} with a 256 KiB buffer; the caller closes the stream. */
  public CsvReader(InputStream in) {
    this(in, 1 << 18);
  }

  /** A reader with a given initial buffer size (small sizes exercise refills in tests). */
  public CsvReader(InputStream in, int bufferSize) {
    this.in = in;
    this.buf = new byte[Math.max(4, bufferSize)];
  }

  /**
   * Advances to the next record, skipping blank lines.
   *
   * @return false at the end of the input
   * @throws CsvFormatException if the input is UTF-16 or a record is too long to be a record
   * @throws IOException if the stream cannot be read
   */
  public boolean next() throws IOException {
    if (!started) {
      start();
    }
    for (;;) {
      int result = scan();
      if (result == NEED_MORE) {
        if (fill()) {
          return true;
        }
        continue;
      }
      if (result == END) {
        count = 0;
        return false;
      }
      line = nextLine;
      nextLine += breaks;
      if (isBlank()) {
        continue;
      }
      for (int i = 0; i < count; i++) {
        if (escaped[i]) {
          unescape(i);
        }
      }
      return true;
    }
  }

  /** The physical line (1-based) on which the current record starts. */
  @Override
  public long line() {
    return line;
  }

  /** The number of fields of the current record. */
  @Override
  public int fieldCount() {
    return count;
  }

  /** The buffer holding the current record's bytes; valid until {@link #next()}. */
  @Override
  public byte[] buffer() {
    return buf;
  }

  /** Where field {@code i} (0-based) starts in {@link #buffer()}. */
  @Override
  public int start(int i) {
    return starts[i];
  }

  /** Where field {@code i} ends (exclusive) in {@link #buffer()}; doubled quotes are already undone. */
  @Override
  public int end(int i) {
    return ends[i];
  }

  /** Whether field {@code i} was written in quotes. */
  public boolean quoted(int i) {
    return quoted[i];
  }

  /** What is wrong with the quoting of the current record, or null when nothing is. */
  @Override
  public String problem() {
    return problem;
  }

  /** The field (0-based) where {@link #problem()} was found. */
  @Override
  public int problemField() {
    return problemField;
  }

  private void start() throws IOException {
    started = true;
    while (limit < 3 && !eof) {
      read();
    }
    if (limit >= 2 && ((buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE)
        || (buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF))) {
      throw new CsvFormatException(1, "the input is UTF-16 (it starts with a UTF-16 byte-order mark); "
          + "save it as UTF-8");
    }
    if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      pos = 3;
    }
  }

  private void read() throws IOException {
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }

  /**
   * Makes room after the unfinished record at {@code pos} and reads more of the input.
   *
   * @return true when the record was a line too long to hold, now skipped and made the current
   *     record ({@link CsvRecord#WHOLE_LINE})
   */
  private boolean fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      if (buf.length >= MAX_RECORD_BYTES) {
        if (insideQuotes(limit)) {
          throw new CsvFormatException(nextLine, "the record starting here is longer than "
              + (MAX_RECORD_BYTES >> 20) + " MiB: a quoted field in it is never closed within "
              + (MAX_RECORD_BYTES >> 20) + " MiB");
        }
        skipLine();
        return true;
      }
      buf = Arrays.copyOf(buf, Math.min(MAX_RECORD_BYTES, buf.length * 2));
    }
    read();
    return false;
  }

  /**
   * Whether the unfinished record in {@code buf[0..end)} ends inside a quoted field. It holds no
   * line break outside quotes (that would have ended it), so when this is false it is one
   * physical line.
   */
  private boolean insideQuotes(int end) {
    boolean inside = false;
    boolean fieldStart = true;
    quotedBreaks = 0;
    afterQuotes = 0;
    for (int p = 0; p < end; p++) {
      byte c = buf[p];
      if (inside) {
        if (c == '"') {
          if (p + 1 < end && buf[p + 1] == '"') {
            p++;
          } else {
            inside = false;
            afterQuotes = p + 1;
          }
        } else if (c == '\n' || (c == '\r' && (p + 1 == end || buf[p + 1] != '\n'))) {
          quotedBreaks++;
        }
        fieldStart = false;
      } else {
        inside = c == '"' && fieldStart;
        fieldStart = c == ',';
      }
    }
    return inside;
  }

  /**
   * Skips the over-long line at the start of the buffer up to and including its line break, and
   * makes it the current record: one empty field, with its length as the problem.
   */
  private void skipLine() throws IOException {
    long length = 0;
    int p = afterQuotes;
    for (;;) {
      while (p < limit && buf[p] != '\n' && buf[p] != '\r') {
        p++;
      }
      length += p;
      if (p < limit || eof) {
        break;
      }
      limit = 0;
      p = 0;
      read();
    }
    if (p < limit && buf[p] == '\r') {
      p++;
      if (p == limit && !eof) {
        // The LF of a CRLF may be the next byte read.
        limit = 0;
        p = 0;
        read();
      }
      if (p < limit && buf[p] == '\n') {
        p++;
      }
    } else if (p < limit) {
      p++;
    }
    pos = p;
    count = 1;
    starts[0] = p;
    ends[0] = p;
    quoted[0] = false;
    escaped[0] = false;
    problem = "a line of " + length + " bytes, longer than " + (MAX_RECORD_BYTES >> 20) + " MiB";
    problemField = WHOLE_LINE;
    line = nextLine;
    nextLine += quotedBreaks + 1;
  }

  private void ensureField(int n) {
    if (n == starts.length) {
      int size = n * 2;
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      quoted = Arrays.copyOf(quoted, size);
      escaped = Arrays.copyOf(escaped, size);
    }
  }

  /**
   * Scans one record from {@code pos}. Returns NEED_MORE, without side effects that matter, when the
   * buffer ends before the record does and more input may follow: the scan then restarts from the
   * record's start after {@link #fill()}. Doubled quotes are undone only once the record is whole.
   */
  private int scan() {
    final byte[] b = buf;
    final int lim = limit;
    int p = pos;
    if (p >= lim) {
      return eof ? END : NEED_MORE;
    }
    int n = 0;
    int lineBreaks = 0;
    problem = null;
    for (;;) {
      ensureField(n);
      if (p < lim && b[p] == '"') {
        int start = p + 1;
        boolean esc = false;
        p = start;
        for (;;) {
          if (p >= lim) {
            if (!eof) {
              return NEED_MORE;
            }
            starts[n] = start;
            ends[n] = p;
            quoted[n] = true;
            escaped[n] = esc;
            setProblem("a quoted field is not closed before the end of the input", n);
            count = n + 1;
            breaks = lineBreaks;
            pos = p;
            return RECORD;
          }
          byte c = b[p];
          if (c == '"') {
            if (p + 1 >= lim && !eof) {
              return NEED_MORE;
            }
            if (p + 1 < lim && b[p + 1] == '"') {
              esc = true;
              p += 2;
              continue;
            }
            break;
          }
          if (c == '\n') {
            lineBreaks++;
          } else if (c == '\r') {
            if (p + 1 >= lim && !eof) {
              return NEED_MORE;
            }
            // CRLF is one line break: count it at the LF.
            if (p + 1 >= lim || b[p + 1] != '\n') {
              lineBreaks++;
            }
          }
          p++;
        }
        starts[n] = start;
        ends[n] = p;
        quoted[n] = true;
        escaped[n] = esc;
        p++;
        if (p >= lim) {
          if (!eof) {
            return NEED_MORE;
          }
        } else {
          byte c = b[p];
          if (c != ',' && c != '\r' && c != '\n') {
            setProblem("text after the closing quote of a quoted field", n);
            while (p < lim && b[p] != ',' && b[p] != '\r' && b[p] != '\n') {
              p++;
            }
            if (p >= lim && !eof) {
              return NEED_MORE;
            }
          }
        }
      } else {
        int start = p;
        while (p < lim) {
          byte c = b[p];
          // One table load per byte instead of four comparisons: most bytes are plain.
          if (SPECIAL[c & 0xFF]) {
            if (c != '"') {
              break;
            }
            setProblem("a quote inside a field that does not start with a quote", n);
          }
          p++;
        }
        if (p >= lim && !eof) {
          return NEED_MORE;
        }
        starts[n] = start;
        ends[n] = p;
        quoted[n] = false;
        escaped[n] = false;
      }
      n++;
      if (p >= lim) {
        count = n;
        breaks = lineBreaks;
        pos = p;
        return RECORD;
      }
      byte d = b[p];
      if (d == ',') {
        p++;
        continue;
      }
      if (d == '\r') {
        if (p + 1 >= lim && !eof) {
          return NEED_MORE;
        }
        p += (p + 1 < lim && b[p + 1] == '\n') ? 2 : 1;
      } else {
        p++;
      }
      count = n;
      breaks = lineBreaks + 1;
      pos = p;
      return RECORD;
    }
  }

  private void setProblem(String what, int field) {
    if (problem == null) {
      problem = what;
      problemField = field;
    }
  }

  private boolean isBlank() {
    if (count != 1 || quoted[0]) {
      return false;
    }
    for (int i = starts[0]; i < ends[0]; i++) {
      if (buf[i] != ' ' && buf[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private void unescape(int i) {
    int w = starts[i];
    for (int r = starts[i]; r < ends[i]; r++) {
      buf[w++] = buf[r];
      if (buf[r] == '"') {
        r++;
      }
    }
    ends[i] = w;
  }
}
