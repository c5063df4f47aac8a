package org.icans.risk.internal.csv;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One CSV record: the line it starts on (1-based), its fields, and what is wrong with its quoting,
 * if anything.
 *
 * @param line the line the record starts on, 1-based
 * @param fields the fields, unquoted
 * @param problem a quoting error, if any
 */
public record CsvRecord(int line, List<String> fields, Optional<String> problem) {
  /** Copies the fields. */
  public CsvRecord {
    fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    Objects.requireNonNull(problem, "problem");
  }

  /** Whether every field is empty (a blank line, or only commas). */
  public boolean isBlank() {
    for (String f : fields) {
      if (!f.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
