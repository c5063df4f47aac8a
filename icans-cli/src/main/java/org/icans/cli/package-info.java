/**
 * The {@code icans} command-line tool: the command line ({@link org.icans.cli.Main}), and what the
 * {@code grade}, {@code summarize} and {@code plot} commands share ({@link org.icans.cli.FileCommand}). The tool
 * reads the assessment file contract of {@code docs/cli.md} and leaves every grading decision to
 * {@code org.icans.grading}.
 */
package org.icans.cli;
