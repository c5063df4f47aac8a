package org.icans.cli.assessment;

/**
 * One breach of the file contract: where (the physical line the record starts on, and the column),
 * the value that was refused, and what is allowed there.
 *
 * @param line the physical line (1-based) on which the record starts
 * @param column the column's name in the header, or null when the whole record is at fault (for
 *     example a wrong number of fields)
 * @param value the refused cell as written (for a whole-record fault, a description such as
 *     {@code "a row of 24 fields"})
 * @param allowed what the column (or the record) allows, in words
 */
public record RowError(long line, String column, String value, String allowed) {
  /** Whether the fault is the whole record's rather than one cell's. */
  public boolean wholeRow() {
    return column == null;
  }
}
