package org.icans.management.action;

import java.util.Objects;
import java.util.Optional;

/**
 * A diagnostic test to do, with the source's detail (contrast, opening pressure, repeat interval).
 *
 * @param test the test
 * @param detail the source's detail, if any
 * @param basis source, strength, condition
 */
public record Workup(WorkupTest test, Optional<String> detail, Basis basis) implements Action {

  /** Validates: no nulls. */
  public Workup {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(basis, "basis");
  }

  @Override
  public ActionKind kind() {
    return ActionKind.WORKUP;
  }

  @Override
  public Topic topic() {
    return Topic.WORKUP;
  }

  @Override
  public String describe() {
    return test.display() + detail.map(d -> ": " + d).orElse("");
  }
}
