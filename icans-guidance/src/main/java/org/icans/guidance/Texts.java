package org.icans.guidance;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.icans.model.InvalidValueException;

/** Checks of free text, and the wording of dates and lists, independent of the default locale. */
final class Texts {
  private Texts() {}

  /**
   * Returns {@code value}, or throws unless it is non-blank text on one line without control
   * characters (a line break would break the layout of a card); {@code null} is a
   * {@link NullPointerException} naming {@code field}.
   */
  public static String requireOneLine(String field, String value) {
    if (Objects.requireNonNull(value, field).isBlank()) {
      throw new InvalidValueException(field, "'" + value + "'", "non-empty text");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new InvalidValueException(field, "'" + value.replaceAll("\\p{Cntrl}", "?") + "'",
            "one line of text without line breaks, tabs or other control characters");
      }
    }
    return value;
  }

  /** Returns {@code value}, or throws an {@link InvalidValueException} saying it is missing. */
  public static <T> T required(String field, T value, String allowed) {
    if (value == null) {
      throw new InvalidValueException(field, "missing", allowed);
    }
    return value;
  }

  /** Returns the text without surrounding spaces, after {@link #requireOneLine}. */
  public static String oneLine(String field, String value) {
    return requireOneLine(field, value).strip();
  }

  /**
   * A date as people read it in English, for example {@code 14 August 2025}. Written without a
   * locale: month names are spelled here, so the output is the same under any default locale.
   */
  public static String date(LocalDate date) {
    String month = date.getMonth().name();
    return date.getDayOfMonth() + " " + month.charAt(0) + month.substring(1).toLowerCase(Locale.ROOT)
        + " " + date.getYear();
  }

  /** Items joined as English prose: "a", "a and b", "a, b and c". */
  public static String prose(List<String> items) {
    int n = items.size();
    if (n == 0) {
      return "";
    }
    if (n == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
  }

  /** Items joined as English alternatives: "a", "a or b", "a, b or c". */
  public static String proseOr(List<String> items) {
    int n = items.size();
    if (n <= 1) {
      return n == 0 ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, n - 1)) + " or " + items.get(n - 1);
  }

  /** The text with its first letter in lower case (for a label inside a sentence). */
  public static String lowerFirst(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
