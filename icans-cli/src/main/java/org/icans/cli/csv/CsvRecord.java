package org.icans.cli.csv;

import java.nio.charset.StandardCharsets;

/**
 * One record of a CSV file: its fields as byte ranges of a buffer (UTF-8, doubled quotes already
 * undone), the physical line it starts on, and what is wrong with its quoting, if anything. A view,
 * valid until the reader moves on.
 */
public interface CsvRecord {
  /** The physical line (1-based) on which the record starts. */
  long line();

  /** The number of fields. */
  int fieldCount();

  /** The buffer holding the fields' bytes. */
  byte[] buffer();

  /** Where field {@code i} (0-based) starts in {@link #buffer()}. */
  int start(int i);

  /** Where field {@code i} ends (exclusive) in {@link #buffer()}. */
  int end(int i);

  /** What is wrong with the record's quoting, or null when nothing is. */
  String problem();

  /** The field (0-based) where {@link #problem()} was found. */
  int problemField();

  /**
   * {@link #problemField()} of a line too long to read ({@link CsvReader#MAX_RECORD_BYTES}): it was
   * skipped, and the record holds one empty field in its place.
   */
  int WHOLE_LINE = -1;

  /** Field {@code i} as text (malformed UTF-8 replaced): for headers and messages, not the hot path. */
  default String text(int i) {
    return new String(buffer(), start(i), end(i) - start(i), StandardCharsets.UTF_8);
  }
}
