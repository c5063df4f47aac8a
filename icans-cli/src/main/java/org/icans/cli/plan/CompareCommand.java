package org.icans.cli.plan;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import org.icans.cli.args.IcansCommand;
import org.icans.cli.args.UsageException;
import org.icans.cli.args.WordList;
import org.icans.management.ManagementPolicies;
import org.icans.management.PlanComparison;
import org.icans.management.Situation;
import org.icans.model.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code icans compare}: the plans of several policies, or of all of them, for one clinical
 * situation, side by side ({@link ManagementPolicies#compare}), as text or JSON.
 *
 * <p>One instance per command line; {@link #run} uses only the streams it is given.
 */
@Command(name = CompareCommand.NAME,
    description = {
      "The plans of several policies for the same situation, side by side.",
      "",
      "Prints the plans subject by subject and names the subjects on which they differ. Give --policies or "
          + "--all, and the situation as for icans plan. A weight given in pounds is shown first as given and in "
          + "kg (Weight: 154 lb (69.85 kg))."},
    exitCodeList = {"0:the comparison was printed", "1:the command line is wrong"},
    footer = "Each plan says what its cited source says; it is not medical advice.")
public final class CompareCommand extends IcansCommand {
  /** The command word. */
  public static final String NAME = "compare";

  static final String POLICIES = "--policies";
  static final String ALL = "--all";

  @Option(names = POLICIES, paramLabel = "ID,ID,...", converter = WordList.Converter.class,
      completionCandidates = PlanCommand.Policy.class, description = "two or more distinct policy ids, separated "
          + "by commas, of ${COMPLETION-CANDIDATES}")
  private WordList policies;

  @Option(names = ALL, description = "every built-in policy, instead of --policies")
  private boolean all;

  @Mixin
  private SituationOptions situation;

  @Option(names = "--format", paramLabel = "text|json", converter = TextOrJson.Converter.class,
      description = "text for people (the default), or one JSON object")
  private TextOrJson format = TextOrJson.TEXT;

  /** The command line of {@code icans compare}; picocli fills it. */
  public CompareCommand() {}

  /**
   * Runs {@code icans compare}.
   *
   * @return the exit status: 0 printed
   * @throws UsageException for a wrong command line
   */
  @Override
  protected int run(InputStream in, PrintStream out, PrintStream err) throws UsageException {
    if ((policies != null) == all) {
      throw new UsageException(all ? "give either --policies or --all, not both"
          : "missing --policies ID,ID,... (or --all): the policies to compare, of "
              + String.join(", ", ManagementPolicies.ids()));
    }
    SituationOptions.Given given = situation.read(in, err);
    Situation s = given.situation();
    PlanComparison comparison;
    try {
      comparison = all ? ManagementPolicies.compareAll(s) : ManagementPolicies.compare(s, policies.words());
    } catch (InvalidValueException e) {
      throw UsageException.of(e, FIELDS);
    }
    Console.printLine(out, format == TextOrJson.JSON ? comparison.toJson() : given.preface() + comparison.toText());
    return Console.finish(out, err, NAME, Console.OK);
  }

  /** The library's fields named by this command's options, for its refusals. */
  private static final Map<String, String> FIELDS;

  static {
    Map<String, String> m = new HashMap<>(SituationOptions.FIELDS);
    m.put("policy", POLICIES);
    m.put("comparison.policies", POLICIES);
    FIELDS = Map.copyOf(m);
  }
}
