package org.icans.cli.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Generates a SYNTHETIC cohort of CAR T-cell recipients as an assessment file (the CSV contract of
 * {@code docs/cli.md}): no real patient is in it. The same arguments always give the same bytes.
 *
 * <p>Each patient has a baseline assessment on day -1, then daily assessments to about day 30
 * (twice a day around a severe peak, an occasional missed day while well). CRS comes first (onset
 * day 0-4), ICANS, when it comes, usually 2-6 days later (day 3-10), as the references describe; a
 * first CRS of grade 2 or more is treated with tocilizumab, after which {@code fever_masked} is
 * true. The first nine patients are scripted to cover the cases worth showing (a seizure, focal
 * and diffuse edema, a child graded with the CAPD, an adult with developmental delay, a finding
 * attributed to sedation, ICANS after CRS has resolved, no ICANS, no CRS); the rest are drawn at
 * random with plausible frequencies.
 *
 * <p>Run with the Java source launcher, no build needed:
 * <pre>
 *   java icans-cli/src/test/java/org/icans/cli/examples/CohortGenerator.java 36 &gt; examples/cohort.csv
 *   java icans-cli/src/test/java/org/icans/cli/examples/CohortGenerator.java 100000 &gt; /tmp/big.csv
 * </pre>
 * The single argument is the number of patients (default 36); about 31 rows each.
 */
public final class CohortGenerator {
  /** The seed of every run: the output is a function of the patient count only. */
  static final long SEED = 20190401L;

  static final String HEADER = "patient_id,day,age_years,developmental_delay,ice_score,ice_orientation,"
      + "ice_naming,ice_commands,ice_writing,ice_attention,capd_score,capd_items,consciousness,seizure,motor,"
      + "icp,other_cause,temperature_c,fever_masked,hypotension,oxygen,oxygen_lpm,death_from";

  private static final int NO_FEATURE = 0;
  private static final int SEIZURE = 1;
  private static final int PROLONGED_SEIZURE = 2;
  private static final int FOCAL_EDEMA = 3;
  private static final int DIFFUSE_EDEMA = 4;
  private static final int HEMIPARESIS = 5;

  private CohortGenerator() {}

  /** Writes the cohort of {@code args[0]} patients (default 36) to standard output. */
  public static void main(String[] args) throws IOException {
    int patients = args.length > 0 ? Integer.parseInt(args[0]) : 36;
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    write(patients, out);
    out.flush();
  }

