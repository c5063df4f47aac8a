package org.icans.cli.plan;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Iterator;
import org.icans.cli.args.IcansCommand;
import org.icans.cli.args.UsageException;
import org.icans.management.AuditReport;
import org.icans.management.ManagementPolicies;
import org.icans.management.ManagementPolicy;
import org.icans.management.Plan;
import org.icans.management.PlanAudit;
import org.icans.management.Situation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code icans plan}: the management plan of one cited policy for one clinical situation
 * ({@link ManagementPolicy#plan}), as text or JSON, optionally with its audit ({@link PlanAudit}).
 * Without {@code --policy}, the default policy for the situation
 * ({@link ManagementPolicies#defaultFor}).
 *
 * <p>One instance per command line; {@link #run} uses only the streams it is given.
 */
@Command(name = PlanCommand.NAME,
    description = {
      "The plan of one management policy for one situation (docs/clinical-commands.md).",
      "",
      "Prints each action with its computed dose, evidence tag and source, and what the source leaves unsaid. "
          + "The situation is given by --icans-grade, --crs-grade, --age and --weight (required), or read "
          + "with --assessments FILE --patient ID [--day D] and --weight. A weight given in pounds is shown "
          + "first as given and in kg (Weight: 154 lb (69.85 kg))."},
    exitCodeList = {
      "0:the plan was printed",
      "1:the command line is wrong, the policy does not address this patient (for example a child and an "
          + "adults-only source: the message names the policies that do), or no --policy was given and no "
          + "policy is the default for the situation"},
    footer = "The plan says what the cited source says; it is not medical advice.")
public final class PlanCommand extends IcansCommand {
  /** The command word. */
  public static final String NAME = "plan";

  @Option(names = "--policy", paramLabel = "ID", converter = Policy.class, completionCandidates = Policy.class,
      description = "a policy id, one of ${COMPLETION-CANDIDATES}. Without it, the default policy for the "
          + "situation: the most specific verified source whose scope covers the product and the age (needs "
          + "--product)")
  private ManagementPolicy policy;

  @Mixin
  SituationOptions situation;

  @Option(names = "--format", paramLabel = "text|json", converter = TextOrJson.Converter.class,
      description = "text for people (the default), or one JSON object")
  private TextOrJson format = TextOrJson.TEXT;

  @Option(names = "--audit", description = "also the audit of the plan against the safety rules that hold across "
      + "sources (no tocilizumab for isolated ICANS, dose caps, steroid duration)")
  private boolean audit;

  /** The command line of {@code icans plan}; picocli fills it. */
  public PlanCommand() {}

  /**
   * Runs {@code icans plan}.
   *
   * @return the exit status: 0 printed
   * @throws UsageException for a wrong command line, or no default policy
   */
  @Override
  protected int run(InputStream in, PrintStream out, PrintStream err) throws UsageException {
    SituationOptions.Given given = situation.read(in, err);
    Situation s = given.situation();
    ManagementPolicy p = policy != null ? policy : ManagementPolicies.defaultFor(s).orElseThrow(() -> noDefault(s));
    Plan plan = p.plan(s);
    if (!plan.inScope()) {
      throw new UsageException(p.id() + " does not address this patient: " + plan.outOfScopeReason().orElseThrow());
    }
    AuditReport report = audit ? PlanAudit.audit(plan) : null;
    if (format == TextOrJson.JSON) {
      Console.printLine(out, report == null ? plan.toJson()
          : "{\n  \"plan\": " + indent(plan.toJson()) + ",\n  \"audit\": " + indent(report.toJson()) + "\n}");
    } else {
      StringBuilder text = new StringBuilder();
      given.assessmentLine().ifPresent(line -> text.append(line).append('\n'));
      given.conversionLine().ifPresent(line -> text.append(line).append('\n'));
      if (policy == null) {
        text.append("Policy: ").append(p.id()).append(", the default for this situation (no --policy given)\n");
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      String planText = plan.toText();
      text.append(planText);
      if (report != null) {
        text.append(planText.endsWith("\n") ? "\n" : "\n\n").append(report.toText());
      }
      Console.printLine(out, text.toString());
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

  /** The converter of {@code --policy}: a policy id (case ignored); also the ids, for the help. */
  static final class Policy implements CommandLine.ITypeConverter<ManagementPolicy>, Iterable<String> {
    @Override
    public ManagementPolicy convert(String id) {
      return ManagementPolicies.byId(id).orElseThrow(() -> new CommandLine.TypeConversionException(
          UsageException.quoted(id) + " is not allowed; allowed: one of " + String.join(", ", ManagementPolicies.ids())));
    }

    @Override
    public Iterator<String> iterator() {
      return ManagementPolicies.ids().iterator();
    }
  }

  /** A JSON text nested one level deeper: every line after the first indented by two spaces. */
  private static String indent(String json) {
    return json.strip().replace("\n", "\n  ");
  }
}
