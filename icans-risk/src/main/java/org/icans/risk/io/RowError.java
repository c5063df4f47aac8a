package org.icans.risk.io;

import java.util.Objects;

/**
 * A row of a risk input file that breaks the format: the line it starts on, the column, the value
 * found and what the column allows. The row is left out; the other rows are read.
 *
 * <p>Immutable.
 *
 * @param line the line number, 1-based (the header is line 1)
 * @param column the column name, or {@code "-"} for the row as a whole
 * @param value the value found, as written
 * @param allowed what the column allows here, in words
 */
public record RowError(int line, String column, String value, String allowed) {
  /** Validates. */
  public RowError {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(allowed, "allowed");
  }

  /** For people: {@code line 7, column unit: 'mg' is not allowed; allowed: ...}. */
  public String message() {
    return "line " + line + ", column " + column + ": '" + value + "' is not allowed; allowed: " + allowed;
  }

  @Override
  public String toString() {
    return message();
  }
}
