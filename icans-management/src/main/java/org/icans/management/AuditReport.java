package org.icans.management;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.icans.model.internal.json.JsonWriter;
import org.icans.model.evidence.Citation;

/** The findings of one plan's audit, with text and JSON renderings. Immutable. */
public final class AuditReport {
  private final Plan plan;
  private final List<AuditFinding> findings;

  AuditReport(Plan plan, List<AuditFinding> findings) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.findings = List.copyOf(findings);
  }

  /** The plan audited. */
  public Plan plan() {
    return plan;
  }

  /** Every finding, violations and advisories, in the order found. */
  public List<AuditFinding> findings() {
    return findings;
  }

  /** The violations. */
  public List<AuditFinding> violations() {
    return findings.stream().filter(f -> f.severity() == Severity.VIOLATION).collect(Collectors.toUnmodifiableList());
  }

  /** The advisories. */
  public List<AuditFinding> advisories() {
    return findings.stream().filter(f -> f.severity() == Severity.ADVISORY).collect(Collectors.toUnmodifiableList());
  }

  /** Whether the plan breaks no rule (advisories may remain). */
  public boolean isClean() {
    return violations().isEmpty();
  }

  /** The findings for one rule. */
  public List<AuditFinding> findings(AuditRule rule) {
    Objects.requireNonNull(rule, "rule");
    return findings.stream().filter(f -> f.rule() == rule).collect(Collectors.toUnmodifiableList());
  }

  /** The report as text for a person. */
  public String toText() {
    StringBuilder s = new StringBuilder("Audit of the plan of ").append(plan.policy().id()).append(" for: ")
        .append(plan.situation().describe()).append('\n');
    if (findings.isEmpty()) {
      s.append("  no findings\n");
    }
    for (AuditFinding f : findings) {
      s.append("  - ").append(f.severity()).append(" [").append(f.rule().code()).append("] ").append(f.message())
          .append('\n');
      f.namedSource().ifPresent(c -> s.append("      named source: ").append(c.shortForm()).append(" [")
          .append(Render.tag(c.evidence())).append("]\n"));
      s.append("      rule sources: ").append(f.rule().sources().stream().map(Citation::shortForm)
          .collect(Collectors.joining("; "))).append('\n');
    }
    return s.toString();
  }

  /** The report as a JSON object (pretty-printed). */
  public String toJson() {
    JsonWriter w = JsonWriter.roundedTo(2);
    w.beginObject();
    w.member("policy", plan.policy().id());
    w.name("situation");
    Render.writeSituation(w, plan.situation());
    w.member("clean", isClean());
    w.name("findings").beginArray();
    for (AuditFinding f : findings) {
      w.beginObject();
      w.member("rule", f.rule().code());
      w.member("severity", f.severity().code());
      w.member("message", f.message());
      w.member("ruleStatement", f.rule().statement());
      w.name("ruleSources").beginArray();
      f.rule().sources().forEach(c -> Render.writeCitation(w, c));
      w.endArray();
      if (f.namedSource().isPresent()) {
        w.name("namedSource");
        Render.writeCitation(w, f.namedSource().get());
      }
      if (f.action().isPresent()) {
        w.name("action");
        Render.writeAction(w, f.action().get());
      }
      w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.toJson();
  }

  @Override
  public String toString() {
    return toText();
  }

  /** Equal when the plan and the findings are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof AuditReport && plan.equals(((AuditReport) o).plan)
        && findings.equals(((AuditReport) o).findings);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(plan, findings);
  }
}
