package org.icans.risk.warning;

import java.util.List;
import java.util.Objects;
import org.icans.model.evidence.Citation;
import org.icans.risk.observation.TimePoint;

/**
 * An early warning found in a patient's course: what was found (values with units), when (the
 * time point that completed the finding), what it meant in its source, and the source.
 *
 * <p>Immutable.
 *
 * @param kind which warning
 * @param time when the finding was complete
 * @param found what was found, with values, units and times
 * @param meaning what the finding meant in its source, with the source's figures
 */
public record EarlyWarning(WarningKind kind, TimePoint time, String found, String meaning) {
  /** Validates the parts. */
  public EarlyWarning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(meaning, "meaning");
  }

  /** The sources of the warning ({@link WarningKind#sources()}). */
  public List<Citation> sources() {
    return kind.sources();
  }
}
