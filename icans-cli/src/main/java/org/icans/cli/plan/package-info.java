/**
 * The clinical commands {@code icans plan} and {@code icans compare}. Entry points: {@link
 * org.icans.cli.plan.PlanCommand} and {@link org.icans.cli.plan.CompareCommand}: management plans of the
 * cited policies of {@code icans-management} for a situation given on the command line
 * ({@link org.icans.cli.plan.SituationOptions}). Also what the clinical commands ({@code plan},
 * {@code compare}, {@code risk}, {@code guide}) share: UTF-8 output and exit statuses
 * ({@link org.icans.cli.plan.Console}) and {@code --format text|json}
 * ({@link org.icans.cli.plan.TextOrJson}). Their command lines are read by
 * {@link org.icans.cli.args.CommandLines}. Documented in {@code docs/clinical-commands.md}.
 */
package org.icans.cli.plan;
