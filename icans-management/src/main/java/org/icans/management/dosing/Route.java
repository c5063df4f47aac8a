package org.icans.management.dosing;

import org.icans.model.Coded;

/** How a dose is given, as the source states it; {@link #NOT_STATED} when the source does not say. */
public enum Route implements Coded {
  /** Intravenous. */
  IV("iv", "IV"),
  /** By mouth. */
  PO("po", "PO"),
  /** Subcutaneous. */
  SC("sc", "SC"),
  /** Subcutaneous or intravenous, as the source allows either. */
  SC_OR_IV("sc_or_iv", "SC or IV"),
  /** Intrathecal. */
  INTRATHECAL("intrathecal", "intrathecal"),
  /** The source gives no route. */
  NOT_STATED("not_stated", "route not stated");

  private final String code;
  private final String display;

  Route(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /** The route for people, for example {@code "IV"} or {@code "route not stated"}. */
  public String display() {
    return display;
  }

  /** The stable code, as files and command lines write it: {@code iv}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The route with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code route})
   *     naming the code and every allowed code
   */
  public static Route fromCode(String code) {
    return Coded.fromCode(Route.class, "route", code);
  }
}
