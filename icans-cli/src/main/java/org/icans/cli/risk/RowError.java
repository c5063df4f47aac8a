package org.icans.cli.risk;

import java.util.Objects;

/**
 * A row of a risk input file that breaks the format: the line it starts on, the column, the
 * analyte of the row, the value found and what the column allows. The row is left out; the other
 * rows are read.
 *
 * <p>Immutable.
 *
 * @param line the line number, 1-based (the header is line 1)
 * @param column the column name, or {@code "-"} for the row as a whole
 * @param analyte what the row's {@code analyte} column names ({@code crp}, {@code crs_grade} ...),
 *     or {@code ""} when it names nothing the format knows or the error is in that column itself
 * @param value the value found, as written
 * @param allowed what the column allows here, in words
 */
public record RowError(long line, String column, String analyte, String value, String allowed) {
  /** Validates. */
  public RowError {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(analyte, "analyte");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(allowed, "allowed");
  }

  /** An error in a row that names no analyte. */
  public RowError(long line, String column, String value, String allowed) {
    this(line, column, "", value, allowed);
  }

  /**
   * Where the error is, for people: {@code line 7, column unit (analyte crp)}, {@code line 9,
   * column analyte}, or {@code line 19 (analyte ldh)} for the row as a whole.
   */
  public String location() {
    return "line " + line + (column.equals("-") ? "" : ", column " + column)
        + (analyte.isEmpty() ? "" : " (analyte " + analyte + ")");
  }

  /** For people: {@code line 7, column unit (analyte crp): 'mg' is not allowed; allowed: ...}. */
  public String message() {
    return location() + ": '" + value + "' is not allowed; allowed: " + allowed;
  }

  @Override
  public String toString() {
    return message();
  }
}
