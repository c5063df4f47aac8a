package org.icans.cli.guide;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.icans.cli.args.Codes;
import org.icans.cli.args.IcansCommand;
import org.icans.cli.args.LenientCodes;
import org.icans.cli.args.ProductName;
import org.icans.cli.args.UsageException;
import org.icans.cli.args.WordList;
import org.icans.cli.plan.Console;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code icans guide}: patient guidance and the clinician's differential, as text or Markdown: the
 * triage of symptoms noticed at home ({@link SymptomTriage}), the wallet card and the home sheet
 * for a patient ({@link PatientMaterials}), and what to rule out before calling a neurological
 * change ICANS ({@link Differentials}).
 *
 * <p>One instance per command line; {@link #run} uses only the streams it is given.
 */
@Command(name = GuideCommand.NAME,
    description = {
      "Symptom triage, wallet card and home sheet for patients, and the differential.",
      "",
      "Prints patient guidance from the cited patient education sheet and labels: the triage of symptoms "
          + "noticed at home, the wallet card and the home sheet; and, for a clinician, what to rule out before "
          + "calling a neurological change ICANS. At least one of --symptoms, --temperature, --card, --sheet or "
          + "--differential. --card and --sheet need the patient: --product, --infusion-date, --centre and "
          + "--contact (with --symptoms they name the care team)."},
    exitCodeList = {"0:the guidance was printed", "1:nothing was asked, or the command line is wrong"},
    footer = "The guidance says what the cited sources say; it is not medical advice.")
public final class GuideCommand extends IcansCommand {
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

  @Option(names = SYMPTOMS, paramLabel = "WORD,...", converter = WordList.Converter.class,
      completionCandidates = SymptomCodes.class,
      description = "the symptoms noticed, separated by commas: ${COMPLETION-CANDIDATES}")
  private WordList symptoms;

  @Option(names = TEMPERATURE, paramLabel = "READING", description = "a temperature reading with a decimal point "
      + "and C or F, for example 38.4C or 101.1F; 38 C (100.4 F) or higher is a fever")
  private String temperature;

  @Option(names = CARD, description = "the wallet card (needs the patient options)")
  private boolean card;

  @Option(names = SHEET, description = "the one-page home sheet (needs the patient options)")
  private boolean sheet;

  @Option(names = DIFFERENTIAL, paramLabel = "FINDING,...", converter = WordList.Converter.class,
      completionCandidates = FindingCodes.class, description = "the clinician's checklist of what to rule out for "
          + "these findings, separated by commas: ${COMPLETION-CANDIDATES}")
  private WordList differential;

  @Option(names = FORMAT, paramLabel = "text|markdown", converter = Formats.class,
      description = "plain text wrapped to 78 columns (the default), or Markdown")
  private TextFormat format = TextFormat.TEXT;

  @Option(names = PRODUCT, paramLabel = "NAME", converter = ProductName.class, completionCandidates = ProductName.class,
      description = "the patient: the product received, ${COMPLETION-CANDIDATES}")
  private Product product;

  @Option(names = INFUSION_DATE, paramLabel = "DATE", converter = InfusionDate.class,
      description = "the patient: the date of the infusion (day 0), YYYY-MM-DD")
  private LocalDate infusionDate;

  @Option(names = CENTRE, paramLabel = "NAME", description = "the patient: the treating centre")
  private String centre;

  @Option(names = CONTACT, paramLabel = "TEXT", description = "the patient: how to reach the care team, usually a "
      + "telephone number")
  private String contact;

  @Option(names = LABEL_ERA, paramLabel = "ERA", converter = LabelEras.class, description = "the patient: the label "
      + "era whose driving and proximity advice the centre follows: rems (labels before June 2025) or "
      + "after_rems_removal; without it the patient is told to ask the care team")
  private LabelEra labelEra;

  @Option(names = PATIENT_NAME, paramLabel = "NAME", description = "the patient: the name to print on the card")
  private String patientName;

  /** The command line of {@code icans guide}; picocli fills it. */
  public GuideCommand() {}

  /**
   * Runs {@code icans guide}.
   *
   * @return the exit status: 0 printed, 1 nothing asked
   * @throws UsageException for a wrong command line
   */
  @Override
  protected int run(InputStream in, PrintStream out, PrintStream err) throws UsageException {
    boolean triage = symptoms != null || temperature != null;
    if (!triage && !card && !sheet && differential == null) {
      Console.print(err, "icans guide: nothing asked: give --symptoms, --temperature, --card, --sheet or "
          + "--differential\n\n" + usage());
      return Console.UNUSABLE;
    }
    List<GuidanceDocument> documents = new ArrayList<>();
    try {
      Optional<PatientContext> context = context();
      if (triage) {
        SymptomReport report = SymptomReport.of(symptoms == null ? List.of()
            : lenient(Symptom::fromCode, lowerCase(SYMPTOMS, symptoms.words(), Symptom.allowedCodes())));
        if (temperature != null) {
          report = report.withTemperature(BodyTemperature.parse(temperature));
        }
        Triage t = SymptomTriage.triage(report);
        documents.add(context.isPresent() ? t.document(context.get()) : t.document());
      }
      if (card) {
        documents.add(PatientMaterials.walletCard(context.get()));
      }
      if (sheet) {
        documents.add(PatientMaterials.homeSheet(context.get()));
      }
      if (differential != null) {
        documents.add(Differentials.forPresentation(
            EnumSet.copyOf(lenient(NeurologicalFinding::fromCode, differential.words()))).document());
      }
    } catch (InvalidValueException e) {
      throw UsageException.of(e, FIELDS);
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
  private Optional<PatientContext> context() throws UsageException {
    boolean any = product != null || infusionDate != null || centre != null || contact != null || labelEra != null
        || patientName != null;
    if (!any && !card && !sheet) {
      return Optional.empty();
    }
    List<String> missing = new ArrayList<>();
    if (product == null) {
      missing.add(PRODUCT);
    }
    if (infusionDate == null) {
      missing.add(INFUSION_DATE);
    }
    if (centre == null) {
      missing.add(CENTRE);
    }
    if (contact == null) {
      missing.add(CONTACT);
    }
    if (!missing.isEmpty()) {
      String asked = card ? CARD : sheet ? SHEET : "the patient options";
      throw new UsageException(asked + " needs the patient: missing " + String.join(", ", missing));
    }
    PatientContext.Builder b = PatientContext.builder()
        .product(product)
        .infusionDate(infusionDate)
        .treatingCentre(centre)
        .contact(contact);
    if (labelEra != null) {
      b.labelEra(labelEra);
    }
    if (patientName != null) {
      b.patientName(patientName);
    }
    return Optional.of(b.build());
  }

  /** The values of the words, each read as {@link LenientCodes} reads a code, in the order given. */
  private static <E> List<E> lenient(Function<String, E> fromCode, List<String> words) {
    List<E> values = new ArrayList<>();
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

  /** The converter of {@code --infusion-date}. */
  static final class InfusionDate implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      if (DATE.matcher(text).matches()) {
        try {
          LocalDate d = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
          if (!d.isBefore(FIRST_INFUSION_DATE) && !d.isAfter(LAST_INFUSION_DATE)) {
            return d;
          }
        } catch (DateTimeParseException e) {
          // Falls through: a date that does not exist, such as 2025-02-30.
        }
      }
      throw new CommandLine.TypeConversionException(UsageException.quoted(text) + " is not allowed; allowed: a date "
          + "that exists, written YYYY-MM-DD (for example 2025-07-01), from " + FIRST_INFUSION_DATE + " to "
          + LAST_INFUSION_DATE);
    }
  }

  static final class Formats extends Codes<TextFormat> {
    Formats() {
      super(Reading.LENIENT, TextFormat.values());
    }
  }

  static final class LabelEras extends Codes<LabelEra> {
    LabelEras() {
      super(Reading.LENIENT, LabelEra.values());
    }
  }

  /** The symptom codes, for the help. */
  static final class SymptomCodes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Symptom.values()).map(Symptom::code).iterator();
    }
  }

  /** The finding codes, for the help. */
  static final class FindingCodes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(NeurologicalFinding.values()).map(NeurologicalFinding::code).iterator();
    }
  }
}
