package org.icans.cli.csv;

import java.io.IOException;

/**
 * The input cannot be read as CSV at all from some line on (it is UTF-16, or a quote is never
 * closed), as opposed to one bad record, which the reader returns with a problem and skips past.
 */
public final class CsvFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long line;

  /** A failure at {@code line} (1-based), described by {@code message}. */
  public CsvFormatException(long line, String message) {
    super("line " + line + ": " + message);
    this.line = line;
  }

  /** The physical line where reading failed. */
  public long line() {
    return line;
  }
}
