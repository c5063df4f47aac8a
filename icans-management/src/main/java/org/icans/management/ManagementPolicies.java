package org.icans.management;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.icans.model.InvalidValueException;
import org.icans.model.evidence.Evidence;
import org.icans.model.internal.check.Nulls;

/**
 * The registry of built-in management policies, one per source: look a policy up by id, list them
 * all, choose a default for a situation, and compare several for one situation.
 *
 * <table>
 * <caption>Built-in policies</caption>
 * <tr><th>id</th><th>source</th><th>scope</th></tr>
 * <tr><td>{@code asco-2021}</td><td>ASCO guideline, Santomasso 2021 [V]</td><td>CAR T, adults</td></tr>
 * <tr><td>{@code cartox-2018}</td><td>CARTOX, Neelapu 2018 [V, grade 1 and seizure rows only]</td><td>CAR T, adults</td></tr>
 * <tr><td>{@code crombie-2024}</td><td>CD3xCD20 bispecific consensus, Crombie 2024 [V, grades 1-2]</td><td>CD20 bispecifics, adults</td></tr>
 * <tr><td>{@code teclistamab-label}</td><td>teclistamab label via JADPRO 2023 [V, grades 1-3]</td><td>teclistamab, adults</td></tr>
 * <tr><td>{@code droracle-2026}</td><td>seed 000, Dr.Oracle Q&amp;A 2026 [S]</td><td>CAR T, adults</td></tr>
 * <tr><td>{@code pharmacy-pearls}</td><td>seed 001, oncology pharmacy pearls [S]</td><td>CAR T and bispecifics, adults</td></tr>
 * <tr><td>{@code cevering-2026}</td><td>seed 002, Cevering 2026 [S], requires review</td><td>CAR T, adults and children</td></tr>
 * </table>
 *
 * <p>Stateless and thread-safe.
 */
public final class ManagementPolicies {
  private ManagementPolicies() {}

  /** Every built-in policy, in a fixed order (guidelines and labels first, then the seeds). */
  public static List<ManagementPolicy> all() {
    return BuiltInPolicies.all();
  }

  /** The ids of every built-in policy, in the order of {@link #all()}. */
  public static List<String> ids() {
    return all().stream().map(ManagementPolicy::id).collect(Collectors.toUnmodifiableList());
  }

  /** The policy with this id (case-insensitive, surrounding spaces ignored), if there is one. */
  public static Optional<ManagementPolicy> byId(String id) {
    String key = Objects.requireNonNull(id, "id").trim().toLowerCase(Locale.ROOT);
    return all().stream().filter(p -> p.id().equals(key)).findFirst();
  }

  /**
   * The policy with this id.
   *
   * @throws InvalidValueException naming the unknown id and listing the known ones
   */
  public static ManagementPolicy require(String id) {
    return byId(id).orElseThrow(() -> new InvalidValueException("policy", id, "one of " + String.join(", ", ids())));
  }

  /**
   * The default policy for a situation, when there is one: the first of the teclistamab label, the
   * CD3xCD20 consensus and ASCO 2021 whose scope covers the situation's known product and age
   * (a project choice, {@link ManagementSources#CHOICE_DEFAULT}: the most specific verified source
   * first). Empty when the product is not given, or no verified policy covers the situation (for
   * example a child: no paediatric policy could be verified). Never a policy that
   * {@linkplain ManagementPolicy#requiresReview() requires review}, and never a secondary source.
   */
  public static Optional<ManagementPolicy> defaultFor(Situation situation) {
    if (Objects.requireNonNull(situation, "situation").product().isEmpty()) {
      return Optional.empty();
    }
    return BuiltInPolicies.defaultCandidates().stream()
        .filter(p -> !p.requiresReview())
        .filter(p -> p.citation().evidence() == Evidence.VERIFIED)
        .filter(p -> p.scope().covers(situation))
        .findFirst();
  }

  /**
   * The built-in policies whose scope covers the situation (its age group, product, modality and
   * target), in the order of {@link #all()}; empty when none does.
   */
  public static List<ManagementPolicy> covering(Situation situation) {
    Objects.requireNonNull(situation, "situation");
    return all().stream().filter(p -> p.scope().covers(situation)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * For people: which encoded policies address this situation, for a refusal ({@code "Policies that
   * address this patient: cevering-2026."} or {@code "No encoded policy addresses this patient."}).
   */
  public static String coveringText(Situation situation) {
    List<ManagementPolicy> covering = covering(situation);
    if (covering.isEmpty()) {
      return "No encoded policy addresses this patient.";
    }
    return "Policies that address this patient: "
        + covering.stream().map(ManagementPolicy::id).collect(Collectors.joining(", ")) + ".";
  }

  /**
   * The plans of the policies with these ids for one situation, side by side.
   *
   * @throws InvalidValueException for an unknown id, a repeated id, or fewer than two ids
   */
  public static PlanComparison compare(Situation situation, List<String> ids) {
    Objects.requireNonNull(situation, "situation");
    return PlanComparison.of(situation,
        Nulls.presentEach("ids", ids).stream().map(ManagementPolicies::require).collect(Collectors.toList()));
  }

  /** The plans of every built-in policy for one situation, side by side. */
  public static PlanComparison compareAll(Situation situation) {
    return PlanComparison.of(situation, all());
  }
}
