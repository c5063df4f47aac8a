package org.icans.management.dosing;

/** What a drug does in the management of ICANS and CRS, for grouping plans and comparisons. */
public enum DrugClass {
  /** Corticosteroids, the mainstay of ICANS treatment (dexamethasone, methylprednisolone). */
  CORTICOSTEROID,
  /**
   * Anti-cytokine agents and other immunomodulators (tocilizumab, siltuximab, anakinra,
   * lenzilumab, ruxolitinib, cyclophosphamide, anti-thymocyte globulin, intrathecal methotrexate).
   */
  IMMUNOMODULATOR,
  /** Antiseizure medications and the benzodiazepines used for seizures (levetiracetam, lorazepam). */
  ANTISEIZURE,
  /** Antipsychotics used for agitation (haloperidol). */
  ANTIPSYCHOTIC,
  /** Other agents (defibrotide). */
  OTHER
}
