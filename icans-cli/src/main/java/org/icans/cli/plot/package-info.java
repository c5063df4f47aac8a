/**
 * {@code icans plot}: pictures of the courses of ICANS and CRS, drawn with JFreeChart. {@link
 * org.icans.cli.plot.PlotCommand} is the entry point; the cohort swimmer plot and the one-patient
 * timeline are drawn from the library's {@code PatientCourse}, the same course that
 * {@code icans summarize} prints, so that the picture and the numbers cannot disagree.
 */
package org.icans.cli.plot;
