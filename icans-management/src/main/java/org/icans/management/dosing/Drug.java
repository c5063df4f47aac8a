package org.icans.management.dosing;

import org.icans.model.Coded;

/**
 * A drug named by a management source, by its nonproprietary name. Two entries stand for a drug
 * class where the source names no agent: {@link #CORTICOSTEROID} ("consider corticosteroids") and
 * {@link #ANTISEIZURE_MEDICATION} ("consider seizure prophylaxis"); their {@link #agentStated()} is
 * false and a plan then says that the source names neither agent nor dose.
 */
public enum Drug implements Coded {
  /** Dexamethasone, a corticosteroid that crosses the blood-brain barrier. */
  DEXAMETHASONE("dexamethasone", DrugClass.CORTICOSTEROID, true),
  /** Methylprednisolone, a corticosteroid; high dose (1 g a day) in severe or refractory ICANS. */
  METHYLPREDNISOLONE("methylprednisolone", DrugClass.CORTICOSTEROID, true),
  /** Hydrocortisone, here intrathecal, with methotrexate, for persistent ICANS (ASCO 2021 footnote). */
  HYDROCORTISONE("hydrocortisone", DrugClass.CORTICOSTEROID, true),
  /** A corticosteroid the source does not name. */
  CORTICOSTEROID("corticosteroid", DrugClass.CORTICOSTEROID, false),
  /** Tocilizumab, an interleukin-6 receptor antibody for CRS; it does not cross the blood-brain barrier. */
  TOCILIZUMAB("tocilizumab", DrugClass.IMMUNOMODULATOR, true),
  /** Siltuximab, an interleukin-6 antibody. */
  SILTUXIMAB("siltuximab", DrugClass.IMMUNOMODULATOR, true),
  /** Anakinra, an interleukin-1 receptor antagonist, for refractory ICANS. */
  ANAKINRA("anakinra", DrugClass.IMMUNOMODULATOR, true),
  /** Lenzilumab, a GM-CSF antibody (investigational in ICANS). */
  LENZILUMAB("lenzilumab", DrugClass.IMMUNOMODULATOR, true),
  /** Ruxolitinib, a JAK inhibitor (an option for persistent ICANS). */
  RUXOLITINIB("ruxolitinib", DrugClass.IMMUNOMODULATOR, true),
  /** Cyclophosphamide (an option for persistent ICANS). */
  CYCLOPHOSPHAMIDE("cyclophosphamide", DrugClass.IMMUNOMODULATOR, true),
  /** Anti-thymocyte globulin (an option for persistent ICANS). */
  ANTI_THYMOCYTE_GLOBULIN("anti_thymocyte_globulin", DrugClass.IMMUNOMODULATOR, true),
  /** Methotrexate, here intrathecal, with hydrocortisone, for persistent ICANS. */
  METHOTREXATE("methotrexate", DrugClass.IMMUNOMODULATOR, true),
  /** Defibrotide (investigational in ICANS). */
  DEFIBROTIDE("defibrotide", DrugClass.OTHER, true),
  /** Levetiracetam, the antiseizure medication of most prophylaxis regimens. */
  LEVETIRACETAM("levetiracetam", DrugClass.ANTISEIZURE, true),
  /** An antiseizure medication the source does not name. */
  ANTISEIZURE_MEDICATION("antiseizure_medication", DrugClass.ANTISEIZURE, false),
  /** Lorazepam, a benzodiazepine: for non-convulsive status epilepticus, and low dose for agitation. */
  LORAZEPAM("lorazepam", DrugClass.ANTISEIZURE, true),
  /** Phenobarbital, for non-convulsive status epilepticus that persists. */
  PHENOBARBITAL("phenobarbital", DrugClass.ANTISEIZURE, true),
  /** Haloperidol, low dose for agitation. */
  HALOPERIDOL("haloperidol", DrugClass.ANTIPSYCHOTIC, true);

  private final String code;
  private final DrugClass drugClass;
  private final boolean agentStated;

  Drug(String code, DrugClass drugClass, boolean agentStated) {
    this.code = code;
    this.drugClass = drugClass;
    this.agentStated = agentStated;
  }

  /** What the drug does. */
  public DrugClass drugClass() {
    return drugClass;
  }

  /** Whether this is a named agent, false for the class entries whose agent the source does not state. */
  public boolean agentStated() {
    return agentStated;
  }

  /** Whether the drug is a corticosteroid. */
  public boolean isCorticosteroid() {
    return drugClass == DrugClass.CORTICOSTEROID;
  }

  /** The name for people: {@code "dexamethasone"}, or {@code "a corticosteroid (agent not stated)"}. */
  public String displayName() {
    switch (this) {
      case CORTICOSTEROID:
        return "a corticosteroid (agent not stated)";
      case ANTISEIZURE_MEDICATION:
        return "an antiseizure medication (agent not stated)";
      case ANTI_THYMOCYTE_GLOBULIN:
        return "anti-thymocyte globulin";
      default:
        return code;
    }
  }

  /** The stable code, as files and command lines write it: {@code dexamethasone}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The drug with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code drug})
   *     naming the code and every allowed code
   */
  public static Drug fromCode(String code) {
    return Coded.fromCode(Drug.class, "drug", code);
  }
}
