/**
 * What the commands share when they run. Entry points: {@link
 * org.icans.cli.command.FileCommand}, the frame of the commands that read an assessment file
 * ({@code grade}, {@code summarize}, {@code plot}: open the file or standard input, read and report
 * faults by line, exit status), and {@link org.icans.cli.command.MemoryGuard}, the one way out when
 * the heap runs out (one line naming the heap and the work, exit status 1).
 *
 * <p>Rules: nothing here knows a command by name; the command line itself is read in {@code
 * org.icans.cli.args}, and {@code org.icans.cli.Main} dispatches.
 */
package org.icans.cli.command;
