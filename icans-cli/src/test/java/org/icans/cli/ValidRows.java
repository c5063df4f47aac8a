package org.icans.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.icans.cli.assessment.Decimals;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.encephalopathy.IceTasks;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;
import org.icans.testing.Assessments;
import org.icans.testing.CrsObservations;
import org.icans.testing.IcansObservations;
import org.icans.testing.Patients;

/**
 * Rows that keep the file contract, as cells by column name, each written from a valid assessment of
 * icans-testing (every value each column allows, empty included), so the cross-column rules hold by
 * construction: ICE tasks all or none and adding up to the score, CAPD answers agreeing with the
 * total, a flow only with a device and always with a nasal cannula. What the text may vary for the
 * same assessment varies too: totals written beside their tasks and answers or left empty,
 * {@code false} written or left empty, lists in either order.
 */
public final class ValidRows {
  private ValidRows() {}

  /** Every column of the contract, in the spec's order. */
  public static final List<String> COLUMNS = List.of("patient_id", "day", "age_years", "developmental_delay",
      "ice_score", "ice_orientation", "ice_naming", "ice_commands", "ice_writing", "ice_attention", "capd_score",
      "capd_items", "consciousness", "seizure", "motor", "icp", "other_cause", "death_from", "temperature_c",
      "fever_masked", "hypotension", "oxygen", "oxygen_lpm");

  /**
   * The assessments a row can hold: icans-testing's valid assessments, their patients without weight
   * or product (no column carries them).
   */
  public static Arbitrary<Assessment> assessments() {
    Arbitrary<Patient> patients = Patients.valid().map(p -> Patient.builder().ageYears(p.ageYears())
        .developmentalDelay(p.developmentalDelay()).build());
    return Assessments.of(Assessments.patientIds(), Assessments.days(), patients, IcansObservations.valid(),
        CrsObservations.valid());
  }

  /** One valid row, as cells by column name. */
  public static Arbitrary<Map<String, String>> rows() {
    Arbitrary<Boolean> b = Arbitraries.of(false, true);
    return Combinators.combine(assessments(), b, b, b).as(ValidRows::cells);
  }

  /**
   * The cells of a row holding {@code a}: with the ICE and CAPD totals written beside their tasks and
   * answers or not ({@code totals}), {@code false} written or left empty ({@code falseAsEmpty}), the
   * words of lists in the model's order or reversed.
   */
  public static Map<String, String> cells(Assessment a, boolean totals, boolean falseAsEmpty, boolean reversed) {
    IcansObservation i = a.icans();
    CrsObservation c = a.crs();
    Map<String, String> row = new LinkedHashMap<>();
    row.put("patient_id", a.patientId());
    row.put("day", Decimals.format(a.day()));
    row.put("age_years", Decimals.format(a.patient().ageYears()));
    row.put("developmental_delay", bool(a.patient().developmentalDelay(), falseAsEmpty));
    Optional<IceScore> ice = i.ice();
    Optional<IceTasks> tasks = ice.flatMap(IceScore::tasks);
    row.put("ice_score", ice.isPresent() && (tasks.isEmpty() || totals) ? Integer.toString(ice.get().total()) : "");
    row.put("ice_orientation", tasks.map(t -> Integer.toString(t.orientation())).orElse(""));
    row.put("ice_naming", tasks.map(t -> Integer.toString(t.naming())).orElse(""));
    row.put("ice_commands", tasks.map(t -> Integer.toString(t.commands())).orElse(""));
    row.put("ice_writing", tasks.map(t -> Integer.toString(t.writing())).orElse(""));
    row.put("ice_attention", tasks.map(t -> Integer.toString(t.attention())).orElse(""));
    Optional<CapdScore> capd = i.capd();
    boolean answers = capd.flatMap(CapdScore::answers).isPresent();
    row.put("capd_score", capd.isEmpty() || answers && !totals ? ""
        : capd.get().isUnableToPerform() ? "unable" : Integer.toString(capd.get().total().getAsInt()));
    row.put("capd_items", capd.flatMap(CapdScore::answers)
        .map(l -> String.join(";", l.asList().stream().map(x -> Integer.toString(x.code())).toList())).orElse(""));
    row.put("consciousness", i.consciousness().map(ValidRows::word).orElse(""));
    row.put("seizure", i.seizure().map(ValidRows::word).orElse(""));
    row.put("motor", i.motor().map(m -> list(m.asSet(), true, reversed)).orElse(""));
    row.put("icp", i.icp().map(m -> list(m.asSet(), true, reversed)).orElse(""));
    List<Enum<?>> otherCause = new ArrayList<>(i.attributedToOtherCause());
    otherCause.addAll(c.attributedToOtherCause());
    row.put("other_cause", list(otherCause, false, reversed));
    List<String> deaths = new ArrayList<>();
    if (i.diedOfIcans()) {
      deaths.add("icans");
    }
    if (c.diedOfCrs()) {
      deaths.add("crs");
    }
    row.put("death_from", String.join(";", reversed ? reversedCopy(deaths) : deaths));
    row.put("temperature_c", c.temperatureCelsius().isPresent() ? Decimals.format(c.temperatureCelsius().getAsDouble())
        : "");
    row.put("fever_masked", bool(c.feverMasked(), falseAsEmpty));
    row.put("hypotension", c.hypotension().map(ValidRows::word).orElse(""));
    row.put("oxygen", c.oxygen().map(o -> word(o.device())).orElse(""));
    row.put("oxygen_lpm", c.oxygen().filter(o -> o.flowLitresPerMinute().isPresent())
        .map(o -> Decimals.format(o.flowLitresPerMinute().getAsDouble())).orElse(""));
    return row;
  }

  private static String bool(boolean value, boolean falseAsEmpty) {
    return value ? "true" : falseAsEmpty ? "" : "false";
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The words of a set of findings; an empty set is {@code none} where the column has it, else empty. */
  private static String list(Collection<? extends Enum<?>> values, boolean withNone, boolean reversed) {
    if (values.isEmpty()) {
      return withNone ? "none" : "";
    }
    List<String> words = values.stream().map(ValidRows::word).toList();
    return String.join(";", reversed ? reversedCopy(words) : words);
  }

  private static <T> List<T> reversedCopy(List<T> values) {
    List<T> copy = new ArrayList<>(values);
    Collections.reverse(copy);
    return copy;
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
