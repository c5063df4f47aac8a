package org.icans.management.action;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.icans.management.internal.Args;

/**
 * An assessment to repeat: what (the ICE score and motor examination, neurological checks,
 * laboratory values), how often in the source's words, the least number of times per 24 hours when
 * the words give one ("at least twice daily" is 2, "every 4 h" is 6), and for how long.
 *
 * @param what what to assess
 * @param frequency how often, in the source's words
 * @param atLeastTimesPer24h the least number of assessments per 24 h the words imply, if they give a number
 * @param duration for how long, in the source's words, if stated
 * @param basis source, strength, condition
 */
public record Monitoring(String what, String frequency, OptionalInt atLeastTimesPer24h, Optional<String> duration,
    Basis basis) implements Action {

  /** Validates: texts not blank, times per 24 h at least 1. */
  public Monitoring {
    Args.text("monitoring.what", what);
    Args.text("monitoring.frequency", frequency);
    Objects.requireNonNull(atLeastTimesPer24h, "atLeastTimesPer24h");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(basis, "basis");
    if (atLeastTimesPer24h.isPresent()) {
      Args.atLeast("monitoring.atLeastTimesPer24h", atLeastTimesPer24h.getAsInt(), 1);
    }
  }

  @Override
  public ActionKind kind() {
    return ActionKind.MONITORING;
  }

  @Override
  public Topic topic() {
    return Topic.MONITORING;
  }

  @Override
  public String describe() {
    return what + ": " + frequency + duration.map(d -> ", " + d).orElse("");
  }
}
