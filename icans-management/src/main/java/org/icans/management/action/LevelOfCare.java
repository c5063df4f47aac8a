package org.icans.management.action;

import java.util.Objects;
import java.util.Optional;

/**
 * Where to care for the patient, with the source's detail ("for airway protection", "for 48 h
 * after the next dose").
 *
 * @param setting the care setting
 * @param detail the source's detail, if any
 * @param basis source, strength, condition
 */
public record LevelOfCare(CareSetting setting, Optional<String> detail, Basis basis) implements Action {

  /** Validates: no nulls. */
  public LevelOfCare {
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(basis, "basis");
  }

  @Override
  public ActionKind kind() {
    return ActionKind.LEVEL_OF_CARE;
  }

  @Override
  public Topic topic() {
    return Topic.LEVEL_OF_CARE;
  }

  @Override
  public String describe() {
    return setting.display() + detail.map(d -> " (" + d + ")").orElse("");
  }
}
