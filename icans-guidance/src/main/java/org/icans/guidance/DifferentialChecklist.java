package org.icans.guidance;

import java.util.List;
import java.util.Set;

/**
 * A clinician's checklist for one presentation: the causes to rule out before its findings are
 * attributed to ICANS, what the work-up usually shows in ICANS, and the pitfalls that apply. Every
 * line is cited. Made by {@link Differentials#forPresentation}.
 *
 * <p>Immutable.
 */
public final class DifferentialChecklist {
  private final Set<NeurologicalFinding> findings;
  private final List<DifferentialItem> items;
  private final List<GuidanceLine> workup;
  private final List<Pitfall> pitfalls;

  DifferentialChecklist(Set<NeurologicalFinding> findings, List<DifferentialItem> items,
      List<GuidanceLine> workup, List<Pitfall> pitfalls) {
    this.findings = findings;
    this.items = List.copyOf(items);
    this.workup = List.copyOf(workup);
    this.pitfalls = List.copyOf(pitfalls);
  }

  /** The findings of the presentation, in declaration order. */
  public Set<NeurologicalFinding> findings() {
    return findings;
  }

  /** The causes to rule out, the time-critical first. */
  public List<DifferentialItem> items() {
    return items;
  }

  /** What the work-up (imaging, EEG, lumbar puncture) usually shows in ICANS, and its limits. */
  public List<GuidanceLine> workup() {
    return workup;
  }

  /** The pitfalls to keep in mind with these findings. */
  public List<Pitfall> pitfalls() {
    return pitfalls;
  }

  /** The checklist as a document for a clinician. */
  public GuidanceDocument document() {
    return Documents.differential(this);
  }
}
