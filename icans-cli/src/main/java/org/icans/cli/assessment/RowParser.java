package org.icans.cli.assessment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.icans.cli.csv.CsvReader;
import org.icans.cli.csv.CsvRecord;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.encephalopathy.CapdAnswers;
import org.icans.model.encephalopathy.CapdScore;

/**
 * Checks one record of an assessment file against the contract and fills an {@link AssessmentRow}.
 *
 * <p>Every cell is read by its column's {@link Column.Kind} (one small reader per kind keeps the
 * compiled code small), and then the rules that join cells are checked (all five ICE tasks or
 * none, and their sum equal to {@code ice_score}; {@code capd_items} agreeing with
 * {@code capd_score}; the oxygen flow with its device), so that one pass reports every fault of a
 * row. A row with any fault is not graded. A valid row allocates nothing.
 *
 * <p>Not thread-safe: the returned error list and the row are reused.
 */
public final class RowParser {
  private static final byte[] NONE = Words.NONE.getBytes(StandardCharsets.US_ASCII);
  private static final byte[] UNABLE = Words.UNABLE.getBytes(StandardCharsets.US_ASCII);
  private static final Column[] ICE_TASKS = {
    Column.ICE_ORIENTATION, Column.ICE_NAMING, Column.ICE_COMMANDS, Column.ICE_WRITING, Column.ICE_ATTENTION
  };
  private static final int NASAL_CANNULA = Words.OXYGEN.indexOf(OxygenDevice.NASAL_CANNULA);
  private static final int NO_OXYGEN = Words.OXYGEN.indexOf(OxygenDevice.NONE);
  private static final int UNKNOWN_DEVICE = Words.OXYGEN.indexOf(OxygenDevice.UNKNOWN_DEVICE);

  private final Column[] columns;
  private final int[] fieldOf = new int[Column.COUNT];
  private final List<RowError> errors = new ArrayList<>();
  private CsvRecord record;
  /** Bit per column ordinal: the cell was not empty. */
  private int given;

  /** A parser of the rows under {@code header}. */
  public RowParser(Header header) {
    columns = new Column[header.width()];
    Arrays.fill(fieldOf, -1);
    for (int i = 0; i < columns.length; i++) {
      columns[i] = header.column(i);
      fieldOf[columns[i].ordinal()] = i;
    }
  }

  /**
   * Checks a record and fills {@code row} with its values.
   *
   * @return the faults found, empty when the row may be graded; the list is reused by the next call
   */
  public List<RowError> parse(CsvRecord record, AssessmentRow row) {
    errors.clear();
    row.clear();
    this.record = record;
    row.line = record.line();
    row.buffer = record.buffer();
    if (record.problem() != null && record.problemField() == CsvRecord.WHOLE_LINE) {
      errors.add(new RowError(record.line(), null, record.problem(), "a line of at most "
          + (CsvReader.MAX_RECORD_BYTES >> 20) + " MiB (it was skipped; reading went on with the next line)"));
      return errors;
    }
    if (record.problem() != null) {
      int f = record.problemField();
      // A field beyond the header's width has no name: it is named by its position.
      String column = f < columns.length ? columns[f].columnName() : "column " + (f + 1);
      errors.add(new RowError(record.line(), column, record.text(f),
          "a field quoted as RFC 4180 requires (" + record.problem() + ")"));
      return errors;
    }
    if (record.fieldCount() != columns.length) {
      errors.add(new RowError(record.line(), null, "a row of " + record.fieldCount() + " fields",
          columns.length + " fields, as in the header"));
      return errors;
    }
    given = 0;
    byte[] b = record.buffer();
    for (int i = 0; i < columns.length; i++) {
      int s = record.start(i);
      int e = record.end(i);
      Column c = columns[i];
      if (s == e) {
        if (c.required()) {
          errors.add(new RowError(row.line, c.columnName(), "", c.allowed() + "; required"));
        }
        continue;
      }
      given |= 1 << c.ordinal();
      int value;
      switch (c.kind()) {
        case DECIMAL:
          value = decimal(c, b, s, e, row);
          break;
        case INTEGER:
          value = integer(c.maxInteger(), b, s, e);
          break;
        case WORD:
          value = c.words().indexOf(b, s, e);
          break;
        case LIST:
          value = list(c, b, s, e);
          break;
        case CAPD_SCORE:
          value = e - s == UNABLE.length && Vocabulary.equal(UNABLE, b, s)
              ? AssessmentRow.CAPD_UNABLE : integer(CapdScore.MAX, b, s, e);
          break;
        case CAPD_ITEMS:
          value = capdItems(c, b, s, e, row);
          break;
        default:
          value = patientId(b, s, e, row);
          break;
      }
      if (value == TOO_PRECISE) {
        fail(c, "a day of at most " + MAX_DAY_DIGITS + " significant digits, like 5 or 5.25 (more could not be told "
            + "apart from a nearby day)");
        value = AssessmentRow.ABSENT;
      } else if (value == AssessmentRow.ABSENT && c.kind() != Column.Kind.LIST && c.kind() != Column.Kind.CAPD_ITEMS) {
        // A list reports its own fault, with the word at fault.
        fail(c);
      }
      row.code[c.ordinal()] = value;
    }
    checkIceTasks(row);
    checkCapd(row);
    checkOxygenFlow(row);
    return errors;
  }

