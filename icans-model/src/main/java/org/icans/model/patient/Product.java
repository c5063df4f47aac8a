package org.icans.model.patient;

import org.icans.model.InvalidValueException;
import org.icans.model.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The immune effector cell product a patient received: its name (the international nonproprietary
 * name, for example "axicabtagene ciloleucel" or "teclistamab"), modality and target antigen.
 *
 * <p>Immutable; build one with {@link #of(String, TherapyModality, TargetAntigen)}.
 */
@Value.Immutable
@ValueStyle
public abstract class Product {
  Product() {}

  /** A product by name, modality and target antigen. */
  public static Product of(String name, TherapyModality modality, TargetAntigen target) {
    return new Builder().name(name).modality(modality).target(target).build();
  }

  /** The product's nonproprietary name. */
  public abstract String name();

  /** CAR T cells or a bispecific antibody. */
  public abstract TherapyModality modality();

  /** The tumour antigen it targets. */
  public abstract TargetAntigen target();

  @Value.Check
  void check() {
    InvalidValueException.requireNonBlank("product.name", name());
  }

  /** Builds a {@link Product}. */
  public static final class Builder extends ImmutableProduct.Builder {
    Builder() {}
  }
}
