/**
 * The immutable domain of ICANS and CRS. Entry point: {@link org.icans.model.assessment.Assessment},
 * one assessment of one patient on one day, made of the patient context ({@code patient}), the
 * neurological findings ({@code icans}), the encephalopathy tools ({@code encephalopathy}) and the
 * CRS signs ({@code crs}); {@code evidence} holds the citations every rule names.
 *
 * <p>This package holds what every other package of the model shares and depends on nothing of
 * them: {@link org.icans.model.InvalidValueException} and its range checks, and
 * {@link org.icans.model.Coded}, the one convention for the codes by which enum values are written
 * in files and on command lines. Every value is validated on construction and fails with it,
 * naming the field, the value and what is allowed.
 * No method accepts or returns {@code null}; absent information is an empty {@code Optional} and
 * always means <em>not assessed</em>, never <em>normal</em>. All types are immutable and safe to
 * share between threads.
 */
package org.icans.model;
