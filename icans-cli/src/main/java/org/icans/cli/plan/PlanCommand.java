package org.icans.cli.plan;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.icans.management.ManagementPolicies;
import org.icans.management.ManagementPolicy;
import org.icans.management.Plan;
import org.icans.management.Situation;
import org.icans.management.AuditReport;
import org.icans.management.PlanAudit;

/**
 * {@code icans plan}: the management plan of one cited policy for one clinical situation
 * ({@link ManagementPolicy#plan}), as text or JSON, optionally with its audit ({@link PlanAudit}).
 * Without {@code --policy}, the default policy for the situation
 * ({@link ManagementPolicies#defaultFor}).
 *
 * <p>Stateless; {@link #run} uses only the streams it is given.
 */
public final class PlanCommand {
  private PlanCommand() {}

  /** The command word. */
  public static final String NAME = "plan";

  static final String POLICY = "--policy";
  static final String FORMAT = "--format";
  static final String AUDIT = "--audit";

  /** The help text. */
  static String usage() {
    return "Usage: icans plan [--policy ID] --icans-grade N --crs-grade N --age YEARS --weight WEIGHT\n"
        + "                  [--weight-unit kg|lb] [--developmental-delay] [--product NAME]\n"
        + "                  [--hours-without-improvement H] [--steroid-days D] [--seizure WORD]\n"
        + "                  [--eeg WORD] [--edema WORD] [--format text|json] [--audit]\n"
        + "   or: icans plan [--policy ID] --assessments FILE --patient ID [--day D] --weight WEIGHT\n"
        + "                  [--product NAME] [--hours-without-improvement H] [--steroid-days D] [--eeg WORD] ...\n"
        + "\n"
        + "Prints the plan of one management policy for one clinical situation: each action with its\n"
        + "computed dose, evidence tag and source, and what the source leaves unsaid. A weight given in\n"
        + "pounds is shown first as given and in kg (Weight: 154 lb (69.85 kg)).\n"
        + "\n"
        + "Options:\n"
        + Console.option(POLICY + " ID", "one of " + String.join(", ", ManagementPolicies.ids()) + ". Without "
            + "it, the default policy for the situation: the most specific verified source whose scope covers "
            + "the product and the age (needs --product)")
        + SituationOptions.help()
        + Console.option(FORMAT + " text|json", "text for people (the default), or one JSON object")
        + Console.option(AUDIT, "also the audit of the plan against the safety rules that hold across "
            + "sources (no tocilizumab for isolated ICANS, dose caps, steroid duration)")
        + Console.option("-h, --help", "show this help")
        + "\n"
        + "Exit status: 0 the plan was printed; 1 the command line is wrong, the policy does not address\n"
        + "this patient (for example a child and an adults-only source: the message names the policies that\n"
        + "do), or no --policy was given and no policy is the default for the situation.\n"
        + "The plan says what the cited source says; it is not medical advice.\n";
  }

  /**
   * Runs {@code icans plan}.
   *
   * @param args the arguments after the command word
   * @param in standard input (not read)
   * @param out standard output: the plan, or the help
   * @param err standard error: what is wrong with the command line
   * @return the exit status: 0 printed, 1 wrong command line or no default policy
   */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    Arguments a;
    try {
      a = SituationOptions.addTo(Arguments.spec(NAME)
              .value(POLICY, "a policy id, one of " + String.join(", ", ManagementPolicies.ids())))
          .value(FORMAT, "text or json")
          .flag(AUDIT)
          .parse(args);
    } catch (UsageException e) {
      return Console.fail(err, NAME, e.getMessage());
    }
    if (a.helpRequested()) {
      Console.print(out, usage());
      return Console.OK;
    }
    try {
      boolean json = a.choice(FORMAT, "text", "json").equals("json");
      Optional<ManagementPolicy> named = Optional.empty();
      if (a.has(POLICY)) {
        String id = a.value(POLICY).get();
        named = Optional.of(ManagementPolicies.byId(id).orElseThrow(() -> UsageException.notAllowed(POLICY, id,
            "one of " + String.join(", ", ManagementPolicies.ids()))));
      }
      SituationOptions.Given given = SituationOptions.read(a, in, err);
      Situation situation = given.situation();
      ManagementPolicy policy;
      if (named.isPresent()) {
        policy = named.get();
      } else {
        policy = ManagementPolicies.defaultFor(situation).orElseThrow(() -> noDefault(situation));
      }
      Plan plan = policy.plan(situation);
      if (!plan.inScope()) {
        throw new UsageException(policy.id() + " does not address this patient: " + plan.outOfScopeReason().orElseThrow());
      }
      AuditReport audit = a.flag(AUDIT) ? PlanAudit.audit(plan) : null;
      if (json) {
        Console.printLine(out, audit == null ? plan.toJson()
            : "{\n  \"plan\": " + indent(plan.toJson()) + ",\n  \"audit\": " + indent(audit.toJson()) + "\n}");
      } else {
        StringBuilder s = new StringBuilder();
        given.assessmentLine().ifPresent(line -> s.append(line).append('\n'));
        given.conversionLine().ifPresent(line -> s.append(line).append('\n'));
        if (named.isEmpty()) {
          s.append("Policy: ").append(policy.id()).append(", the default for this situation (no --policy given)\n");
        }
        if (s.length() > 0) {
          s.append('\n');
        }
        String text = plan.toText();
        s.append(text);
        if (audit != null) {
          s.append(text.endsWith("\n") ? "\n" : "\n\n").append(audit.toText());
        }
        Console.printLine(out, s.toString());
      }
    } catch (UsageException e) {
      return Console.fail(err, NAME, e.getMessage());
    }
    return Console.finish(out, err, NAME, Console.OK);
  }

  private static UsageException noDefault(Situation s) {
    String ids = String.join(", ", ManagementPolicies.ids());
    if (s.product().isEmpty()) {
      return new UsageException("no --policy given, and the default policy is chosen by product and age: give "
          + "--product, or --policy (one of " + ids + ")");
    }
    return new UsageException("no --policy given, and no verified policy covers this situation (" + s.describe()
        + "), so there is no default: give --policy (one of " + ids + ")");
  }

  /** A JSON text nested one level deeper: every line after the first indented by two spaces. */
  private static String indent(String json) {
    return json.strip().replace("\n", "\n  ");
  }
}
