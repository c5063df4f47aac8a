package org.icans.risk.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icans.model.evidence.Citation;
import org.icans.model.patient.Product;
import org.icans.model.patient.TherapyModality;
import org.icans.risk.Caveat;
import org.icans.risk.SourcedFact;
import org.icans.risk.product.IncidenceReport;
import org.icans.risk.product.ProductProfile;
import org.icans.risk.score.ScoreResult;
import org.icans.risk.warning.EarlyWarning;
import org.icans.risk.window.ExpectedWindow;

/** Renders a {@link RiskReport} as text, lines wrapped at {@value #WIDTH} characters. */
final class ReportText {
  static final int WIDTH = 100;

  private final StringBuilder out = new StringBuilder();
  private final Set<Citation> cited = new LinkedHashSet<>();

  private ReportText() {}

  static String render(RiskReport r) {
    return new ReportText().report(r);
  }

  private String report(RiskReport r) {
    line("ICANS RISK REPORT - patient " + r.patientId());
    line("Informs monitoring; it does not decide treatment. Every figure names its source and how firmly it is "
        + "established (verified, secondary = from a seed or summary, project choice).", "");
    product(r);
    line("");

    heading("SCORES (inputs converted to the units each formula requires)");
    if (r.scores().isEmpty()) {
      item("none computable: each needs LDH, platelets and creatinine or CRP from the same day");
    }
    for (ScoreResult s : r.scores()) {
      StringBuilder b = new StringBuilder();
      b.append(s.timePoint()).append(": ").append(s.score().label()).append(" = ").append(s.displayValue());
      if (s.score().cutOff().isPresent()) {
        b.append(s.beyondCutOff().orElse(false) ? ", ABOVE" : ", not above").append(" the cut-off ")
            .append(s.score().cutOff().get().label());
      }
      if (!s.studiedTimePoint()) {
        b.append(" (not a time point this score was studied at)");
      }
      item(b.toString());
      detail(s.calculation());
      for (var m : s.inputs()) {
        if (m.wasConverted()) {
          detail("converted: " + m.describe());
        }
      }
      if (s.score().cutOff().isPresent()) {
        detail(s.score().cutOff().get().meaning() + " " + cite(s.score().cutOff().get().source()));
      } else {
        detail(s.score().note() + " " + cites(s.score().sources()));
      }
    }
    line("");

    heading("EARLY WARNINGS");
    if (r.warnings().isEmpty()) {
      item("none found in the data given (see caveats for what could not be judged)");
    }
    for (EarlyWarning w : r.warnings()) {
      item("! " + w.time().label() + ": " + w.kind().title() + " [window: " + w.kind().window().describe() + "]");
      detail("Found: " + w.found());
      detail("Meaning: " + w.meaning() + " " + cites(w.sources()));
    }
    line("");

    heading("CAVEATS (what the data could not show)");
    if (r.caveats().isEmpty()) {
      item("none");
    }
    for (Caveat c : r.caveats()) {
      item(c.text() + " " + cite(c.source()));
    }
    line("");

    heading("RISK FACTORS (flags; none is scored)");
    if (r.riskFactors().isEmpty()) {
      item("none reported");
    }
    for (FlaggedRiskFactor f : r.riskFactors()) {
      item(f.factor().label() + (f.fromProduct() ? " (comes with the product)" : " (reported)") + ": "
          + f.factor().finding() + f.factor().disagreement().map(d -> " But: " + d).orElse("") + " "
          + cites(f.factor().sources()));
    }
    item("Age: the sources disagree, and give no cut-off, so age is not scored:");
    for (SourcedFact a : r.ageDisagreement()) {
      detail(a.text() + " " + cite(a.source()));
    }
    line("");

    heading("PRODUCT BASELINE");
    if (r.productProfile().isEmpty()) {
      item("no product profile (see caveats)");
    } else {
      ProductProfile p = r.productProfile().get();
      for (IncidenceReport i : p.incidence()) {
        item(i.summary() + " " + cite(i.source()));
      }
      for (SourcedFact n : p.notes()) {
        item(n.text() + " " + cite(n.source()));
      }
    }
    line("");

    ExpectedWindow w = r.expectedWindow();
    heading("EXPECTED WINDOW" + w.era().map(e -> " (label era: " + e.label() + ")").orElse(" (label era not given: both shown)"));
    sub("Onset", w.onset());
    sub("How long to watch", w.watch());
    sub("Proximity and driving", w.drivingAndProximity());
    line("");

    heading("SOURCES");
    Map<String, List<Citation>> byKey = new LinkedHashMap<>();
    for (Citation c : cited) {
      byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    }
    for (List<Citation> same : byKey.values()) {
      Citation first = same.get(0);
      List<String> places = new ArrayList<>();
      for (Citation c : same) {
        places.add(c.locator());
      }
      item("[" + first.key() + "] " + first.reference() + " (" + evidence(first) + "). Cited for: "
          + String.join("; ", places));
    }
    return out.toString();
  }

  private void product(RiskReport r) {
    if (r.product().isEmpty()) {
      line("Product: not given");
      return;
    }
    Product p = r.product().get();
    String names = r.productProfile().map(pp -> " (" + pp.brandName() + ", " + pp.abbreviation() + ")").orElse("");
    String modality = p.modality() == TherapyModality.CAR_T_CELL ? "CAR T cells" : "bispecific T-cell engager";
    line("Product: " + p.name() + names + "; " + modality + ", target " + p.target().code());
  }

  private void sub(String title, List<SourcedFact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    item(title + ":");
    for (SourcedFact f : facts) {
      detail(f.text() + " " + cite(f.source()));
    }
  }

  private String cite(Citation c) {
    cited.add(c);
    return "[" + c.key() + ", " + evidence(c) + "]";
  }

  private String cites(List<Citation> cs) {
    List<String> parts = new ArrayList<>();
    for (Citation c : cs) {
      parts.add(cite(c));
    }
    return String.join(" ", parts);
  }

  private static String evidence(Citation c) {
    return c.evidence().code().replace('_', ' ');
  }

  private void heading(String s) {
    line(s);
  }

  private void item(String s) {
    line("  - " + s, "    ");
  }

  private void detail(String s) {
    line("      " + s, "      ");
  }

  private void line(String s) {
    line(s, "");
  }

  /** Appends {@code s} wrapped at {@link #WIDTH}, continuation lines indented by {@code hang}. */
  private void line(String s, String hang) {
    String rest = s;
    boolean first = true;
    while (true) {
      String prefix = first ? "" : hang;
      String body = first ? rest : rest.stripLeading();
      if (prefix.length() + body.length() <= WIDTH) {
        out.append(prefix).append(body).append('\n');
        return;
      }
      int max = WIDTH - prefix.length();
      int cut = body.lastIndexOf(' ', max);
      if (cut <= hang.length()) {
        cut = body.indexOf(' ', max);
        if (cut < 0) {
          out.append(prefix).append(body).append('\n');
          return;
        }
      }
      out.append(prefix).append(body, 0, cut).append('\n');
      rest = body.substring(cut + 1);
      first = false;
    }
  }
}
