package org.icans.management.dosing;

import java.util.Locale;

/** How a dose is given, as the source states it; {@link #NOT_STATED} when the source does not say. */
public enum Route {
  /** Intravenous. */
  IV("IV"),
  /** By mouth. */
  PO("PO"),
  /** Subcutaneous. */
  SC("SC"),
  /** Subcutaneous or intravenous, as the source allows either. */
  SC_OR_IV("SC or IV"),
  /** Intrathecal. */
  INTRATHECAL("intrathecal"),
  /** The source gives no route. */
  NOT_STATED("route not stated");

  private final String display;

  Route(String display) {
    this.display = display;
  }

  /** The route for people, for example {@code "IV"} or {@code "route not stated"}. */
  public String display() {
    return display;
  }

  /** The identifier used in JSON, for example {@code "iv"} or {@code "not_stated"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
