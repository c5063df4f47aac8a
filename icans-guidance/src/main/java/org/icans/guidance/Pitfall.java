package org.icans.guidance;

import static org.icans.guidance.GuidanceSources.CHOICE_TOOL;
import static org.icans.guidance.GuidanceSources.LEE19_TREMOR;
import static org.icans.guidance.GuidanceSources.PHARMACY_TOCILIZUMAB;
import static org.icans.guidance.GuidanceSources.REVIEW_CONCLUSION;
import static org.icans.guidance.GuidanceSources.REVIEW_ENCEPHALOPATHY;
import static org.icans.guidance.GuidanceSources.REVIEW_HEADACHE;
import static org.icans.guidance.GuidanceSources.REVIEW_TOCILIZUMAB;
import static org.icans.guidance.GuidanceSources.REVIEW_TREMOR;
import static org.icans.guidance.GuidanceSources.SUMMARY_HEADACHE;
import static org.icans.guidance.GuidanceSources.SUMMARY_PITFALLS;

import java.util.List;
import org.icans.model.Coded;
import org.icans.model.evidence.Citation;

/**
 * A known pitfall in recognising and treating ICANS, from seed 000's "Common Pitfalls to Avoid",
 * each backed where possible by the stronger sources (the ASTCT consensus, seed 002). A caller runs
 * them against a {@link ClinicalSituation} with {@link Pitfalls#check}.
 */
public enum Pitfall implements Coded {
  /** Headache alone is not ICANS. */
  HEADACHE_ALONE_IS_NOT_ICANS("headache_alone", "Headache alone is not ICANS: it is very common, often "
      + "comes with the fever of CRS or with chemotherapy, and is not diagnostically useful by itself. Do a "
      + "formal ICE rather than labelling it ICANS or dismissing it.",
      SUMMARY_PITFALLS, SUMMARY_HEADACHE, REVIEW_HEADACHE),
  /** No tocilizumab for isolated ICANS (without CRS). */
  NO_TOCILIZUMAB_FOR_ISOLATED_ICANS("tocilizumab_isolated_icans", "No tocilizumab for isolated ICANS: it "
      + "has not been shown to help neurotoxicity, does not cross the blood-brain barrier and may worsen "
      + "ICANS. Keep it for CRS.",
      SUMMARY_PITFALLS, REVIEW_TOCILIZUMAB, REVIEW_CONCLUSION, PHARMACY_TOCILIZUMAB),
  /** No routine corticosteroid premedication before the infusion. */
  NO_ROUTINE_STEROID_PREMEDICATION("steroid_premedication", "No routine corticosteroid premedication "
      + "before the CAR T-cell infusion: it may mask early toxicity.",
      SUMMARY_PITFALLS),
  /** Always a formal ICE (or CAPD) rather than dismissing symptoms. */
  FORMAL_ASSESSMENT_NOT_DISMISSAL("formal_assessment", "Always do a formal ICE assessment (the CAPD for a "
      + "child under 12 or a patient with developmental delay) rather than dismissing neurological "
      + "symptoms, also when there is a headache; test more than orientation.",
      SUMMARY_PITFALLS, CHOICE_TOOL, REVIEW_ENCEPHALOPATHY),
  /** Tremor does not change the ICANS grade. */
  TREMOR_DOES_NOT_CHANGE_GRADE("tremor_grade", "Tremor and myoclonus do not change the ICANS grade (they "
      + "may be graded with CTCAE). Tremor is common and usually resolves without treatment.",
      LEE19_TREMOR, REVIEW_TREMOR);

  private final String code;
  private final String text;
  private final List<Citation> sources;

  Pitfall(String code, String text, Citation... sources) {
    this.code = code;
    this.text = text;
    this.sources = List.of(sources);
  }

  /** The stable code, as files and command lines write it: {@code headache_alone}. */
  @Override
  public String code() {
    return code;
  }

  /** The pitfall as a clinician reads it, with its sources. */
  public GuidanceLine line() {
    return new GuidanceLine(text, sources);
  }

  /**
   * The pitfall with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code pitfall})
   *     naming the code and every allowed code
   */
  public static Pitfall fromCode(String code) {
    return Coded.fromCode(Pitfall.class, "pitfall", code);
  }
}
