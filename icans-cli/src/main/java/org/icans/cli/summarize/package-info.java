/** {@code icans summarize}: one output record per patient with the course of ICANS and CRS. */
package org.icans.cli.summarize;
