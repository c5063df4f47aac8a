/**
 * jqwik arbitraries of the clinical situations the icans model can hold, for property-testing code
 * that maps to or from it (a flowsheet reader, a FHIR or registry export, a form): start with
 * {@link org.icans.testing.Assessments#valid()}, one patient's bedside assessment, or with
 * {@link org.icans.testing.IcansObservations#valid()} and {@link org.icans.testing.CrsObservations#valid()}
 * for the findings alone.
 *
 * <p>Every value is built with the model's builders and factories, never generated and then
 * filtered, so each is valid by construction and covers the whole space the model accepts: every
 * value of every domain, a domain not assessed (an empty {@code Optional}, never a normal value),
 * attributions to another cause and death. Failures shrink towards the simplest case: nothing
 * assessed, the first value of each domain, zero. {@link org.icans.testing.AllValues} lists the small
 * value spaces for exhaustive loops inside a property.
 *
 * <p>A management {@code Situation} (module {@code icans-management}, on which this module does not
 * depend) is made from an assessment that has an ICANS and a CRS grade below 5, as
 * {@code Situation.from(assessment)}; it refuses the others, which {@link
 * org.icans.testing.Assessments#valid()} generates too (nothing gradeable, a death), so a property
 * over situations assumes those grades first ({@code Assume.that(...)}).
 *
 * <p>Stateless: the methods may be called from any thread, and each call returns a new arbitrary.
 */
package org.icans.testing;
