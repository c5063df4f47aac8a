package org.icans.cli.args;

import java.util.Locale;
import java.util.function.Function;
import org.icans.model.Coded;
import org.icans.model.InvalidValueException;

/**
 * The one place the command line reads codes loosely. The library matches codes exactly
 * ({@link Coded}); the {@code guide} options {@code --symptoms}, {@code --differential},
 * {@code --format} and {@code --label-era}, and the {@code label_era} row of the risk file, have
 * always been read ignoring case and surrounding spaces, with inner spaces and hyphens read as
 * underscores ({@code focal-weakness} is {@code focal_weakness}, {@code After-REMS-removal} is
 * {@code after_rems_removal}; docs/clinical-commands.md), and still are: what a command accepts
 * does not change with the library's convention.
 */
public final class LenientCodes {
  private LenientCodes() {}

  /** The code a word as people type it stands for: {@code " Severe headache"} is {@code severe_headache}. */
  public static String normalise(String word) {
    return word.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }

  /**
   * The value of the normalised word by the type's exact lookup ({@code Symptom::fromCode}).
   *
   * @throws InvalidValueException as the lookup does, but naming the word as it was given
   */
  public static <E> E fromCode(Function<String, E> fromCode, String word) {
    try {
      return fromCode.apply(normalise(word));
    } catch (InvalidValueException e) {
      throw new InvalidValueException(e.field(), "'" + word + "'", e.allowed());
    }
  }
}
