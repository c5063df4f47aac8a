package org.icans.guidance;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.icans.model.InvalidValueException;
import org.icans.model.evidence.Citation;
import org.icans.model.internal.check.Nulls;

/**
 * One statement of guidance, as a patient, a caregiver or a clinician reads it, with the sources it
 * comes from: "A seizure: call 911 and go to the emergency department right away", cited to the
 * patient education sheet. Every line of every card, sheet, triage and checklist is one of these,
 * so that nothing is said without a source.
 *
 * <p>Immutable and null-free: the text is one line (no line breaks) and there is at least one
 * source.
 *
 * @param text the statement, one line of plain text
 * @param sources where it comes from, at least one, in order of weight
 */
public record GuidanceLine(String text, List<Citation> sources) {
  /** Validates and copies. */
  public GuidanceLine {
    Texts.requireOneLine("guidanceLine.text", text);
    sources = Nulls.presentEach("guidanceLine.sources", sources);
    if (sources.isEmpty()) {
      throw new InvalidValueException("guidanceLine.sources", "[]", "at least one citation");
    }
  }

  /** A statement and its sources. */
  public static GuidanceLine of(String text, Citation first, Citation... more) {
    Objects.requireNonNull(first, "guidanceLine.sources");
    Objects.requireNonNull(more, "guidanceLine.sources");
    Citation[] all = new Citation[more.length + 1];
    all[0] = first;
    System.arraycopy(more, 0, all, 1, more.length);
    return new GuidanceLine(text, Arrays.asList(all));
  }
}
