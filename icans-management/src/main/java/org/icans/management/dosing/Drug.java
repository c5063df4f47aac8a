package org.icans.management.dosing;

import java.util.Locale;

/**
 * A drug named by a management source, by its nonproprietary name. Two entries stand for a drug
 * class where the source names no agent: {@link #CORTICOSTEROID} ("consider corticosteroids") and
 * {@link #ANTISEIZURE_MEDICATION} ("consider seizure prophylaxis"); their {@link #agentStated()} is
 * false and a plan then says that the source names neither agent nor dose.
 */
public enum Drug {
  /** Dexamethasone, a corticosteroid that crosses the blood-brain barrier. */
  DEXAMETHASONE(DrugClass.CORTICOSTEROID, true),
  /** Methylprednisolone, a corticosteroid; high dose (1 g a day) in severe or refractory ICANS. */
  METHYLPREDNISOLONE(DrugClass.CORTICOSTEROID, true),
  /** Hydrocortisone, here intrathecal, with methotrexate, for persistent ICANS (ASCO 2021 footnote). */
  HYDROCORTISONE(DrugClass.CORTICOSTEROID, true),
  /** A corticosteroid the source does not name. */
  CORTICOSTEROID(DrugClass.CORTICOSTEROID, false),
  /** Tocilizumab, an interleukin-6 receptor antibody for CRS; it does not cross the blood-brain barrier. */
  TOCILIZUMAB(DrugClass.IMMUNOMODULATOR, true),
  /** Siltuximab, an interleukin-6 antibody. */
  SILTUXIMAB(DrugClass.IMMUNOMODULATOR, true),
  /** Anakinra, an interleukin-1 receptor antagonist, for refractory ICANS. */
  ANAKINRA(DrugClass.IMMUNOMODULATOR, true),
  /** Lenzilumab, a GM-CSF antibody (investigational in ICANS). */
  LENZILUMAB(DrugClass.IMMUNOMODULATOR, true),
  /** Ruxolitinib, a JAK inhibitor (an option for persistent ICANS). */
  RUXOLITINIB(DrugClass.IMMUNOMODULATOR, true),
  /** Cyclophosphamide (an option for persistent ICANS). */
  CYCLOPHOSPHAMIDE(DrugClass.IMMUNOMODULATOR, true),
  /** Anti-thymocyte globulin (an option for persistent ICANS). */
  ANTI_THYMOCYTE_GLOBULIN(DrugClass.IMMUNOMODULATOR, true),
  /** Methotrexate, here intrathecal, with hydrocortisone, for persistent ICANS. */
  METHOTREXATE(DrugClass.IMMUNOMODULATOR, true),
  /** Defibrotide (investigational in ICANS). */
  DEFIBROTIDE(DrugClass.OTHER, true),
  /** Levetiracetam, the antiseizure medication of most prophylaxis regimens. */
  LEVETIRACETAM(DrugClass.ANTISEIZURE, true),
  /** An antiseizure medication the source does not name. */
  ANTISEIZURE_MEDICATION(DrugClass.ANTISEIZURE, false),
  /** Lorazepam, a benzodiazepine: for non-convulsive status epilepticus, and low dose for agitation. */
  LORAZEPAM(DrugClass.ANTISEIZURE, true),
  /** Phenobarbital, for non-convulsive status epilepticus that persists. */
  PHENOBARBITAL(DrugClass.ANTISEIZURE, true),
  /** Haloperidol, low dose for agitation. */
  HALOPERIDOL(DrugClass.ANTIPSYCHOTIC, true);

  private final DrugClass drugClass;
  private final boolean agentStated;

  Drug(DrugClass drugClass, boolean agentStated) {
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
        return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The identifier used in JSON: the constant's name in lower case, for example {@code "dexamethasone"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
