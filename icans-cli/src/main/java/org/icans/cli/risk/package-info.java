/**
 * The clinical command {@code icans risk}: the ICANS risk reports of {@code icans-risk} for every
 * patient of a risk input file. Documented in {@code docs/clinical-commands.md}.
 */
package org.icans.cli.risk;
