package org.icans.cli.guide;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.icans.cli.plan.Arguments;
import org.icans.cli.plan.Console;
import org.icans.cli.plan.LenientCodes;
import org.icans.cli.plan.UsageException;
import org.icans.guidance.BodyTemperature;
import org.icans.guidance.Differentials;
import org.icans.guidance.GuidanceDocument;
import org.icans.guidance.NeurologicalFinding;
import org.icans.guidance.PatientContext;
import org.icans.guidance.PatientMaterials;
import org.icans.guidance.Symptom;
import org.icans.guidance.SymptomReport;
import org.icans.guidance.SymptomTriage;
import org.icans.guidance.TextFormat;
import org.icans.guidance.Triage;
import org.icans.model.InvalidValueException;
import org.icans.model.patient.LabelEra;
import org.icans.model.patient.Product;
import org.icans.model.patient.CataloguedProduct;
import org.icans.model.patient.ProductCatalogue;

/**
 * {@code icans guide}: patient guidance and the clinician's differential, as text or Markdown: the
 * triage of symptoms noticed at home ({@link SymptomTriage}), the wallet card and the home sheet
 * for a patient ({@link PatientMaterials}), and what to rule out before calling a neurological
 * change ICANS ({@link Differentials}).
 *
 * <p>Stateless; {@link #run} uses only the streams it is given.
 */
public final class GuideCommand {
  private GuideCommand() {}

  /** The command word. */
  public static final String NAME = "guide";

  static final String SYMPTOMS = "--symptoms";
  static final String TEMPERATURE = "--temperature";
  static final String PRODUCT = "--product";
  static final String INFUSION_DATE = "--infusion-date";
  static final String CENTRE = "--centre";
  static final String CONTACT = "--contact";
  static final String LABEL_ERA = "--label-era";
  static final String PATIENT_NAME = "--name";
  static final String CARD = "--card";
  static final String SHEET = "--sheet";
  static final String DIFFERENTIAL = "--differential";
  static final String FORMAT = "--format";