  /** The most significant digits of a day: a double tells apart every decimal of up to 15. */
  static final int MAX_DAY_DIGITS = 15;
  /** The code of a day written with more than {@link #MAX_DAY_DIGITS} significant digits. */
  private static final int TOO_PRECISE = Integer.MIN_VALUE;

  /**
   * The number goes in the row; the code is 0, ABSENT when the text is not a number in range, or
   * TOO_PRECISE for a day with too many digits.
   */
  private static int decimal(Column c, byte[] b, int s, int e, AssessmentRow row) {
    double d = Decimals.parse(b, s, e);
    if (!c.inRange(d)) {
      return AssessmentRow.ABSENT;
    }
    if (c == Column.DAY && significantDigits(b, s, e) > MAX_DAY_DIGITS) {
      return TOO_PRECISE;
    }
    row.number[c.ordinal()] = d;
    if (c == Column.DAY) {
      row.dayStart = s;
      row.dayEnd = e;
    }
    return 0;
  }

  /**
   * The significant digits of a plain decimal: from its first non-zero digit to its last. A double
   * tells apart every decimal of up to 15 of them; two days of more could read as the same day and
   * merge in a patient's course.
   */
  static int significantDigits(byte[] b, int s, int e) {
    int first = -1;
    int last = -1;
    int n = 0;
    for (int p = s; p < e; p++) {
      if (b[p] >= '0' && b[p] <= '9') {
        if (b[p] != '0') {
          if (first < 0) {
            first = n;
          }
          last = n;
        }
        n++;
      }
    }
    return first < 0 ? 0 : last - first + 1;
  }

  /** The whole number, or ABSENT when the text is not one from 0 to {@code max}. */
  private static int integer(int max, byte[] b, int s, int e) {
    int v = Decimals.parseNonNegativeInt(b, s, e);
    return v >= 0 && v <= max ? v : AssessmentRow.ABSENT;
  }

  /** 0 for a usable patient id (its bytes go in the row), ABSENT for a blank one or invalid UTF-8. */
  private static int patientId(byte[] b, int s, int e, AssessmentRow row) {
    row.idStart = s;
    row.idEnd = e;
    return isBlank(b, s, e) || !isUtf8(b, s, e) ? AssessmentRow.ABSENT : 0;
  }

  /** Reports the cell of {@code c} as not what the column allows. */
  private void fail(Column c) {
    fail(c, c.allowed());
  }

  /** Reports the cell of {@code c}, with what is allowed there in this row. */
  private void fail(Column c, String allowed) {
    errors.add(new RowError(record.line(), c.columnName(), text(c), allowed));
  }

  private String text(Column c) {
    int f = fieldOf[c.ordinal()];
    return f < 0 ? "" : record.text(f);
  }

  private boolean given(Column c) {
    return (given & (1 << c.ordinal())) != 0;
  }

  /**
   * A {@code ;}-separated list as a bit mask of word positions (a repeated word counts once); 0 for
   * {@code none} where the column allows it; ABSENT after reporting a fault.
   */
  private int list(Column c, byte[] b, int s, int e) {
    Vocabulary<?> words = c.words();
    int mask = 0;
    boolean none = false;
    int p = s;
    for (;;) {
      int q = p;
      while (q < e && b[q] != ';') {
        q++;
      }
      if (c.noneAllowed() && q - p == NONE.length && Vocabulary.equal(NONE, b, p)) {
        none = true;
      } else {
        int i = words.indexOf(b, p, q);
        if (i < 0) {
          String word = new String(b, p, q - p, StandardCharsets.UTF_8);
          fail(c, c.allowed() + (word.isEmpty() ? " (an empty word is not one)" : " (\"" + word + "\" is not one)"));
          return AssessmentRow.ABSENT;
        }
        mask |= 1 << i;
      }
      if (q == e) {
        break;
      }
      p = q + 1;
    }
    if (none && mask != 0) {
      fail(c, c.allowed() + " (none with a finding contradicts itself)");
      return AssessmentRow.ABSENT;
    }
    return mask;
  }

