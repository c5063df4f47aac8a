package org.icans.fhir;

/**
 * The standard codes this binding reads and writes, each with its source. Only codes found in a
 * public FHIR specification are here; what has no standard code is in {@link IcansCodeSystem}.
 *
 * <p>No LOINC or SNOMED CT code for the oxygen delivery device could be confirmed from a public
 * FHIR specification, so the device is coded with the project's {@link IcansConcept#OXYGEN_DEVICE}
 * rather than with a guessed code.
 */
public final class StandardCodes {
  private StandardCodes() {}

  /** LOINC. */
  public static final String LOINC = "http://loinc.org";
  /** UCUM, the units of every quantity. */
  public static final String UCUM = "http://unitsofmeasure.org";
  /** FHIR's data-absent-reason codes (an element not assessed). */
  public static final String DATA_ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
  /** FHIR's observation categories. */
  public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

  /**
   * LOINC 8310-5 "Body temperature": the code the FHIR R4 Body Temperature profile fixes
   * ({@code http://hl7.org/fhir/StructureDefinition/bodytemp}, in the R4 base definitions).
   */
  public static final String BODY_TEMPERATURE = "8310-5";
  /**
   * LOINC 29463-7 "Body weight": the code the FHIR R4 Body Weight profile fixes
   * ({@code http://hl7.org/fhir/StructureDefinition/bodyweight}).
   */
  public static final String BODY_WEIGHT = "29463-7";
  /**
   * LOINC 3151-8 "Inhaled oxygen flow rate", in L/min: the flow-rate component of the US Core
   * Pulse Oximetry profile (US Core STU7, example {@code Observation/satO2-fiO2}).
   */
  public static final String INHALED_OXYGEN_FLOW_RATE = "3151-8";

  /** UCUM degrees Celsius (FHIR value set {@code ucum-bodytemp}). */
  public static final String CELSIUS = "Cel";
  /** UCUM degrees Fahrenheit (FHIR value set {@code ucum-bodytemp}). */
  public static final String FAHRENHEIT = "[degF]";
  /** UCUM litres per minute. */
  public static final String LITRES_PER_MINUTE = "L/min";
  /** UCUM kilograms. */
  public static final String KILOGRAMS = "kg";
}
