package org.icans.guidance;

import java.util.Objects;

/**
 * How a guidance document is written out: as plain text to print (wrapped to 78 columns, with
 * numbered source markers), or as Markdown. Both carry the same statements and the same sources.
 */
public enum TextFormat {
  /** Plain text, wrapped to 78 columns, for a printer or a terminal. */
  TEXT("text"),
  /** CommonMark Markdown, for a web page or a patient portal. */
  MARKDOWN("markdown");

  private final String code;

  TextFormat(String code) {
    this.code = code;
  }

  /** The stable lower-case code, {@code text} or {@code markdown}. */
  public String code() {
    return code;
  }

  /**
   * The format with this code (case and surrounding spaces ignored).
   *
   * @throws org.icans.model.InvalidValueException naming the word and the allowed codes
   */
  public static TextFormat fromCode(String word) {
    return Codes.lookup("format", Objects.requireNonNull(word, "word"), values(), TextFormat::code);
  }
}
