/**
 * The clinical command {@code icans risk}. Entry point: {@link org.icans.cli.risk.RiskCommand}: the
 * ICANS risk reports of {@code icans-risk} for every patient of a risk input file, whose format
 * ({@code RiskInputCsv}) belongs to the tool, not to the library. Documented in {@code docs/clinical-commands.md}.
 */
package org.icans.cli.risk;
