package org.icans.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Rows that keep the file contract, as cells by column name, drawn from every value each column
 * allows (empty included) with the cross-column rules kept: ICE tasks all or none and adding up to
 * the score, CAPD answers agreeing with the total, a flow only with a device and always with a nasal
 * cannula.
 */
public final class ValidRows {
  private ValidRows() {}

  /** Every column of the contract, in the spec's order. */
  public static final List<String> COLUMNS = List.of("patient_id", "day", "age_years", "developmental_delay",
      "ice_score", "ice_orientation", "ice_naming", "ice_commands", "ice_writing", "ice_attention", "capd_score",
      "capd_items", "consciousness", "seizure", "motor", "icp", "other_cause", "death_from", "temperature_c",
      "fever_masked", "hypotension", "oxygen", "oxygen_lpm");

  static Arbitrary<String> orEmpty(Arbitrary<String> a) {
    return Arbitraries.oneOf(a, Arbitraries.just(""));
  }

  static Arbitrary<String> words(String... words) {
    return orEmpty(Arbitraries.of(words));
  }

  static Arbitrary<String> list(boolean withNone, String... words) {
    Arbitrary<String> some = Arbitraries.of(words).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(";", l));
    return withNone ? orEmpty(Arbitraries.oneOf(some, Arbitraries.just("none"))) : orEmpty(some);
  }

  static Arbitrary<String> decimal(int min, int max) {
    return Arbitraries.integers().between(min * 10, max * 10)
        .map(t -> (t < 0 ? "-" : "") + Math.abs(t) / 10 + (t % 10 == 0 ? "" : "." + Math.abs(t % 10)));
  }

  /** The ICE cells: ice_score and the five tasks. */
  static Arbitrary<List<String>> ice() {
    Arbitrary<List<Integer>> tasks = Combinators.combine(Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(0, 1)).as(List::of);
    Arbitrary<List<String>> withTasks = Combinators.combine(tasks, Arbitraries.of(true, false)).as((t, total) -> {
      List<String> cells = new ArrayList<>();
      cells.add(total ? Integer.toString(t.stream().mapToInt(Integer::intValue).sum()) : "");
      t.forEach(x -> cells.add(Integer.toString(x)));
      return cells;
    });
    Arbitrary<List<String>> scoreOnly = orEmpty(Arbitraries.integers().between(0, 10).map(String::valueOf))
        .map(s -> List.of(s, "", "", "", "", ""));
    return Arbitraries.oneOf(withTasks, scoreOnly);
  }

  /** The CAPD cells: capd_score and capd_items. */
  static Arbitrary<List<String>> capd() {
    Arbitrary<List<Integer>> items = Arbitraries.integers().between(0, 4).list().ofSize(8);
    Arbitrary<List<String>> withItems = Combinators.combine(items, Arbitraries.of(true, false)).as((codes, total) -> {
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += i < 4 ? 4 - codes.get(i) : codes.get(i);
      }
      List<String> text = codes.stream().map(String::valueOf).toList();
      return List.of(total ? Integer.toString(sum) : "", String.join(";", text));
    });
    Arbitrary<List<String>> scoreOnly = orEmpty(Arbitraries.oneOf(Arbitraries.integers().between(0, 32)
        .map(String::valueOf), Arbitraries.just("unable"))).map(s -> List.of(s, ""));
    return Arbitraries.oneOf(withItems, scoreOnly);
  }

  /** The oxygen cells: oxygen and oxygen_lpm. */
  static Arbitrary<List<String>> oxygen() {
    Arbitrary<String> flow = Arbitraries.of("0.5", "1", "2", "6", "6.5", "7", "15", "40");
    Arbitrary<List<String>> cannula = flow.map(f -> List.of("nasal_cannula", f));
    Arbitrary<List<String>> other = Combinators.combine(Arbitraries.of("blow_by", "high_flow_nasal_cannula",
        "facemask", "nonrebreather", "venturi", "cpap", "bipap", "mechanical_ventilation"), orEmpty(flow))
        .as(List::of);
    return Arbitraries.oneOf(cannula, other,
        Arbitraries.of(List.of("none", ""), List.of("", ""), List.of("unknown_device", "")));
  }

  /** One valid row, as cells by column name. */
  public static Arbitrary<Map<String, String>> rows() {
    Arbitrary<List<String>> patient = Combinators.combine(Arbitraries.of("P1", "P2", "x y", "Doe, J", "\"Q\"", "é"),
        decimal(-30, 40), decimal(0, 120), words("true", "false")).as(List::of);
    Arbitrary<List<String>> neuro = Combinators.combine(
        words("alert", "awakens_spontaneously", "awakens_to_voice", "awakens_to_touch", "unarousable"),
        words("none", "rapidly_resolving", "prolonged_or_repetitive"),
        list(true, "tremor", "myoclonus", "hemiparesis", "paraparesis"),
        list(true, "focal_edema", "diffuse_edema", "posturing", "cn6_palsy", "papilledema", "cushing_triad"),
        list(false, "encephalopathy", "consciousness", "seizure", "motor", "icp", "fever", "hypotension", "hypoxia"),
        list(false, "icans", "crs")).as(List::of);
    Arbitrary<List<String>> crs = Combinators.combine(orEmpty(decimal(25, 45)), words("true", "false"),
        words("none", "fluids", "one_vasopressor", "multiple_vasopressors", "unknown_support")).as(List::of);
    return Combinators.combine(patient, ice(), capd(), neuro, crs, oxygen()).as((p, i, c, n, r, o) -> {
      Map<String, String> row = new LinkedHashMap<>();
      List<String> cells = new ArrayList<>();
      cells.addAll(p);
      cells.addAll(i);
      cells.addAll(c);
      cells.addAll(n);
      cells.addAll(r);
      cells.addAll(o);
      for (int k = 0; k < COLUMNS.size(); k++) {
        row.put(COLUMNS.get(k), cells.get(k));
      }
      return row;
    });
  }

  /** A CSV file of these rows with the columns in {@code order}, quoted where RFC 4180 requires. */
  public static String file(List<String> order, List<Map<String, String>> rows) {
    StringBuilder s = new StringBuilder(String.join(",", order)).append('\n');
    for (Map<String, String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (String c : order) {
        cells.add(quoted(row.get(c)));
      }
      s.append(String.join(",", cells)).append('\n');
    }
    return s.toString();
  }

  static String quoted(String cell) {
    return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
        ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }
}
