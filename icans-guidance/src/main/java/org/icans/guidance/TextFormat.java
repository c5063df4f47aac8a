package org.icans.guidance;

import org.icans.model.Coded;

/**
 * How a guidance document is written out: as plain text to print (wrapped to 78 columns, with
 * numbered source markers), or as Markdown. Both carry the same statements and the same sources.
 */
public enum TextFormat implements Coded {
  /** Plain text, wrapped to 78 columns, for a printer or a terminal. */
  TEXT("text"),
  /** CommonMark Markdown, for a web page or a patient portal. */
  MARKDOWN("markdown");

  private final String code;

  TextFormat(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code text}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The format with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code format})
   *     naming the code and every allowed code
   */
  public static TextFormat fromCode(String code) {
    return Coded.fromCode(TextFormat.class, "format", code);
  }
}
