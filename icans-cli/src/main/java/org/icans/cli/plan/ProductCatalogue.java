package org.icans.cli.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.icans.model.patient.Product;
import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;
import org.icans.risk.product.ProductProfile;
import org.icans.risk.product.ProductProfiles;

/**
 * The products a command line may name with {@code --product}: only those the libraries already
 * know, nothing added here.
 *
 * <ul>
 *   <li>The seven CAR T-cell products of {@code icans-risk} ({@link ProductProfiles}), by
 *       nonproprietary name, brand name or abbreviation ({@code axicabtagene ciloleucel},
 *       {@code Yescarta}, {@code axi-cel}).
 *   <li>The bispecific antibodies the management policies are scoped to, by nonproprietary name:
 *       teclistamab (CD3xBCMA; the teclistamab label policy, {@code reference/management-risk.md}
 *       A2.9) and epcoritamab, glofitamab and mosunetuzumab (CD3xCD20; the Crombie 2024 consensus,
 *       A2.9).
 * </ul>
 *
 * <p>Names are matched ignoring case, with {@code _} and {@code -} read as spaces. Stateless and
 * thread-safe.
 */
public final class ProductCatalogue {
  private ProductCatalogue() {}

  /** The bispecific antibodies named by the scopes of the built-in management policies. */
  private static final List<Product> BISPECIFICS = List.of(
      bispecific("teclistamab", TargetAntigen.BCMA),
      bispecific("epcoritamab", TargetAntigen.CD20),
      bispecific("glofitamab", TargetAntigen.CD20),
      bispecific("mosunetuzumab", TargetAntigen.CD20));

  private static Product bispecific(String name, TargetAntigen target) {
    return Product.of(name, TherapyModality.BISPECIFIC_T_CELL_ENGAGER, target);
  }

  /** Every product, CAR T-cell products first. */
  public static List<Product> all() {
    List<Product> all = new ArrayList<>();
    for (ProductProfile p : ProductProfiles.all()) {
      all.add(p.product());
    }
    all.addAll(BISPECIFICS);
    return List.copyOf(all);
  }

  /** The product with this name, brand name or abbreviation, if it is known. */
  public static Optional<Product> find(String name) {
    Optional<ProductProfile> carT = ProductProfiles.find(name);
    if (carT.isPresent()) {
      return Optional.of(carT.get().product());
    }
    String key = normal(name);
    return BISPECIFICS.stream().filter(p -> p.name().equals(key)).findFirst();
  }

  /** The names {@link #find} accepts, for messages. */
  public static String acceptedNames() {
    StringJoiner j = new StringJoiner(", ");
    j.add(ProductProfiles.acceptedNames());
    BISPECIFICS.forEach(p -> j.add(p.name()));
    return j.toString();
  }

  private static String normal(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
  }
}
