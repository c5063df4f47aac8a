package org.icans.cli.args;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command of the {@code icans} tool as picocli runs it: its options are annotated fields of the
 * subclass, filled by {@link CommandLines}, and {@link #run} does the work against the streams the
 * tool was given. Every command has {@code -h} and {@code --help}, and the layout of its usage set
 * here (options in the order declared, then the exit statuses). Not thread-safe: one instance
 * per command line.
 */
@Command(sortOptions = false, sortSynopsis = false, usageHelpWidth = 80,
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    exitCodeListHeading = "%nExit status:%n",
    footerHeading = "%n")
public abstract class IcansCommand implements Callable<Integer> {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
  private boolean help;

  @Spec
  private CommandSpec spec;

  private InputStream in;
  private PrintStream out;
  private PrintStream err;

  /** For subclasses. */
  protected IcansCommand() {}

  /** Called by {@link CommandLines} before the command line is parsed. */
  final void streams(InputStream stdin, PrintStream stdout, PrintStream stderr) {
    this.in = stdin;
    this.out = stdout;
    this.err = stderr;
  }

  @Override
  public final Integer call() throws UsageException {
    return run(in, out, err);
  }

  /**
   * Runs the command once its options are read.
   *
   * @param in standard input, read when a file is {@code -} (not closed)
   * @param out standard output
   * @param err standard error
   * @return the exit status
   * @throws UsageException when the options read do not go together, or name what the input lacks:
   *     reported as a wrong command line, status 1
   */
  protected abstract int run(InputStream in, PrintStream out, PrintStream err) throws UsageException;

  /** How the command's messages start: {@code icans plan}; {@code icans} for the tool itself and the file commands. */
  protected String who() {
    return spec.parent() == null ? spec.name() : "icans " + spec.name();
  }

  /** What picocli knows of the command: its options, its name, its command line. */
  protected final CommandSpec spec() {
    return spec;
  }

  /** The command's usage, as {@code --help} prints it. */
  protected final String usage() {
    return spec.commandLine().getUsageMessage();
  }
}
