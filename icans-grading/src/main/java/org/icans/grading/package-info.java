/**
 * Grading of immune effector cell toxicities by the ASTCT 2019 consensus (Lee DW et al., Biol
 * Blood Marrow Transplant 2019;25:625-638). Entry points: {@link
 * org.icans.grading.icans.IcansGrader#grade(org.icans.model.icans.IcansObservation,
 * org.icans.model.patient.Patient)} for ICANS, {@link
 * org.icans.grading.crs.CrsGrader#grade(org.icans.model.crs.CrsObservation)} for CRS, {@link
 * org.icans.grading.course.GradedAssessment#of(org.icans.model.assessment.Assessment)} for both
 * grades of one assessment and {@link org.icans.grading.course.PatientCourse} for a patient's
 * course. This package holds what they all cite and depends on none of them: {@link
 * org.icans.grading.GradingSources}, the sources of every grading rule.
 *
 * <p><b>The consensus in a paragraph.</b> ICANS is graded 0-4 from five domains: encephalopathy,
 * measured by the 10-point ICE screen in patients aged 12 or more (10 normal, 7-9 grade 1, 3-6
 * grade 2, 0-2 grade 3, 0 and unarousable grade 4) or by the CAPD in younger children and in
 * patients with developmental delay (1-8 grade 1-2, 9 or more grade 3, unable to perform grade 4);
 * depressed level of consciousness (awakens spontaneously 1, to voice 2, only to touch 3,
 * unarousable 4); seizures (rapidly resolving 3, prolonged or repetitive 4); motor findings (deep
 * focal weakness 4; tremor and myoclonus never count); and raised intracranial pressure or cerebral
 * edema (focal edema 3; diffuse edema, posturing, cranial nerve VI palsy, papilledema or Cushing's
 * triad 4). The grade is the most severe domain not attributable to another cause; death from the
 * syndrome is grade 5. CRS is graded 1-4 from fever (38.0 C or more, no longer required once
 * antipyretic or anti-cytokine therapy masks it) with the worse of hypotension (fluids 2, one
 * vasopressor 3, several 4) and hypoxia (low-flow oxygen 2, high-flow or masks 3, positive pressure
 * 4). Where the consensus leaves room, the project's binding choices apply
 * ({@code reference/grading.md}, top), and each result names the rule and source that decided it.
 *
 * <p>Packages: {@code icans} grades one neurological observation, {@code crs} one CRS
 * observation, {@code course} an assessment graded both ways and a patient's graded assessments
 * over time. All graders are
 * stateless and thread-safe; all results are immutable.
 */
package org.icans.grading;
