package org.icans.risk;

import java.util.Objects;
import org.icans.model.InvalidValueException;
import org.icans.model.evidence.Citation;

/**
 * One statement from the literature, as the report shows it, with its source and verification
 * status: for example "median onset 4 days (ZUMA-1, label)" citing the Yescarta label.
 *
 * <p>Immutable.
 *
 * @param text the statement, in words and with its numbers and units
 * @param source where it comes from and how firmly it is established
 */
public record SourcedFact(String text, Citation source) {
  /** Validates that the text is not blank. */
  public SourcedFact {
    Objects.requireNonNull(source, "source");
    if (Objects.requireNonNull(text, "text").isBlank()) {
      throw new InvalidValueException("fact.text", "'" + text + "'", "non-empty text");
    }
  }

  /** A statement and its source. */
  public static SourcedFact of(String text, Citation source) {
    return new SourcedFact(text, source);
  }
}
