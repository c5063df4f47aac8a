package org.icans.management;

import java.util.Optional;
import org.icans.model.evidence.Citation;

/**
 * One source's management of ICANS, as a named policy: ASCO 2021, CARTOX 2018, the CD3xCD20
 * bispecific consensus, the teclistamab label, each seed. A policy turns a {@link Situation} into a
 * {@link Plan} of typed, cited actions, using only its own source; where the source is silent, or
 * what it says could not be verified, the plan says so.
 *
 * <p>The built-in policies are listed by {@link ManagementPolicies}. An institution can implement
 * this interface for its own protocol and use the same comparison and audit. Implementations must
 * be immutable and thread-safe, and {@link #plan} a pure function of the situation.
 */
public interface ManagementPolicy {

  /** A stable identifier in lower case, for example {@code "asco-2021"}. */
  String id();

  /** A short title, for example {@code "ASCO 2021 guideline (Santomasso et al.)"}. */
  String title();

  /** The source. */
  Citation citation();

  /**
   * The date of the source, ISO 8601 (a year {@code "2021"}, or a full date {@code "2026-02-11"});
   * empty when the source is undated.
   */
  Optional<String> date();

  /** Whom the source addresses. */
  PolicyScope scope();

  /**
   * What the source is and what of it is encoded: which rows were verified, which were left out
   * and why.
   */
  String description();

  /**
   * Whether some advice of this policy is kept exactly as its source wrote it although it is
   * implausible, and must be reviewed before any clinical use. Such a policy is never a default.
   */
  boolean requiresReview();

  /** The plan for a situation; outside the {@link #scope()}, a plan that says so and holds no action. */
  Plan plan(Situation situation);
}
