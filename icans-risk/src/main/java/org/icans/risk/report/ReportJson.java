package org.icans.risk.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icans.model.evidence.Citation;
import org.icans.risk.Caveat;
import org.icans.risk.SourcedFact;
import org.icans.model.internal.json.JsonWriter;
import org.icans.risk.observation.Measurement;
import org.icans.risk.observation.TimePoint;
import org.icans.risk.product.IncidenceReport;
import org.icans.risk.score.CutOff;
import org.icans.risk.score.ScoreResult;
import org.icans.risk.warning.EarlyWarning;
import org.icans.risk.window.ExpectedWindow;

/**
 * Renders a {@link RiskReport} as JSON. Names are snake_case; absent values are {@code null};
 * every citation is inline as {@code {"key", "locator", "evidence"}}, and {@code references} maps
 * each key to its full reference.
 */
final class ReportJson {
  private final JsonWriter w = JsonWriter.exact();
  private final Map<String, String> references = new LinkedHashMap<>();

  private ReportJson() {}

  static String render(RiskReport r) {
    return new ReportJson().report(r);
  }

  private String report(RiskReport r) {
    w.beginObject();
    w.name("patient_id").value(r.patientId());
    w.name("product");
    if (r.product().isPresent()) {
      w.beginObject();
      w.name("name").value(r.product().get().name());
      w.name("modality").value(r.product().get().modality().code());
      w.name("target").value(r.product().get().target().code());
      w.name("brand_name").value(r.productProfile().map(p -> p.brandName()));
      w.endObject();
    } else {
      w.nullValue();
    }

    w.name("scores").beginArray();
    for (ScoreResult s : r.scores()) {
      score(s);
    }
    w.endArray();

    w.name("warnings").beginArray();
    for (EarlyWarning e : r.warnings()) {
      w.beginObject();
      w.name("kind").value(e.kind().code());
      w.name("title").value(e.kind().title());
      w.name("window").value(e.kind().window().describe());
      time(e.time());
      w.name("found").value(e.found());
      w.name("meaning").value(e.meaning());
      citations(e.sources());
      w.endObject();
    }
    w.endArray();

    w.name("caveats").beginArray();
    for (Caveat c : r.caveats()) {
      w.beginObject();
      w.name("day").value(c.day());
      w.name("text").value(c.text());
      w.name("source");
      citation(c.source());
      w.endObject();
    }
    w.endArray();

    w.name("risk_factors").beginArray();
    for (FlaggedRiskFactor f : r.riskFactors()) {
      w.beginObject();
      w.name("key").value(f.factor().code());
      w.name("label").value(f.factor().label());
      w.name("from_product").value(f.fromProduct());
      w.name("finding").value(f.factor().finding());
      w.name("disagreement").value(f.factor().disagreement());
      citations(f.factor().sources());
      w.endObject();
    }
    w.endArray();
    w.name("age_disagreement");
    facts(r.ageDisagreement());

    w.name("product_baseline");
    if (r.productProfile().isPresent()) {
      w.beginObject();
      w.name("incidence").beginArray();
      for (IncidenceReport i : r.productProfile().get().incidence()) {
        incidence(i);
      }
      w.endArray();
      w.name("notes");
      facts(r.productProfile().get().notes());
      w.endObject();
    } else {
      w.nullValue();
    }

    ExpectedWindow x = r.expectedWindow();
    w.name("expected_window").beginObject();
    w.name("label_era").value(x.era().map(e -> e.code()));
    w.name("onset");
    facts(x.onset());
    w.name("watch");
    facts(x.watch());
    w.name("driving_and_proximity");
    facts(x.drivingAndProximity());
    w.endObject();

    w.name("references").beginObject();
    for (Map.Entry<String, String> e : references.entrySet()) {
      w.name(e.getKey()).value(e.getValue());
    }
    w.endObject();
    w.endObject();
    return w.toJson() + "\n";
  }

  private void score(ScoreResult s) {
    w.beginObject();
    w.name("score").value(s.score().code());
    w.name("label").value(s.score().label());
    w.name("day").value((long) s.day());
    w.name("time_point").value(s.timePoint());
    w.name("value").value(s.value());
    w.name("formula").value(s.score().formula());
    w.name("calculation").value(s.calculation());
    w.name("studied_time_point").value(s.studiedTimePoint());
    w.name("studied_time_points").value(s.score().studiedTimePoints());
    w.name("cut_off");
    if (s.score().cutOff().isPresent()) {
      CutOff c = s.score().cutOff().get();
      w.beginObject();
      w.name("threshold").value(c.threshold());
      w.name("strictly_above").value(c.strictlyAbove());
      w.name("beyond").value(s.beyondCutOff().orElse(false));
      w.name("meaning").value(c.meaning());
      w.name("source");
      citation(c.source());
      w.endObject();
    } else {
      w.nullValue();
    }
    w.name("note").value(s.score().note());
    w.name("inputs").beginArray();
    for (Measurement m : s.inputs()) {
      measurement(m);
    }
    w.endArray();
    citations(s.score().sources());
    w.endObject();
  }

  private void measurement(Measurement m) {
    w.beginObject();
    w.name("analyte").value(m.analyte().code());
    w.name("value").value(m.value());
    w.name("unit").value(m.unit());
    w.name("standard_value").value(m.standardValue());
    w.name("standard_unit").value(m.analyte().standardUnit());
    time(m.time());
    w.endObject();
  }

  private void incidence(IncidenceReport i) {
    w.beginObject();
    w.name("study").value(i.study());
    w.name("population").value(i.population());
    w.name("patients").value(i.patients());
    w.name("counted").value(i.counted());
    w.name("grading").value(i.grading().label());
    w.name("any_grade_percent").value(i.anyGradePercent());
    w.name("grade_3_or_more_percent").value(i.gradeAtLeast3Percent());
    w.name("median_onset_days").value(i.medianOnsetDays());
    w.name("median_duration_days").value(i.medianDurationDays());
    w.name("detail").value(i.detail());
    w.name("source");
    citation(i.source());
    w.endObject();
  }

  private void time(TimePoint t) {
    w.name("day").value(t.day());
    w.name("hours_after_infusion").value(t.hoursAfterInfusion());
  }

  private void facts(List<SourcedFact> facts) {
    w.beginArray();
    for (SourcedFact f : facts) {
      w.beginObject();
      w.name("text").value(f.text());
      w.name("source");
      citation(f.source());
      w.endObject();
    }
    w.endArray();
  }

  private void citations(List<Citation> cs) {
    w.name("sources").beginArray();
    for (Citation c : cs) {
      citation(c);
    }
    w.endArray();
  }

  private void citation(Citation c) {
    references.putIfAbsent(c.key(), c.reference());
    w.beginObject();
    w.name("key").value(c.key());
    w.name("locator").value(c.locator());
    w.name("evidence").value(c.evidence().code());
    w.endObject();
  }
}
