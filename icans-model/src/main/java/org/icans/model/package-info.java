/**
 * The immutable domain of ICANS and CRS: one {@link org.icans.model.Assessment} of one patient on
 * one day, made of the patient context ({@code patient}), the neurological findings
 * ({@code icans}), the encephalopathy tools ({@code encephalopathy}) and the CRS signs
 * ({@code crs}).
 *
 * <p>Every value is validated on construction and fails with an
 * {@link org.icans.model.InvalidValueException} that names the field, the value and what is
 * allowed. No method accepts or returns {@code null}; absent information is an empty
 * {@code Optional} and always means <em>not assessed</em>, never <em>normal</em>. All types are
 * immutable and safe to share between threads.
 */
package org.icans.model;