  /** The options that describe the patient, and the four of them a card or sheet needs. */
  private static final List<String> CONTEXT = List.of(PRODUCT, INFUSION_DATE, CENTRE, CONTACT, LABEL_ERA,
      PATIENT_NAME);
  private static final List<String> CONTEXT_REQUIRED = List.of(PRODUCT, INFUSION_DATE, CENTRE, CONTACT);

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** The library's fields and the options that set them, for its refusals. */
  private static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("symptom", SYMPTOMS),
      Map.entry("temperature", TEMPERATURE),
      Map.entry("labelEra", LABEL_ERA),
      Map.entry("format", FORMAT),
      Map.entry("finding", DIFFERENTIAL),
      Map.entry("findings", DIFFERENTIAL),
      Map.entry("context.product", PRODUCT),
      Map.entry("context.infusionDate", INFUSION_DATE),
      Map.entry("context.treatingCentre", CENTRE),
      Map.entry("context.contact", CONTACT),
      Map.entry("context.patientName", PATIENT_NAME),
      Map.entry("context.labelEra", LABEL_ERA));

  /** The help text. */
  static String usage() {
    return "Usage: icans guide [--symptoms WORD,WORD,...] [--temperature READING]\n"
        + "                   [--product NAME --infusion-date YYYY-MM-DD --centre NAME --contact TEXT\n"
        + "                    [--label-era rems|after_rems_removal] [--name NAME]] [--card] [--sheet]\n"
        + "                   [--differential FINDING,...] [--format text|markdown]\n"
        + "\n"
        + "Prints patient guidance from the cited patient education sheet and labels: the triage of\n"
        + "symptoms noticed at home, the wallet card and the home sheet; and, for a clinician, what to\n"
        + "rule out before calling a neurological change ICANS. At least one of --symptoms,\n"
        + "--temperature, --card, --sheet or --differential.\n"
        + "\n"
        + "Options:\n"
        + Console.option(SYMPTOMS + " WORD,...", "the symptoms noticed, separated by commas: "
            + Arguments.oneOf(Symptom.values(), Symptom::code).substring("one of ".length()))
        + Console.option(TEMPERATURE + " READING", "a temperature reading with a decimal point and C or F, "
            + "for example 38.4C or 101.1F; 38 C (100.4 F) or higher is a fever")
        + Console.option(CARD, "the wallet card (needs the patient options below)")
        + Console.option(SHEET, "the one-page home sheet (needs the patient options below)")
        + Console.option(DIFFERENTIAL + " FINDING,...", "the clinician's checklist of what to rule out for "
            + "these findings, separated by commas: "
            + Arguments.oneOf(NeurologicalFinding.values(), NeurologicalFinding::code).substring("one of ".length()))
        + Console.option(FORMAT + " text|markdown", "plain text wrapped to 78 columns (the default), or Markdown")
        + "\n"
        + "The patient, for --card and --sheet (and, with --symptoms, to name the care team):\n"
        + Console.option(PRODUCT + " NAME", "the product received: " + ProductCatalogue.acceptedNames())
        + Console.option(INFUSION_DATE + " DATE", "the date of the infusion (day 0), YYYY-MM-DD")
        + Console.option(CENTRE + " NAME", "the treating centre")
        + Console.option(CONTACT + " TEXT", "how to reach the care team, usually a telephone number")
        + Console.option(LABEL_ERA + " ERA", "the label era whose driving and proximity advice the centre "
            + "follows: rems (labels before June 2025) or after_rems_removal; without it the patient is told "
            + "to ask the care team")
        + Console.option(PATIENT_NAME + " NAME", "the patient's name, to print on the card")
        + Console.option("-h, --help", "show this help")
        + "\n"
        + "Exit status: 0 the guidance was printed; 1 nothing was asked, or the command line is wrong.\n"
        + "The guidance says what the cited sources say; it is not medical advice.\n";
  }

  /**
   * Runs {@code icans guide}.
   *
   * @param args the arguments after the command word
   * @param in standard input (not read)
   * @param out standard output: the documents, or the help
   * @param err standard error: what is wrong with the command line
   * @return the exit status: 0 printed, 1 nothing asked or wrong command line
   */
  public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    Arguments a;
    try {
      a = Arguments.spec(NAME)
          .value(SYMPTOMS, "symptom words separated by commas")
          .value(TEMPERATURE, "a reading such as 38.4C or 101.1F")
          .value(PRODUCT, "a product name: " + ProductCatalogue.acceptedNames())
          .value(INFUSION_DATE, "a date, YYYY-MM-DD")
          .value(CENTRE, "the name of the treating centre")
          .value(CONTACT, "how to reach the care team")
          .value(LABEL_ERA, "rems or after_rems_removal")
          .value(PATIENT_NAME, "the patient's name")
          .flag(CARD)
          .flag(SHEET)
          .value(DIFFERENTIAL, "finding words separated by commas")
          .value(FORMAT, "text or markdown")
          .parse(args);
    } catch (UsageException e) {
      return Console.fail(err, NAME, e.getMessage());
    }
    if (a.helpRequested()) {
      Console.print(out, usage());
      return Console.OK;
    }
    boolean triage = a.has(SYMPTOMS) || a.has(TEMPERATURE);
    if (!triage && !a.flag(CARD) && !a.flag(SHEET) && !a.has(DIFFERENTIAL)) {
      Console.print(err, "icans guide: nothing asked: give --symptoms, --temperature, --card, --sheet or "
          + "--differential\n\n" + usage());
      return Console.UNUSABLE;
    }
    List<GuidanceDocument> documents = new ArrayList<>();
    TextFormat format;
    try {
      format = LenientCodes.fromCode(TextFormat::fromCode, a.value(FORMAT).orElse(TextFormat.TEXT.code()));
      Optional<PatientContext> context = context(a);
      if (triage) {
        SymptomReport report = SymptomReport.of(codes(Symptom::fromCode, lowerCase(SYMPTOMS, a.list(SYMPTOMS),
            Symptom.allowedCodes())));
        if (a.has(TEMPERATURE)) {
          report = report.withTemperature(BodyTemperature.parse(a.value(TEMPERATURE).get()));
        }
        Triage t = SymptomTriage.triage(report);
        documents.add(context.isPresent() ? t.document(context.get()) : t.document());
      }
      if (a.flag(CARD)) {
        documents.add(PatientMaterials.walletCard(context.get()));
      }
      if (a.flag(SHEET)) {
        documents.add(PatientMaterials.homeSheet(context.get()));
      }
      if (a.has(DIFFERENTIAL)) {
        documents.add(Differentials.forPresentation(codes(NeurologicalFinding::fromCode, a.list(DIFFERENTIAL)))
            .document());
      }
    } catch (UsageException e) {
      return Console.fail(err, NAME, e.getMessage());
    } catch (InvalidValueException e) {
      return Console.fail(err, NAME, UsageException.of(e, FIELDS).getMessage());
    }
    StringBuilder s = new StringBuilder();
    for (GuidanceDocument d : documents) {
      s.append(s.length() == 0 ? "" : "\n").append(d.render(format));
    }
    Console.print(out, s.toString());
    return Console.finish(out, err, NAME, Console.OK);
  }

  /**
   * The patient, when any patient option is given (then the four required ones must be), or when
   * a card or sheet is asked for.
   */
  private static Optional<PatientContext> context(Arguments a) throws UsageException {
    boolean any = CONTEXT.stream().anyMatch(a::has);
    if (!any && !a.flag(CARD) && !a.flag(SHEET)) {
      return Optional.empty();
    }
    List<String> missing = new ArrayList<>();
    for (String o : CONTEXT_REQUIRED) {
      if (!a.has(o)) {
        missing.add(o);
      }
    }
    if (!missing.isEmpty()) {
      String asked = a.flag(CARD) ? CARD : a.flag(SHEET) ? SHEET : "the patient options";
      throw new UsageException(asked + " needs the patient: missing " + String.join(", ", missing));
    }
    String name = a.value(PRODUCT).get();
    Product product = ProductCatalogue.find(name).map(CataloguedProduct::product).orElseThrow(
        () -> UsageException.notAllowed(PRODUCT, name, "one of " + ProductCatalogue.acceptedNames()));
    PatientContext.Builder b = PatientContext.builder()
        .product(product)
        .infusionDate(date(a.value(INFUSION_DATE).get()))
        .treatingCentre(a.value(CENTRE).get())
        .contact(a.value(CONTACT).get());
    if (a.has(LABEL_ERA)) {
      b.labelEra(LenientCodes.fromCode(LabelEra::fromCode, a.value(LABEL_ERA).get()));
    }
    a.value(PATIENT_NAME).ifPresent(b::patientName);
    return Optional.of(b.build());
  }

  /** The values of the words, read as {@link LenientCodes} reads them, in the order given, without repeats. */
  private static <E> Set<E> codes(Function<String, E> fromCode, List<String> words) {
    Set<E> values = new LinkedHashSet<>();
    for (String w : words) {
      values.add(LenientCodes.fromCode(fromCode, w));
    }
    return values;
  }

  /**
   * The words as given, when each is a lower-case code: the codes are written in lower case, so
   * {@code SEIZURE} is a typing slip to point out, not a code to guess.
   */
  private static List<String> lowerCase(String option, List<String> words, String allowed) throws UsageException {
    for (String w : words) {
      if (!w.equals(w.toLowerCase(Locale.ROOT))) {
        throw UsageException.notAllowed(option, w, "one of " + allowed + " (codes are lower case)");
      }
    }
    return words;
  }

  /**
   * The earliest infusion date accepted: CAR T-cell infusions of the first trials began about
   * 2010, so an earlier date is a typing slip (0001-01-01, 1925 for 2025) [P].
   */
  static final LocalDate FIRST_INFUSION_DATE = LocalDate.of(2010, 1, 1);
  /** The latest infusion date accepted: a card may be printed ahead of a planned infusion [P]. */
  static final LocalDate LAST_INFUSION_DATE = LocalDate.of(2099, 12, 31);

  private static LocalDate date(String text) throws UsageException {
    String allowed = "a date that exists, written YYYY-MM-DD (for example 2025-07-01), from "
        + FIRST_INFUSION_DATE + " to " + LAST_INFUSION_DATE;
    if (DATE.matcher(text).matches()) {
      try {
        LocalDate d = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        if (d.isBefore(FIRST_INFUSION_DATE) || d.isAfter(LAST_INFUSION_DATE)) {
          throw UsageException.notAllowed(INFUSION_DATE, text, allowed);
        }
        return d;
      } catch (DateTimeParseException e) {
        // Falls through: a date that does not exist, such as 2025-02-30.
      }
    }
    throw UsageException.notAllowed(INFUSION_DATE, text, allowed);
  }
}
