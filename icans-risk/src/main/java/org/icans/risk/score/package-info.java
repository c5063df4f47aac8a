/**
 * Risk scores computed from lab values with units. Entry point: {@link
 * org.icans.risk.score.ScoreCalculator}: EASIX, simplified EASIX, m-EASIX (Pennisi 2021)
 * and EASIX-pre with its cut-off above 4.67 (Korell 2022). Each {@link org.icans.risk.score.Score}
 * states its formula, the units it requires, the time points it was studied at, its cut-off where
 * one is published and verified, and its sources; each {@link org.icans.risk.score.ScoreResult}
 * shows the calculation with the converted inputs.
 *
 * <p>CAR-HEMATOTOX, EASIX-F/FC risk groups and m-EASIX cut-offs are not here: the reference could
 * not verify their cut-offs (reference B1, B2; module README, "Left out").
 */
package org.icans.risk.score;
