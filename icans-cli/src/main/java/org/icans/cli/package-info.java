/**
 * The {@code icans} command-line tool. Entry point: {@link org.icans.cli.Main}, the tool and its
 * commands, whose command lines {@link org.icans.cli.args.CommandLines} reads, and what the {@code grade},
 * {@code summarize} and {@code plot} commands share ({@link org.icans.cli.command.FileCommand}). The tool
 * reads the assessment file contract of {@code docs/cli.md} and leaves every grading decision to
 * {@code org.icans.grading}.
 */
package org.icans.cli;

