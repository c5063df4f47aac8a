package org.icans.model.internal;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Writes an observation's {@code toString}: only what was assessed, or "nothing assessed". */
public final class Describer {
  private final StringBuilder text;
  private boolean any;

  /** Starts the description of a value of this type. */
  public Describer(String type) {
    text = new StringBuilder(type).append('{');
  }

  /** Adds {@code name=value} when the value is present. */
  public Describer add(String name, Optional<?> value) {
    value.ifPresent(v -> next().append(name).append('=').append(v));
    return this;
  }

  /** Adds {@code name=value} when the value is present. */
  public Describer add(String name, OptionalDouble value) {
    if (value.isPresent()) {
      next().append(name).append('=').append(value.getAsDouble());
    }
    return this;
  }

  /** Adds {@code name=[...]} when the set is not empty. */
  public Describer add(String name, Set<?> values) {
    if (!values.isEmpty()) {
      next().append(name).append('=').append(values);
    }
    return this;
  }

  /** Adds {@code name} when the flag is set. */
  public Describer flag(String name, boolean set) {
    if (set) {
      next().append(name);
    }
    return this;
  }

  private StringBuilder next() {
    if (any) {
      text.append(", ");
    }
    any = true;
    return text;
  }

  @Override
  public String toString() {
    return text.append(any ? "" : "nothing assessed").append('}').toString();
  }
}
