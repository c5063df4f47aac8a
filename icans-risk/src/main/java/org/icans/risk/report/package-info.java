/**
 * A patient's ICANS risk report: {@link org.icans.risk.report.RiskInput} in, {@link
 * org.icans.risk.report.RiskAssessor} to assess, {@link org.icans.risk.report.RiskReport} out,
 * as readable text or JSON. The report holds the scores at each time point, the early warnings,
 * what the data could not show, the risk factors, the product baseline and the expected window.
 */
package org.icans.risk.report;
