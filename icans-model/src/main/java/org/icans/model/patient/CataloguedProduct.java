package org.icans.model.patient;

import org.icans.model.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import org.icans.model.evidence.Citation;

/**
 * A product of the {@link ProductCatalogue}: the product (nonproprietary name, modality, target),
 * its brand name and the abbreviation the literature uses where the cited source gives them, and
 * the public source that names it with its target.
 *
 * @param product the product
 * @param brandName the brand name, when the source gives it ({@code Yescarta})
 * @param abbreviation the literature's short name, when there is one ({@code axi-cel})
 * @param source the public source naming the product and its target
 */
public record CataloguedProduct(Product product, Optional<String> brandName, Optional<String> abbreviation,
    Citation source) {

  /** Validates: no nulls, no blank names. */
  public CataloguedProduct {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(brandName, "brandName");
    Objects.requireNonNull(abbreviation, "abbreviation");
    Objects.requireNonNull(source, "source");
    brandName.ifPresent(b -> InvalidValueException.requireNonBlank("brandName", b));
    abbreviation.ifPresent(a -> InvalidValueException.requireNonBlank("abbreviation", a));
  }

  /** The nonproprietary name. */
  public String name() {
    return product.name();
  }

  /** For people: {@code "axicabtagene ciloleucel (Yescarta, axi-cel)"} or {@code "teclistamab"}. */
  public String describe() {
    StringBuilder s = new StringBuilder(product.name());
    if (brandName.isPresent() || abbreviation.isPresent()) {
      s.append(" (").append(brandName.orElse(""));
      if (brandName.isPresent() && abbreviation.isPresent()) {
        s.append(", ");
      }
      s.append(abbreviation.orElse("")).append(')');
    }
    return s.toString();
  }
}
