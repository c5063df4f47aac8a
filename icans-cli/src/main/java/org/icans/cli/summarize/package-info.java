/**
 * {@code icans summarize}: one output record per patient with the course of ICANS and CRS. Entry
 * point: {@link org.icans.cli.summarize.Summarize}, the command line; {@code SummaryWriter} writes
 * the records from the library's {@code PatientCourse}.
 */
package org.icans.cli.summarize;
