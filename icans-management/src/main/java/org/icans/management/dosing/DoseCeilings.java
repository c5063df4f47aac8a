package org.icans.management.dosing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.icans.management.ManagementSources;
import org.icans.model.evidence.Citation;

/**
 * The verified ceilings of a drug that hold whatever the prescribing source says, applied to every
 * dose this library computes (project safety rule SAFE-CEILING). Only ceilings tagged V in the
 * project's {@code reference/management-risk.md} are here; none is invented:
 *
 * <table>
 * <caption>Verified ceilings</caption>
 * <tr><th>drug</th><th>ceiling</th><th>for</th><th>source</th></tr>
 * <tr><td>tocilizumab</td><td>800 mg per dose</td><td>everyone</td><td>ASCO 2021, ICANS table
 *     (grade 1 with CRS), V; also seed 002 and the dosing table of A3</td></tr>
 * <tr><td>anakinra</td><td>100 mg per dose, 400 mg per day</td><td>children</td><td>Blood Adv
 *     2022;6(11):3398, table 1, V (reference A2.7, A3)</td></tr>
 * </table>
 *
 * <p>Paediatric ceilings of dexamethasone (10 mg), methylprednisolone (1 g) and levetiracetam
 * (500 mg) appear in the reference only tagged U and are not encoded. Stateless.
 */
public final class DoseCeilings {
  private DoseCeilings() {}

  /** Tocilizumab, at most 800 mg a dose (ASCO 2021, V). */
  public static final double TOCILIZUMAB_MAX_MG_PER_DOSE = 800;

  /** Anakinra for a child, at most 100 mg a dose (Blood Adv 2022 letter, table 1, V). */
  public static final double ANAKINRA_CHILD_MAX_MG_PER_DOSE = 100;

  /** Anakinra for a child, at most 400 mg a day (Blood Adv 2022 letter, table 1, V). */
  public static final double ANAKINRA_CHILD_MAX_MG_PER_DAY = 400;

  private static final Citation TOCILIZUMAB_SOURCE =
      ManagementSources.ASCO21.at("ICANS table, grade 1 with CRS: tocilizumab max 800 mg/dose");

  /** The verified ceilings of {@code drug} for a patient who is (or is not) a child, strictest first. */
  public static List<Ceiling> of(Drug drug, boolean child) {
    Objects.requireNonNull(drug, "drug");
    List<Ceiling> out = new ArrayList<>();
    if (drug == Drug.TOCILIZUMAB) {
      out.add(new Ceiling(TOCILIZUMAB_MAX_MG_PER_DOSE, DoseBasis.PER_DOSE, Ceiling.Origin.VERIFIED_ELSEWHERE,
          Optional.of(TOCILIZUMAB_SOURCE)));
    }
    if (drug == Drug.ANAKINRA && child) {
      out.add(new Ceiling(ANAKINRA_CHILD_MAX_MG_PER_DOSE, DoseBasis.PER_DOSE, Ceiling.Origin.PEDIATRIC,
          Optional.of(ManagementSources.PEDIATRIC_ANAKINRA22)));
      out.add(new Ceiling(ANAKINRA_CHILD_MAX_MG_PER_DAY, DoseBasis.PER_DAY, Ceiling.Origin.PEDIATRIC,
          Optional.of(ManagementSources.PEDIATRIC_ANAKINRA22)));
    }
    return List.copyOf(out);
  }
}
