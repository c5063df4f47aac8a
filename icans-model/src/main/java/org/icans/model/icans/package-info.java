/**
 * The neurological findings of ICANS (immune effector cell-associated neurotoxicity syndrome) as
 * the ASTCT 2019 consensus observes them. Entry point: {@link
 * org.icans.model.icans.IcansObservation}, built with {@code IcansObservation.builder()}: the
 * encephalopathy score and the four other {@link org.icans.model.icans.IcansDomain domains}
 * (consciousness, seizure, motor, raised intracranial pressure), the domains attributed to another
 * cause, and death from the syndrome.
 *
 * <p>Rules: a domain not given is not assessed, which is always distinct from normal ({@code
 * MotorFindings.none()} is an assessed, normal examination); attribution of a domain to another
 * cause is the clinician's explicit input, and an attributed domain is left out of the grade.
 */
package org.icans.model.icans;
