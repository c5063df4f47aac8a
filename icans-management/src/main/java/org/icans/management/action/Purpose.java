package org.icans.management.action;

import java.util.Locale;

/** Why a medication is given. */
public enum Purpose {
  /** To treat ICANS, CRS or a seizure. */
  TREATMENT,
  /** To prevent (seizure prophylaxis). */
  PROPHYLAXIS,
  /** To control a symptom (agitation). */
  SYMPTOM_CONTROL,
  /** Before the infusion of the product. */
  PREMEDICATION;

  /** The identifier used in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
