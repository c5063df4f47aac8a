package org.icans.risk.internal.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Splits CSV text (RFC 4180: comma-separated, fields optionally in double quotes, a quote inside
 * quotes doubled, line breaks inside quotes kept; CRLF or LF) into records with their line numbers.
 * A byte-order mark at the start is skipped. A quote inside an unquoted field, text after a closing
 * quote, or a quote left open at the end is reported on the record, which keeps what was read.
 *
 * <p>Not thread-safe: one reader per input.
 */
public final class CsvReader {
  private final Reader in;
  private int line = 1;
  private int pushedBack = -2;
  private boolean started;

  /** A reader over {@code in}; the caller closes {@code in}. */
  public CsvReader(Reader in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /** The next record, or null at the end of the input. */
  public CsvRecord next() throws IOException {
    int c = read();
    if (c == -1) {
      return null;
    }
    int startLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    String problem = null;
    boolean quoted = false;
    boolean afterClosingQuote = false;
    boolean fieldStart = true;
    while (true) {
      if (c == -1) {
        if (quoted) {
          problem = "a quoted field is not closed before the end of the file";
        }
        fields.add(field.toString());
        break;
      }
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          int n = read();
          if (n == '"') {
            field.append('"');
          } else {
            quoted = false;
            afterClosingQuote = true;
            unread(n);
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          field.append(ch);
        }
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldStart = true;
        afterClosingQuote = false;
        c = read();
        continue;
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r') {
          int n = read();
          if (n != '\n') {
            unread(n);
          }
        }
        line++;
        fields.add(field.toString());
        break;
      } else if (ch == '"' && fieldStart) {
        quoted = true;
      } else {
        if ((ch == '"' || afterClosingQuote) && problem == null) {
          problem = ch == '"' ? "a double quote inside an unquoted field (quote the whole field and double the quote)"
              : "text after the closing quote of a field";
        }
        field.append(ch);
      }
      fieldStart = false;
      c = read();
    }
    return new CsvRecord(startLine, fields, Optional.ofNullable(problem));
  }

  private int read() throws IOException {
    int c;
    if (pushedBack != -2) {
      c = pushedBack;
      pushedBack = -2;
    } else {
      c = in.read();
    }
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        return read();
      }
    }
    return c;
  }

  private void unread(int c) {
    pushedBack = c;
  }
}
