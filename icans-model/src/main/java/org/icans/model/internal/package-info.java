/**
 * Support for the model's value types (checks, descriptions, canonical sets) and the packed layout
 * of the observations' findings ({@link org.icans.model.internal.FindingsLayout}) that the grader
 * reads. Not part of the API: exported only to {@code org.icans.grading}.
 */
package org.icans.model.internal;
