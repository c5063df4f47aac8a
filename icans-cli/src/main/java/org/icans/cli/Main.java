package org.icans.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.icans.cli.args.CommandLines;
import org.icans.cli.args.IcansCommand;
import org.icans.cli.args.UsageException;
import org.icans.cli.command.FileCommand;
import org.icans.cli.command.MemoryGuard;
import org.icans.cli.grade.Grade;
import org.icans.cli.guide.GuideCommand;
import org.icans.cli.plan.CompareCommand;
import org.icans.cli.plan.PlanCommand;
import org.icans.cli.plot.PlotCommand;
import org.icans.cli.risk.RiskCommand;
import org.icans.cli.summarize.Summarize;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code icans} command: {@code grade}, {@code summarize} and {@code plot} files of bedside ICANS
 * and CRS assessments (the CSV contract of {@code docs/cli.md}); {@code plan}, {@code compare},
 * {@code risk} and {@code guide} for management policies, risk reports and patient guidance
 * ({@code docs/clinical-commands.md}).
 *
 * <p>{@link #run} does all the work against the streams it is given and returns the exit status,
 * so that tests run the tool in-process; {@link #main} only connects it to the process. The command
 * line is read by {@link CommandLines}; each command is a class of its own, with its options.
 */
@Command(name = "icans", versionProvider = Main.VersionText.class, synopsisSubcommandLabel = "COMMAND",
    description = {
      "Grades bedside ICANS and CRS assessments by the ASTCT 2019 consensus, and prints what the cited "
          + "management policies, risk scores and patient guidance say.",
      "",
      "FILE is a CSV assessment file (columns and values: docs/cli.md); - reads standard input. "
          + "'icans COMMAND --help' shows the options of a command."},
    commandListHeading = "%nCommands:%n",
    exitCodeList = {
      "0:done: every row was graded, the report or plan printed",
      "2:some rows break the file contract: each is reported on standard error with its line, column, "
          + "value and what is allowed, and every other row was used",
      "1:the input cannot be read at all (no such file, unusable header, ...), the output cannot be "
          + "written, or the command line is wrong"},
    footer = "The plan, compare, risk and guide commands print what their cited sources say; they are not "
        + "medical advice.")
public final class Main extends IcansCommand {
  // Inherited: every command shows the version too (icans grade --version), as the tool did before picocli.
  @Option(names = {"-V", "--version"}, versionHelp = true, scope = ScopeType.INHERIT, description = "show the version")
  private boolean version;

  private Main() {}

  /** The commands, in the order the help lists them. */
  private static final Map<String, Supplier<IcansCommand>> COMMANDS = commands();

  private static Map<String, Supplier<IcansCommand>> commands() {
    Map<String, Supplier<IcansCommand>> m = new LinkedHashMap<>();
    m.put(Grade.NAME, Grade::new);
    m.put(Summarize.NAME, Summarize::new);
    m.put(PlotCommand.NAME, PlotCommand::new);
    m.put(PlanCommand.NAME, PlanCommand::new);
    m.put(CompareCommand.NAME, CompareCommand::new);
    m.put(RiskCommand.NAME, RiskCommand::new);
    m.put(GuideCommand.NAME, GuideCommand::new);
    return Collections.unmodifiableMap(m);
  }

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    // HAPI FHIR (grade --format fhir) logs through SLF4J, which icans.jar gives no backend: without
    // this, SLF4J warns on standard error that it found none, which is not the tool's to say.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    MemoryGuard.install();
    int status = 0;
    try {
      status = run(args, System.in, System.out, System.err);
      System.out.flush();
    } catch (Throwable e) {
      MemoryGuard.haltOnFailure(e);
    }
    if (MemoryGuard.exhausted()) {
      // Shutting down normally needs memory the heap may not have: halt.
      Runtime.getRuntime().halt(status);
    }
    System.exit(status);
  }

  /**
   * Runs the tool.
   *
   * @param args the command line, without the program name
   * @param in standard input, read when the file is {@code -}
   * @param out standard output: the CSV or JSON Lines records, help and version
   * @param err standard error: every fault, as text or JSON Lines
   * @return the exit status: 0 every row graded, 2 some rows reported, 1 unreadable input or usage error,
   *     or a heap too small for the work (one line naming the heap: {@link MemoryGuard})
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    MemoryGuard.command(args.length == 0 ? "reading the command line" : args[0]);
    try {
      return CommandLines.run(new Main(), COMMANDS, args, in, out, err);
    } catch (OutOfMemoryError e) {
      MemoryGuard.report(err);
      return FileCommand.UNREADABLE;
    }
  }

  /** {@code icans} alone names no command. */
  @Override
  protected int run(InputStream in, PrintStream out, PrintStream err) throws UsageException {
    throw new UsageException("no command given; the commands are " + CommandLines.commands(spec().commandLine()));
  }

  /** {@code icans 0.1.0}: the Maven project version ({@link Version}). */
  static final class VersionText implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"icans " + Version.get()};
    }
  }
}
