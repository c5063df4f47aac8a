package org.icans.management.dosing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.icans.model.evidence.Citation;
import org.icans.model.evidence.Evidence;

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

  // Cited by value, the same citations as ManagementSources.ASCO21 and PEDIATRIC_ANAKINRA22
  // (ManagementSourcesTest checks it): dosing sits below the policies and does not import them.
  private static final Citation TOCILIZUMAB_SOURCE = Citation.of("ASCO21",
      "Santomasso BD et al. ASCO guideline: management of immune-related adverse events in patients treated with "
          + "CAR T-cell therapy. J Clin Oncol 2021;39:3978-3992. PubMed 34724386. Read from the ASCO/Guideline "
          + "Central pocket guide pp. 5-7, 9 (eguideline.guidelinecentral.com/i/1475467)",
      "ICANS table, grade 1 with CRS: tocilizumab max 800 mg/dose", Evidence.VERIFIED);
  private static final Citation ANAKINRA_CHILD_SOURCE = Citation.of("BLOODADV22-PEDS-ANAKINRA",
      "Paediatric anakinra for CAR T-cell toxicities, multi-institution practice. Blood Adv 2022;6(11):3398 "
          + "(letter), table 1",
      "table 1: max 100 mg/dose, 400 mg/day", Evidence.VERIFIED);

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
          Optional.of(ANAKINRA_CHILD_SOURCE)));
      out.add(new Ceiling(ANAKINRA_CHILD_MAX_MG_PER_DAY, DoseBasis.PER_DAY, Ceiling.Origin.PEDIATRIC,
          Optional.of(ANAKINRA_CHILD_SOURCE)));
    }
    return List.copyOf(out);
  }
}
