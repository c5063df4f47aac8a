package org.icans.cli.plan;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icans.management.ManagementPolicies;
import org.icans.management.PlanComparison;
import org.icans.management.Situation;
import org.icans.model.InvalidValueException;

/**
 * {@code icans compare}: the plans of several policies, or of all of them, for one clinical
 * situation, side by side ({@link ManagementPolicies#compare}), as text or JSON.
 *
 * <p>Stateless; {@link #run} uses only the streams it is given.
 */
public final class CompareCommand {
  private CompareCommand() {}

  /** The command word. */
  public static final String NAME = "compare";

  static final String POLICIES = "--policies";
  static final String ALL = "--all";

  /** The help text. */
  static String usage() {
    return "Usage: icans compare (--policies ID,ID,... | --all) --icans-grade N --crs-grade N --age YEARS\n"
        + "                     --weight WEIGHT [--weight-unit kg|lb] [--developmental-delay]\n"
        + "                     [--product NAME] [--hours-without-improvement H] [--steroid-days D]\n"
        + "                     [--seizure WORD] [--eeg WORD] [--edema WORD] [--format text|json]\n"
        + "   or: icans compare (--policies ID,ID,... | --all) --assessments FILE --patient ID [--day D]\n"
        + "                     --weight WEIGHT [--product NAME] ...\n"
        + "\n"
        + "Prints the plans of several management policies for one clinical situation side by side,\n"
        + "subject by subject, and names the subjects on which they differ. A weight given in pounds is\n"
        + "shown first as given and in kg (Weight: 154 lb (69.85 kg)).\n"
        + "\n"
        + "Options:\n"
        + Console.option(POLICIES + " ID,ID,...", "two or more distinct policy ids, separated by commas: "
            + String.join(", ", ManagementPolicies.ids()))
        + Console.option(ALL, "every built-in policy, instead of --policies")
        + SituationOptions.help()
        + Console.option(PlanCommand.FORMAT + " text|json", "text for people (the default), or one JSON object")
        + Console.option("-h, --help", "show this help")
        + "\n"
        + "Exit status: 0 the comparison was printed; 1 the command line is wrong.\n"
        + "Each plan says what its cited source says; it is not medical advice.\n";
  }

  /**
   * Runs {@code icans compare}.
   *
   * @param args the arguments after the command word
   * @param in standard input (not read)
   * @param out standard output: the comparison, or the help
   * @param err standard error: what is wrong with the command line
   * @return the exit status: 0 printed, 1 wrong command line
   */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    Arguments a;
    try {
      a = SituationOptions.addTo(Arguments.spec(NAME)
              .value(POLICIES, "two or more policy ids separated by commas, of " + String.join(", ",
                  ManagementPolicies.ids())))
          .flag(ALL)
          .value(PlanCommand.FORMAT, "text or json")
          .parse(args);
    } catch (UsageException e) {
      return Console.fail(err, NAME, e.getMessage());
    }
    if (a.helpRequested()) {
      Console.print(out, usage());
      return Console.OK;
    }
    try {
      boolean json = a.choice(PlanCommand.FORMAT, "text", "json").equals("json");
      if (a.has(POLICIES) == a.flag(ALL)) {
        throw new UsageException(a.flag(ALL) ? "give either --policies or --all, not both"
            : "missing --policies ID,ID,... (or --all): the policies to compare, of "
                + String.join(", ", ManagementPolicies.ids()));
      }
      List<String> ids = a.list(POLICIES);
      SituationOptions.Given given = SituationOptions.read(a, in, err);
      Situation situation = given.situation();
      PlanComparison comparison;
      try {
        comparison = a.flag(ALL) ? ManagementPolicies.compareAll(situation)
            : ManagementPolicies.compare(situation, ids);
      } catch (InvalidValueException e) {
        throw UsageException.of(e, FIELDS);
      }
      if (json) {
        Console.printLine(out, comparison.toJson());
      } else {
        Console.printLine(out, given.preface() + comparison.toText());
      }
    } catch (UsageException e) {
      return Console.fail(err, NAME, e.getMessage());
    }
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
