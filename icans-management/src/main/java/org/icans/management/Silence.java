package org.icans.management;

import java.util.Locale;
import java.util.Objects;
import org.icans.management.action.Topic;
import org.icans.management.internal.Args;

/**
 * A place where a plan has nothing from its source, said out loud instead of filled in from
 * another source or from assumption: either the encoded text of the source says nothing on the
 * subject for this situation ({@link Reason#NOT_STATED}), or the source has advice there that could
 * not be verified and so is not encoded ({@link Reason#NOT_VERIFIED}, a fact tagged U in the
 * reference).
 *
 * @param topic the clinical subject left open
 * @param reason not stated, or not verified
 * @param text what is missing, for people
 * @param whereRecorded where the gap is recorded (a section of {@code reference/management-risk.md},
 *     a seed file, or the source's key)
 */
public record Silence(Topic topic, Reason reason, String text, String whereRecorded) {

  /** Why the plan has nothing from its source on a subject. */
  public enum Reason {
    /** The text encoded from the source says nothing on the subject for this situation. */
    NOT_STATED,
    /** The source has advice on the subject that could not be verified (tagged U), so it is not encoded. */
    NOT_VERIFIED;

    /** The identifier used in JSON. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Validates: no nulls, no blank texts. */
  public Silence {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(reason, "reason");
    Args.text("silence.text", text);
    Args.text("silence.whereRecorded", whereRecorded);
  }
}