  /** Writes the header and the rows of {@code patients} patients. */
  public static void write(int patients, Writer out) {
    try {
      out.write(HEADER);
      out.write('\n');
      StringBuilder row = new StringBuilder(256);
      for (int i = 1; i <= patients; i++) {
        Patient p = patient(i, patients);
        p.write(out, row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The profile of patient {@code i}: scripted for the first nine, drawn for the rest. */
  static Patient patient(int i, int patients) {
    Random r = new Random(SEED + 7919L * i);
    Patient p = new Patient(r, i, patients);
    p.age = 19 + r.nextInt(60);
    p.delay = false;
    p.iceTasks = r.nextInt(10) < 3;
    p.capdItems = false;
    p.lastDay = 26 + r.nextInt(5);
    // Some sites write developmental_delay=false, most leave it empty.
    p.writesFalse = r.nextInt(4) == 0;
    int crs = r.nextInt(100);
    if (crs < 85) {
      p.crsOnset = r.nextInt(100) < 70 ? 1 + r.nextInt(3) : r.nextInt(5);
      int g = r.nextInt(100);
      p.crsPeak = g < 50 ? 1 : g < 85 ? 2 : g < 95 ? 3 : 4;
      p.crsDays = 3 + r.nextInt(6);
    }
    int icans = r.nextInt(100);
    if (icans < 35) {
      int base = p.crsOnset >= 0 ? p.crsOnset : 3;
      p.icansOnset = Math.max(3, Math.min(10, base + 1 + r.nextInt(5)));
      int g = r.nextInt(100);
      p.icansPeak = g < 35 ? 1 : g < 65 ? 2 : g < 90 ? 3 : 4;
      p.icansDays = 2 + r.nextInt(8);
      if (p.icansPeak >= 3 && r.nextInt(100) < 40) {
        p.feature = p.icansPeak == 3 ? (r.nextBoolean() ? SEIZURE : FOCAL_EDEMA)
            : (r.nextBoolean() ? PROLONGED_SEIZURE : DIFFUSE_EDEMA);
      }
      if (r.nextInt(100) < 10) {
        p.sedationDay = p.icansOnset + p.icansDays / 2;
      }
      p.tremor = r.nextInt(100) < 30;
    }
    if (r.nextInt(100) < 8) {
      p.age = 3 + r.nextInt(9);
      p.capdItems = r.nextBoolean();
    }
    switch (i) {
      case 1:
        // Typical: CRS grade 2 treated with tocilizumab, then ICANS grade 3 from a rapidly resolving seizure.
        p.set(52, false, 1, 2, 4, 5, 3, 5, SEIZURE);
        break;
      case 2:
        // Severe: CRS grade 3 on a vasopressor, ICANS grade 3 with focal edema on MRI, then unarousable (4).
        p.set(61, false, 1, 3, 6, 4, 4, 8, FOCAL_EDEMA);
        break;
      case 3:
        // A child of 7, graded with the CAPD total: CRS grade 2, ICANS grade 2 (awakens to voice).
        p.set(7, false, 1, 2, 4, 5, 2, 4, NO_FEATURE);
        break;
      case 4:
        // An adult with developmental delay: CAPD at any age, recorded item by item.
        p.set(34, true, 2, 1, 3, 6, 3, 5, NO_FEATURE);
        p.capdItems = true;
        break;
      case 5:
        // ICANS grade 1 with a day of sedation for MRI: depressed consciousness attributed to the drug.
        p.set(45, false, 2, 1, 3, 6, 1, 5, NO_FEATURE);
        p.sedationDay = 8;
        break;
      case 6:
        // CRS grade 1 only: never ICANS.
        p.set(67, false, 1, 1, 3, -1, 0, 0, NO_FEATURE);
        break;
      case 7:
        // Neither CRS nor ICANS.
        p.set(29, false, -1, 0, 0, -1, 0, 0, NO_FEATURE);
        break;
      case 8:
        // ICANS beginning after CRS has resolved, ICE recorded task by task.
        p.set(58, false, 0, 2, 3, 9, 2, 4, NO_FEATURE);
        p.iceTasks = true;
        break;
      case 9:
        // Grade 4 ICANS from diffuse cerebral edema, after grade 4 CRS on two vasopressors.
        p.set(39, false, 1, 4, 7, 4, 4, 9, DIFFUSE_EDEMA);
        break;
      default:
        break;
    }
    return p;
  }

  /** One synthetic patient: who, and the shape of their CRS and ICANS courses. */
  static final class Patient {
    final Random r;
    final String id;
    int age;
    boolean delay;
    boolean iceTasks;
    boolean capdItems;
    int lastDay;
    int crsOnset = -1;
    int crsPeak;
    int crsDays;
    int icansOnset = -1;
    int icansPeak;
    int icansDays;
    int feature = NO_FEATURE;
    int sedationDay = -1;
    boolean tremor;
    boolean writesFalse;

    Patient(Random r, int index, int patients) {
      this.r = r;
      int width = Math.max(3, Integer.toString(patients).length());
      StringBuilder s = new StringBuilder(Integer.toString(index));
      while (s.length() < width) {
        s.insert(0, '0');
      }
      this.id = "PT" + s;
    }

    void set(int ageYears, boolean developmentalDelay, int crsOnsetDay, int crsPeakGrade, int crsDuration,
        int icansOnsetDay, int icansPeakGrade, int icansDuration, int icansFeature) {
      age = ageYears;
      delay = developmentalDelay;
      capdItems = false;
      crsOnset = crsOnsetDay;
      crsPeak = crsPeakGrade;
      crsDays = crsDuration;
      icansOnset = icansOnsetDay;
      icansPeak = icansPeakGrade;
      icansDays = icansDuration;
      feature = icansFeature;
      sedationDay = -1;
    }

    boolean capd() {
      return delay || age < 12;
    }

    /** A tent-shaped course: a grade every two days up to the peak (day 2, or a third of the way in), then down, floor 1. */
    static int grade(int onset, int peak, int days, double day) {
      if (onset < 0 || day < onset || day >= onset + days) {
        return 0;
      }
      double t = day - onset;
      int peakAt = Math.min(days - 1, Math.max(2, days / 3));
      return (int) Math.max(1, peak - Math.floor(Math.abs(t - peakAt) / 2));
    }

    int tocilizumabDay() {
      for (int d = Math.max(0, crsOnset); crsOnset >= 0 && d < crsOnset + crsDays; d++) {
        if (grade(crsOnset, crsPeak, crsDays, d) >= 2) {
          return d;
        }
      }
      return -1;
    }

    void write(Writer out, StringBuilder row) throws IOException {
      int toci = tocilizumabDay();
      int icansPeakDay = icansOnset + Math.min(icansDays - 1, Math.max(2, icansDays / 3));
      for (int d = -1; d <= lastDay; d++) {
        int icans = grade(icansOnset, icansPeak, icansDays, d);
        int crs = grade(crsOnset, crsPeak, crsDays, d);
        boolean active = icans > 0 || crs > 0;
        if (d > 0 && !active && r.nextInt(100) < 12) {
          continue;
        }
        row.setLength(0);
        row(row, d, icans, crs, toci, d == icansPeakDay, sedationDay >= 0 && d == sedationDay);
        out.write(row.toString());
        if (icans >= 3) {
          // Neurological checks twice a day around a severe peak.
          row.setLength(0);
          row(row, d + 0.5, grade(icansOnset, icansPeak, icansDays, d + 0.5), crs, toci, false, false);
          out.write(row.toString());
        }
      }
    }

    private void row(StringBuilder s, double day, int icans, int crs, int toci, boolean peakDay,
        boolean sedated) {
      String[] f = new String[23];
      Arrays.fill(f, "");
      f[0] = id;
      f[1] = day == Math.rint(day) ? Integer.toString((int) day) : (int) day + ".5";
      f[2] = Integer.toString(age);
      f[3] = delay ? "true" : writesFalse ? "false" : "";
      icans(f, icans, peakDay, sedated);
      crs(f, day, crs, toci);
      s.append(String.join(",", f)).append('\n');
    }

    /** Columns ice_score (4) to other_cause (16). */
    private void icans(String[] f, int g, boolean peakDay, boolean sedated) {
      int iceTotal;
      int capdTotal;
      String consciousness;
      String seizure = "none";
      String icp = "";
      String motor = tremor && g >= 1 ? "tremor" : "none";
      String otherCause = "";
      // A seizure is seen on the day of the peak; edema and weakness last while ICANS is severe.
      boolean featureSeen = g >= 3 && feature != NO_FEATURE && (peakDay || feature >= FOCAL_EDEMA);
      int featureGrade = feature == SEIZURE || feature == FOCAL_EDEMA ? 3 : 4;
      // When the finding reaches the grade, encephalopathy stays a grade below it.
      int encephalopathy = featureSeen && featureGrade >= g ? Math.max(1, g - 1) : g;
      switch (encephalopathy) {
        case 0:
          iceTotal = 10;
          capdTotal = 0;
          consciousness = "alert";
          break;
        case 1:
          iceTotal = 7 + r.nextInt(3);
          capdTotal = 1 + r.nextInt(8);
          consciousness = capd() ? "awakens_spontaneously" : "alert";
          break;
        case 2:
          iceTotal = 3 + r.nextInt(4);
          capdTotal = 1 + r.nextInt(8);
          consciousness = capd() ? "awakens_to_voice" : r.nextBoolean() ? "alert" : "awakens_spontaneously";
          break;
        case 3:
          iceTotal = r.nextInt(3);
          capdTotal = 9 + r.nextInt(12);
          consciousness = r.nextBoolean() ? "awakens_to_voice" : "awakens_to_touch";
          break;
        default:
          iceTotal = 0;
          capdTotal = -1;
          consciousness = "unarousable";
          break;
      }
      if (featureSeen) {
        switch (feature) {
          case SEIZURE:
            seizure = "rapidly_resolving";
            break;
          case PROLONGED_SEIZURE:
            seizure = "prolonged_or_repetitive";
            break;
          case FOCAL_EDEMA:
            icp = "focal_edema";
            break;
          case DIFFUSE_EDEMA:
            icp = "diffuse_edema;papilledema";
            break;
          default:
            motor = "hemiparesis";
            break;
        }
      } else if (g >= 3 && peakDay) {
        // Imaging at the peak of a severe episode, without edema.
        icp = "none";
      }
      if (sedated) {
        // Propofol for MRI: the drowsiness is the drug's, not ICANS.
        consciousness = "awakens_to_touch";
        otherCause = "consciousness";
      }
      if (capd()) {
        if (capdTotal < 0) {
          f[10] = "unable";
        } else if (capdItems) {
          f[11] = capdItems(capdTotal);
        } else {
          f[10] = Integer.toString(capdTotal);
        }
      } else if (iceTasks) {
        int[] t = iceTasks(iceTotal);
        for (int i = 0; i < 5; i++) {
          f[5 + i] = Integer.toString(t[i]);
        }
      } else {
        f[4] = Integer.toString(iceTotal);
      }
      f[12] = consciousness;
      f[13] = seizure;
      f[14] = motor;
      f[15] = icp;
      f[16] = otherCause;
    }

    /** Five task scores adding up to {@code total}, filled in the order the screen is given. */
    private int[] iceTasks(int total) {
      int[] max = {4, 3, 1, 1, 1};
      int[] pts = new int[5];
      int left = total;
      while (left > 0) {
        int t = r.nextInt(5);
        if (pts[t] < max[t]) {
          pts[t]++;
          left--;
        }
      }
      return pts;
    }

    /** Eight CAPD answers (0 never .. 4 always) whose points add up to {@code total}. */
    private String capdItems(int total) {
      int[] pts = new int[8];
      int left = total;
      while (left > 0) {
        int t = r.nextInt(8);
        if (pts[t] < 4) {
          pts[t]++;
          left--;
        }
      }
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        // Items 1-4 are reverse-scored: the answer code is 4 minus the points.
        s.append(i == 0 ? "" : ";").append(i < 4 ? 4 - pts[i] : pts[i]);
      }
      return s.toString();
    }

    /** Columns temperature_c (17) to death_from (22). */
    private void crs(String[] f, double day, int g, int toci) {
      boolean masked = toci >= 0 && day > toci;
      int tenths;
      if (g == 0 || (masked && g == 1)) {
        // No fever; after tocilizumab a fever-only CRS is over.
        tenths = 364 + r.nextInt(14);
        if (masked) {
          g = 0;
        }
      } else if (masked) {
        tenths = 368 + r.nextInt(12);
      } else {
        tenths = 380 + r.nextInt(g >= 2 ? 20 : 12);
      }
      f[17] = tenths / 10 + "." + tenths % 10;
      f[18] = masked ? "true" : "";
      String hypotension = "none";
      String oxygen = "none";
      String lpm = "";
      switch (g) {
        case 2:
          if (r.nextBoolean()) {
            hypotension = "fluids";
          } else {
            oxygen = "nasal_cannula";
            lpm = Integer.toString(1 + r.nextInt(4));
          }
          break;
        case 3:
          hypotension = "one_vasopressor";
          if (r.nextBoolean()) {
            oxygen = "nasal_cannula";
            lpm = "2";
          }
          break;
        case 4:
          hypotension = "multiple_vasopressors";
          oxygen = r.nextBoolean() ? "high_flow_nasal_cannula" : "bipap";
          lpm = oxygen.equals("bipap") ? "" : "40";
          break;
        default:
          break;
      }
      f[19] = hypotension;
      f[20] = oxygen;
      f[21] = lpm;
    }
  }
}
