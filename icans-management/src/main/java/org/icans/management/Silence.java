package org.icans.management;

import java.util.Objects;
import org.icans.management.action.Topic;
import org.icans.management.internal.Args;
import org.icans.model.Coded;

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
  public enum Reason implements Coded {
    /** The text encoded from the source says nothing on the subject for this situation. */
    NOT_STATED("not_stated"),
    /** The source has advice on the subject that could not be verified (tagged U), so it is not encoded. */
    NOT_VERIFIED("not_verified");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** The stable code, as files and command lines write it: {@code not_stated}. */
    @Override
    public String code() {
      return code;
    }

    /**
     * The reason with this code, matched exactly ({@link Coded}).
     *
     * @throws org.icans.model.InvalidValueException (field {@code silence.reason})
     *     naming the code and every allowed code
     */
    public static Reason fromCode(String code) {
      return Coded.fromCode(Reason.class, "silence.reason", code);
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
