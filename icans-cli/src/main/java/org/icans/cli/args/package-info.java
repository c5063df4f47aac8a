/**
 * The command line of every {@code icans} command, read by one parser (picocli). Entry point:
 * {@link org.icans.cli.args.CommandLines}, which builds it, runs the command it names, prints the usage
 * picocli generates, and turns every wrong command line into one message naming the option, the
 * value and what is allowed ({@link org.icans.cli.args.UsageException}), exit status 1. The
 * typed option values are read here, independently of the default locale: plain numbers
 * ({@link org.icans.cli.args.Whole}, {@link org.icans.cli.args.Decimal}), the codes of an enum
 * ({@link org.icans.cli.args.Codes}, the one converter of enum options), comma-separated words
 * ({@link org.icans.cli.args.WordList}) and product names ({@link org.icans.cli.args.ProductName}).
 * What a value means clinically stays with the command that uses it.
 */
package org.icans.cli.args;
