package org.icans.management.action;

import org.icans.model.Coded;

/** What a caution is about; each belongs to a {@link Topic} for grouping. */
public enum CautionTopic implements Coded {
  /** Tocilizumab for ICANS without CRS: it does not cross the blood-brain barrier and may worsen ICANS. */
  NO_TOCILIZUMAB_FOR_ISOLATED_ICANS("no_tocilizumab_for_isolated_icans", Topic.ANTI_CYTOKINE),
  /** Tocilizumab with concurrent CRS: it may worsen ICANS; caution with repeated doses. */
  TOCILIZUMAB_MAY_WORSEN_ICANS("tocilizumab_may_worsen_icans", Topic.ANTI_CYTOKINE),
  /** Medicines that depress the central nervous system. */
  AVOID_CNS_DEPRESSANTS("avoid_cns_depressants", Topic.SUPPORTIVE_CARE),
  /** Corticosteroids as premedication before the CAR T-cell infusion. */
  NO_CORTICOSTEROID_PREMEDICATION("no_corticosteroid_premedication", Topic.CORTICOSTEROIDS),
  /** The length and amount of corticosteroid exposure (10 days or more: worse survival, CMV). */
  CORTICOSTEROID_EXPOSURE("corticosteroid_exposure", Topic.CORTICOSTEROIDS),
  /** Antifungal prophylaxis in patients on corticosteroids. */
  ANTIFUNGAL_PROPHYLAXIS("antifungal_prophylaxis", Topic.CORTICOSTEROIDS),
  /** ICANS flares after a rapid corticosteroid taper. */
  FLARE_ON_RAPID_TAPER("flare_on_rapid_taper", Topic.CORTICOSTEROIDS),
  /** Seizure prophylaxis before any seizure did not prevent seizures in most series. */
  SEIZURE_PROPHYLAXIS_UNPROVEN("seizure_prophylaxis_unproven", Topic.SEIZURES),
  /** No driving or heavy machinery. */
  DRIVING("driving", Topic.GENERAL);

  private final String code;
  private final Topic subject;

  CautionTopic(String code, Topic subject) {
    this.code = code;
    this.subject = subject;
  }

  /** The clinical subject it belongs to. */
  public Topic subject() {
    return subject;
  }

  /** The stable code, as files and command lines write it: {@code no_tocilizumab_for_isolated_icans}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The caution topic with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code cautionTopic})
   *     naming the code and every allowed code
   */
  public static CautionTopic fromCode(String code) {
    return Coded.fromCode(CautionTopic.class, "cautionTopic", code);
  }
}
