package org.icans.management.action;

import java.util.Locale;

/** What a caution is about; each belongs to a {@link Topic} for grouping. */
public enum CautionTopic {
  /** Tocilizumab for ICANS without CRS: it does not cross the blood-brain barrier and may worsen ICANS. */
  NO_TOCILIZUMAB_FOR_ISOLATED_ICANS(Topic.ANTI_CYTOKINE),
  /** Tocilizumab with concurrent CRS: it may worsen ICANS; caution with repeated doses. */
  TOCILIZUMAB_MAY_WORSEN_ICANS(Topic.ANTI_CYTOKINE),
  /** Medicines that depress the central nervous system. */
  AVOID_CNS_DEPRESSANTS(Topic.SUPPORTIVE_CARE),
  /** Corticosteroids as premedication before the CAR T-cell infusion. */
  NO_CORTICOSTEROID_PREMEDICATION(Topic.CORTICOSTEROIDS),
  /** The length and amount of corticosteroid exposure (10 days or more: worse survival, CMV). */
  CORTICOSTEROID_EXPOSURE(Topic.CORTICOSTEROIDS),
  /** Antifungal prophylaxis in patients on corticosteroids. */
  ANTIFUNGAL_PROPHYLAXIS(Topic.CORTICOSTEROIDS),
  /** ICANS flares after a rapid corticosteroid taper. */
  FLARE_ON_RAPID_TAPER(Topic.CORTICOSTEROIDS),
  /** Seizure prophylaxis before any seizure did not prevent seizures in most series. */
  SEIZURE_PROPHYLAXIS_UNPROVEN(Topic.SEIZURES),
  /** No driving or heavy machinery. */
  DRIVING(Topic.GENERAL);

  private final Topic subject;

  CautionTopic(Topic subject) {
    this.subject = subject;
  }

  /** The clinical subject it belongs to. */
  public Topic subject() {
    return subject;
  }

  /** The identifier used in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
