package org.icans.cli.assessment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icans.cli.csv.CsvReader;
import org.icans.cli.csv.CsvRecord;

/**
 * The header of an assessment file: which {@link Column} each field position holds.
 *
 * <p>The header is checked as a whole before any row is read: unknown names (a typo must not
 * silently drop a column of data), duplicated names, and missing required columns are all
 * collected and reported together. Immutable.
 */
public final class Header {
  private final Column[] byField;
  private final long line;

  private Header(Column[] byField, long line) {
    this.byField = byField;
    this.line = line;
  }

  /**
   * Reads and checks the first record of {@code reader} as the header.
   *
   * @throws HeaderException listing every problem, when the header is unusable
   * @throws IOException when the input cannot be read
   */
  public static Header read(CsvReader reader) throws IOException, HeaderException {
    if (!reader.next()) {
      throw new HeaderException(List.of(new RowError(1, null, "an empty input",
          "a header line naming the columns, then one line per assessment")));
    }
    long line = reader.line();
    List<RowError> problems = new ArrayList<>();
    if (reader.problem() != null && reader.problemField() == CsvRecord.WHOLE_LINE) {
      problems.add(new RowError(line, null, reader.problem(), "a header line of at most "
          + (CsvReader.MAX_RECORD_BYTES >> 20) + " MiB"));
      throw new HeaderException(problems);
    }
    if (reader.problem() != null) {
      problems.add(new RowError(line, position(reader.problemField()), reader.text(reader.problemField()),
          "column names quoted as RFC 4180 requires (" + reader.problem() + ")"));
      throw new HeaderException(problems);
    }
    Column[] byField = new Column[reader.fieldCount()];
    Map<Column, Integer> seen = new EnumMap<>(Column.class);
    for (int i = 0; i < byField.length; i++) {
      String name = reader.text(i);
      Column c = Column.named(name);
      if (c == null) {
        String hint = suggestion(name);
        problems.add(new RowError(line, position(i), name, "the names of the contract"
            + (hint == null ? "" : " (did you mean " + hint + "?)") + ": " + allNames()));
      } else if (seen.containsKey(c)) {
        problems.add(new RowError(line, position(i), name, "each column once; " + name + " is already "
            + position(seen.get(c))));
      } else {
        seen.put(c, i);
        byField[i] = c;
      }
    }
    for (Column c : Column.values()) {
      if (c.required() && !seen.containsKey(c)) {
        problems.add(new RowError(line, null, "a header without " + c.columnName(),
            "a header with every required column: " + requiredNames()));
      }
    }
    if (!problems.isEmpty()) {
      throw new HeaderException(problems);
    }
    return new Header(byField, line);
  }

  /** The number of fields every row must have. */
  public int width() {
    return byField.length;
  }

  /** The column at field position {@code i} (0-based). */
  public Column column(int i) {
    return byField[i];
  }

  /** The line of the header. */
  public long line() {
    return line;
  }

  private static String position(int field) {
    return "column " + (field + 1);
  }

  private static String allNames() {
    StringBuilder s = new StringBuilder();
    for (Column c : Column.values()) {
      s.append(s.length() == 0 ? "" : ", ").append(c.columnName());
    }
    return s.toString();
  }

  private static String requiredNames() {
    StringBuilder s = new StringBuilder();
    for (Column c : Column.values()) {
      if (c.required()) {
        s.append(s.length() == 0 ? "" : ", ").append(c.columnName());
      }
    }
    return s.toString();
  }

  /** The contract's column this name most likely meant: same letters in another case or spacing, or a typo away. */
  static String suggestion(String name) {
    String normal = name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    String best = null;
    int bestDistance = 3;
    for (Column c : Column.values()) {
      if (c.columnName().equals(normal)) {
        return c.columnName();
      }
      int d = distance(normal, c.columnName());
      if (d < bestDistance) {
        bestDistance = d;
        best = c.columnName();
      }
    }
    return best;
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
