package org.icans.management;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.icans.management.internal.Num;
import org.icans.model.InvalidValueException;
import org.icans.model.internal.check.Nulls;
import org.icans.model.patient.Product;
import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;

/**
 * Whom a source's advice is for: the therapy (CAR T cells, bispecific antibodies), the age groups,
 * and where the source is narrower, the target antigens (CD3xCD20 bispecifics) or the products by
 * nonproprietary name (a label). A plan is made only inside the scope; outside it, the plan says so
 * and holds no action, rather than stretching a source beyond what it addresses.
 *
 * <p>A situation without a product is taken as inside the scope, and the plan states that
 * assumption. Immutable.
 *
 * @param modalities the therapies covered, not empty
 * @param ageGroups the age groups covered, not empty
 * @param targets the target antigens covered; empty for any
 * @param productNames the products covered, by nonproprietary name in lower case; empty for any
 */
public record PolicyScope(Set<TherapyModality> modalities, Set<AgeGroup> ageGroups, Set<TargetAntigen> targets,
    Set<String> productNames) {

  /** Validates and copies: modalities and age groups not empty; product names trimmed and in lower case. */
  public PolicyScope {
    List<TherapyModality> givenModalities = Nulls.presentEach("modalities", modalities);
    List<AgeGroup> givenAgeGroups = Nulls.presentEach("ageGroups", ageGroups);
    List<TargetAntigen> givenTargets = Nulls.presentEach("targets", targets);
    List<String> givenNames = Nulls.presentEach("productNames", productNames);
    if (givenModalities.isEmpty()) {
      throw new InvalidValueException("scope.modalities", "[]", "at least one therapy modality");
    }
    if (givenAgeGroups.isEmpty()) {
      throw new InvalidValueException("scope.ageGroups", "[]", "at least one age group");
    }
    modalities = Collections.unmodifiableSet(EnumSet.copyOf(givenModalities));
    ageGroups = Collections.unmodifiableSet(EnumSet.copyOf(givenAgeGroups));
    targets = Collections.unmodifiableSet(givenTargets.isEmpty()
        ? EnumSet.noneOf(TargetAntigen.class) : EnumSet.copyOf(givenTargets));
    Set<String> names = new LinkedHashSet<>();
    for (String n : givenNames) {
      if (n.isBlank()) {
        throw new InvalidValueException("scope.productNames", "'" + n + "'", "non-empty product names");
      }
      names.add(n.trim().toLowerCase(Locale.ROOT));
    }
    productNames = Collections.unmodifiableSet(names);
  }

  /** A scope of therapies and age groups, any target and product. */
  public static PolicyScope of(Set<TherapyModality> modalities, Set<AgeGroup> ageGroups) {
    return new PolicyScope(modalities, ageGroups, Set.of(), Set.of());
  }

  /** The same scope, narrowed to these target antigens. */
  public PolicyScope withTargets(TargetAntigen... antigens) {
    Nulls.presentEach("antigens", antigens);
    return new PolicyScope(modalities, ageGroups, Set.of(antigens), productNames);
  }

  /** The same scope, narrowed to these products (nonproprietary names). */
  public PolicyScope withProducts(String... names) {
    Nulls.presentEach("names", names);
    return new PolicyScope(modalities, ageGroups, targets, Set.of(names));
  }

  /** Why the situation is outside the scope, or empty when it is inside. */
  public Optional<String> exclusion(Situation s) {
    if (!ageGroups.contains(Objects.requireNonNull(s, "situation").ageGroup())) {
      return Optional.of("age " + Num.plain(s.ageYears()) + " y (" + s.ageGroup().display()
          + ") is outside this source's scope: " + describe());
    }
    if (s.product().isPresent()) {
      Product p = s.product().get();
      if (!modalities.contains(p.modality())) {
        return Optional.of(p.name() + " (" + Situation.modality(p) + ") is outside this source's scope: " + describe());
      }
      if (!targets.isEmpty() && !targets.contains(p.target())) {
        return Optional.of(p.name() + " (target " + p.target().code() + ") is outside this source's scope: " + describe());
      }
      if (!productNames.isEmpty() && !productNames.contains(p.name().trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(p.name() + " is outside this source's scope: " + describe());
      }
    }
    return Optional.empty();
  }

  /** Whether the situation is inside the scope. */
  public boolean covers(Situation s) {
    return exclusion(s).isEmpty();
  }

  /** What a plan inside the scope assumes about the situation (a product not given). */
  public List<String> assumptions(Situation s) {
    Objects.requireNonNull(s, "situation");
    List<String> a = new ArrayList<>();
    if (s.product().isEmpty()) {
      a.add("No product given: this plan assumes the patient is within this source's scope (" + describe() + ").");
    }
    return a;
  }

  /** For people, for example {@code "CAR T cells; adults (18 y and older)"}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!productNames.isEmpty()) {
      parts.add(String.join(", ", productNames));
    } else {
      String therapy = modalities.stream()
          .map(m -> m == TherapyModality.CAR_T_CELL ? "CAR T cells" : "bispecific antibodies")
          .collect(Collectors.joining(" and "));
      if (!targets.isEmpty()) {
        therapy += " targeting " + targets.stream().map(Enum::name).collect(Collectors.joining(" or "));
      }
      parts.add(therapy);
    }
    String plain = Num.plain(AgeGroup.ADULT_FROM_YEARS);
    if (ageGroups.size() == AgeGroup.values().length) {
      parts.add("adults and children");
    } else if (ageGroups.contains(AgeGroup.ADULT)) {
      parts.add("adults (" + plain + " y and older)");
    } else {
      parts.add("children (under " + plain + " y)");
    }
    return String.join("; ", parts);
  }
}