  /** The answers go in the row; the code is their CAPD total, or ABSENT after reporting a fault. */
  private int capdItems(Column c, byte[] b, int s, int e, AssessmentRow row) {
    int n = 0;
    int p = s;
    boolean ok = true;
    for (;;) {
      int q = p;
      while (q < e && b[q] != ';') {
        q++;
      }
      int v = Decimals.parseNonNegativeInt(b, p, q);
      if (v < 0 || v > 4) {
        ok = false;
      } else if (n < 8) {
        row.capdItems[n] = v;
      }
      n++;
      if (q == e) {
        break;
      }
      p = q + 1;
    }
    if (!ok || n != 8) {
      fail(c, n == 8 ? c.allowed() : c.allowed() + "; found " + n + " item" + (n == 1 ? "" : "s"));
      return AssessmentRow.ABSENT;
    }
    // The model knows the scoring (items 1-4 reverse-scored): it gives the total.
    return CapdAnswers.ofCodes(row.capdItems).total();
  }

  private void checkIceTasks(AssessmentRow row) {
    int tasksGiven = 0;
    int tasksValid = 0;
    for (Column t : ICE_TASKS) {
      if (given(t)) {
        tasksGiven++;
        if (row.code(t) != AssessmentRow.ABSENT) {
          tasksValid++;
        }
      }
    }
    if (tasksGiven > 0 && tasksGiven < 5) {
      StringBuilder names = new StringBuilder();
      for (Column t : ICE_TASKS) {
        if (given(t)) {
          names.append(names.length() == 0 ? "" : ", ").append(t.columnName());
        }
      }
      for (Column t : ICE_TASKS) {
        if (!given(t)) {
          fail(t, t.allowed() + ", required because " + names + (tasksGiven == 1 ? " is" : " are")
              + " given: all five ICE tasks or none");
        }
      }
      return;
    }
    row.iceTasks = tasksValid == 5;
    if (row.iceTasks && row.code(Column.ICE_SCORE) != AssessmentRow.ABSENT) {
      int sum = row.iceTotal();
      if (sum != row.code(Column.ICE_SCORE)) {
        fail(Column.ICE_SCORE, "the sum of the five ICE tasks, " + sum + ", or empty");
      }
    }
  }

  private void checkCapd(AssessmentRow row) {
    int total = row.code(Column.CAPD_ITEMS);
    int score = row.code(Column.CAPD_SCORE);
    if (total == AssessmentRow.ABSENT || score == AssessmentRow.ABSENT) {
      return;
    }
    if (score == AssessmentRow.CAPD_UNABLE) {
      fail(Column.CAPD_SCORE, "the total of capd_items, " + total + ", or empty; unable only without capd_items "
          + "(a CAPD that could not be performed has no answers)");
    } else if (score != total) {
      fail(Column.CAPD_SCORE, "the total of capd_items, " + total + " (items 1-4 reverse-scored), or empty");
    }
  }

  private void checkOxygenFlow(AssessmentRow row) {
    int device = row.code(Column.OXYGEN);
    boolean flowGiven = given(Column.OXYGEN_LPM);
    if (device == NASAL_CANNULA && !flowGiven) {
      fail(Column.OXYGEN_LPM, Column.OXYGEN_LPM.allowed() + ", required with oxygen nasal_cannula: the flow "
          + "decides low flow (<= 6) from high flow (> 6)");
    } else if (flowGiven && !Double.isNaN(row.number(Column.OXYGEN_LPM))) {
      if (device == NO_OXYGEN) {
        fail(Column.OXYGEN_LPM, "empty when oxygen is none");
      } else if (device == UNKNOWN_DEVICE) {
        fail(Column.OXYGEN_LPM, "empty when oxygen is unknown_device: it means neither device nor flow was "
            + "recorded; give the device with its flow");
      } else if (!given(Column.OXYGEN)) {
        fail(Column.OXYGEN_LPM, "empty when oxygen is empty: a flow needs its device in oxygen");
      }
    }
  }

  private static boolean isBlank(byte[] b, int s, int e) {
    for (int p = s; p < e; p++) {
      byte c = b[p];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUtf8(byte[] b, int s, int e) {
    for (int p = s; p < e; p++) {
      if (b[p] < 0) {
        try {
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, s, e - s));
          return true;
        } catch (CharacterCodingException x) {
          return false;
        }
      }
    }
    return true;
  }
}
