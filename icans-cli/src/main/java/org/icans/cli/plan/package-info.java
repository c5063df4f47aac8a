/**
 * The clinical commands {@code icans plan} and {@code icans compare}: management plans of the
 * cited policies of {@code icans-management} for a situation given on the command line. Also what
 * the clinical commands ({@code plan}, {@code compare}, {@code risk}, {@code guide}) share: strict
 * option parsing ({@link org.icans.cli.plan.Arguments}), usage errors that name the option
 * ({@link org.icans.cli.plan.UsageException}), UTF-8 output and exit statuses
 * ({@link org.icans.cli.plan.Console}), and the products a command line may name
 * (the model's {@link org.icans.model.patient.ProductCatalogue}). Documented in {@code docs/clinical-commands.md}.
 */
package org.icans.cli.plan;
