package org.icans.cli.plan;

import org.icans.cli.args.Codes;
import org.icans.model.Coded;

/** The output of {@code plan}, {@code compare} and {@code risk}: {@code --format text|json}. */
public enum TextOrJson implements Coded {
  /** Text for people, the default. */
  TEXT("text"),
  /** JSON: one object ({@code plan}, {@code compare}), or one per line ({@code risk}). */
  JSON("json");

  private final String code;

  TextOrJson(String code) {
    this.code = code;
  }

  /** The word on the command line. */
  public String code() {
    return code;
  }

  /** The converter of {@code --format text|json}. */
  public static final class Converter extends Codes<TextOrJson> {
    /** For picocli. */
    public Converter() {
      super(TextOrJson.values());
    }
  }
}
