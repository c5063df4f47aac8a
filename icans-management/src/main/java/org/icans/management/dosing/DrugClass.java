package org.icans.management.dosing;

import org.icans.model.Coded;

/** What a drug does in the management of ICANS and CRS, for grouping plans and comparisons. */
public enum DrugClass implements Coded {
  /** Corticosteroids, the mainstay of ICANS treatment (dexamethasone, methylprednisolone). */
  CORTICOSTEROID("corticosteroid"),
  /**
   * Anti-cytokine agents and other immunomodulators (tocilizumab, siltuximab, anakinra,
   * lenzilumab, ruxolitinib, cyclophosphamide, anti-thymocyte globulin, intrathecal methotrexate).
   */
  IMMUNOMODULATOR("immunomodulator"),
  /** Antiseizure medications and the benzodiazepines used for seizures (levetiracetam, lorazepam). */
  ANTISEIZURE("antiseizure"),
  /** Antipsychotics used for agitation (haloperidol). */
  ANTIPSYCHOTIC("antipsychotic"),
  /** Other agents (defibrotide). */
  OTHER("other");

  private final String code;

  DrugClass(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code corticosteroid}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The drug class with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code drugClass})
   *     naming the code and every allowed code
   */
  public static DrugClass fromCode(String code) {
    return Coded.fromCode(DrugClass.class, "drugClass", code);
  }
}
