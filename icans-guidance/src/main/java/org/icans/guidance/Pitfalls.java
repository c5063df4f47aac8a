package org.icans.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.icans.model.internal.check.Nulls;

/**
 * Runs the {@link Pitfall pitfalls} against a {@link ClinicalSituation}. A pitfall is reported when:
 * <ul>
 *   <li>{@link Pitfall#HEADACHE_ALONE_IS_NOT_ICANS}: headache is the only finding and it is being
 *       attributed to ICANS;
 *   <li>{@link Pitfall#NO_TOCILIZUMAB_FOR_ISOLATED_ICANS}: tocilizumab is planned without concurrent
 *       CRS (with CRS the sources differ, and the choice belongs to the management policies);
 *   <li>{@link Pitfall#NO_ROUTINE_STEROID_PREMEDICATION}: routine corticosteroid premedication is
 *       planned;
 *   <li>{@link Pitfall#FORMAL_ASSESSMENT_NOT_DISMISSAL}: there is a neurological finding and no
 *       formal ICE (or CAPD) was done;
 *   <li>{@link Pitfall#TREMOR_DOES_NOT_CHANGE_GRADE}: tremor or myoclonus was counted in the grade.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Pitfalls {
  private Pitfalls() {}

  /** The pitfalls the situation falls into, in declaration order; empty when none. */
  public static List<Pitfall> check(ClinicalSituation situation) {
    Objects.requireNonNull(situation, "situation");
    Set<NeurologicalFinding> findings = situation.findings();
    List<Pitfall> hits = new ArrayList<>();
    if (situation.attributedToIcans() && findings.equals(Set.of(NeurologicalFinding.HEADACHE))) {
      hits.add(Pitfall.HEADACHE_ALONE_IS_NOT_ICANS);
    }
    if (situation.tocilizumabPlanned() && !situation.concurrentCrs()) {
      hits.add(Pitfall.NO_TOCILIZUMAB_FOR_ISOLATED_ICANS);
    }
    if (situation.routineSteroidPremedicationPlanned()) {
      hits.add(Pitfall.NO_ROUTINE_STEROID_PREMEDICATION);
    }
    if (!findings.isEmpty() && !situation.formalAssessmentDone()) {
      hits.add(Pitfall.FORMAL_ASSESSMENT_NOT_DISMISSAL);
    }
    if (situation.tremorCountedInGrade()) {
      hits.add(Pitfall.TREMOR_DOES_NOT_CHANGE_GRADE);
    }
    return List.copyOf(hits);
  }

  /** The pitfalls as guidance lines, for a report. */
  public static List<GuidanceLine> explain(List<Pitfall> pitfalls) {
    List<GuidanceLine> lines = new ArrayList<>();
    for (Pitfall p : Nulls.presentEach("pitfalls", pitfalls)) {
      lines.add(p.line());
    }
    return List.copyOf(lines);
  }
}
