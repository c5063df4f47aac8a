package org.icans.management;

import java.util.List;

/** The built-in policies, built once; the order of {@code ManagementPolicies.all()}. Not API. */
final class BuiltInPolicies {
  private BuiltInPolicies() {}

  private static final TablePolicy ASCO = Asco2021.create();
  private static final TablePolicy CARTOX = Cartox2018.create();
  private static final TablePolicy CROMBIE = Crombie2024.create();
  private static final TablePolicy TECLISTAMAB = TeclistamabLabel.create();
  private static final TablePolicy DRORACLE = DrOracle2026.create();
  private static final TablePolicy PEARLS = PharmacyPearls.create();
  private static final TablePolicy CEVERING = Cevering2026.create();

  private static final List<ManagementPolicy> ALL =
      List.of(ASCO, CARTOX, CROMBIE, TECLISTAMAB, DRORACLE, PEARLS, CEVERING);

  /** Candidates for a default, most specific first (project choice MGMT-CHOICES "default policy order"). */
  private static final List<ManagementPolicy> DEFAULT_CANDIDATES = List.of(TECLISTAMAB, CROMBIE, ASCO);

  /** Every built-in policy. */
  public static List<ManagementPolicy> all() {
    return ALL;
  }

  /** The policies a default may be chosen from, in order. */
  public static List<ManagementPolicy> defaultCandidates() {
    return DEFAULT_CANDIDATES;
  }
}
