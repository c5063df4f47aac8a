package org.icans.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.icans.model.InvalidValueException;
import org.icans.model.crs.CrsSign;
import org.icans.model.encephalopathy.CapdAnswer;
import org.icans.model.encephalopathy.CapdAnswers;
import org.icans.model.encephalopathy.CapdItem;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.encephalopathy.IceTasks;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.MotorFinding;

/**
 * Reads a patient's FHIR R4 resources (a {@code Bundle} in JSON, or NDJSON, one resource a line)
 * into the assessments the grading library takes, grouped into periods by their effective
 * date-time ({@link AssessmentPeriod}).
 *
 * <p>What is read, each by its code (the list is in {@code docs/fhir.md}):
 * <ul>
 *   <li>{@code Patient}: {@code birthDate}, from which the age at each assessment is the completed
 *       years (the encephalopathy tool switches at the 12th birthday, project choice G-1);
 *   <li>{@code Procedure} coded {@link IcansConcept#CELL_INFUSION}: its performed date-time is day 0
 *       (the earliest, when there are several); without one, the infusion given to
 *       {@link #withInfusion} is used;
 *   <li>{@code Observation}s: body temperature (LOINC {@value StandardCodes#BODY_TEMPERATURE}, in
 *       {@code Cel} or {@code [degF]}), body weight ({@value StandardCodes#BODY_WEIGHT}), inhaled
 *       oxygen flow rate ({@value StandardCodes#INHALED_OXYGEN_FLOW_RATE}, L/min or a UCUM unit
 *       convertible to it), and the project's codes for everything else.
 * </ul>
 * Other resources and Observations with other codes are ignored, as are records marked
 * {@code entered-in-error} or {@code cancelled}; an Observation with a {@code dataAbsentReason}
 * and no value records that the element was not assessed.
 *
 * <p>A record that breaks these rules is refused with a {@link FhirIssue} naming the resource, the
 * element, the value and what is allowed; every other record is still read. A unit is never
 * assumed: a quantity without a UCUM unit, or with one that does not fit, is refused.
 *
 * <p>Immutable and thread-safe.
 */
public final class FhirReader {
  private static final String PROJECT = IcansCodeSystem.URL;

  private final AssessmentPeriod period;
  private final Optional<OffsetDateTime> infusion;

  private FhirReader(AssessmentPeriod period, Optional<OffsetDateTime> infusion) {
    this.period = period;
    this.infusion = infusion;
  }

  /** A reader that groups Observations into assessments by {@code period}. */
  public static FhirReader of(AssessmentPeriod period) {
    return new FhirReader(Objects.requireNonNull(period, "period"), Optional.empty());
  }

  /** The same reader, with day 0 at {@code infusion} for every patient whose data has no infusion Procedure. */
  public FhirReader withInfusion(OffsetDateTime infusion) {
    return new FhirReader(period, Optional.of(Objects.requireNonNull(infusion, "infusion")));
  }

  /**
   * Reads one JSON resource: a {@code Bundle} (its entries are read) or a single resource.
   *
   * @throws FhirFormatException if the text is not a FHIR JSON resource at all
   */
  public FhirReading readJson(String json) {
    Objects.requireNonNull(json, "json");
    IBaseResource r;
    try {
      r = parser().parseResource(json);
    } catch (DataFormatException | ClassCastException e) {
      throw new FhirFormatException("not a FHIR R4 JSON resource: " + e.getMessage(), e);
    }
    List<Entry> entries = new ArrayList<>();
    if (r instanceof Bundle) {
      int i = 0;
      for (Bundle.BundleEntryComponent e : ((Bundle) r).getEntry()) {
        if (e.getResource() != null) {
          entries.add(new Entry(e.getResource(), e.getFullUrl(), "Bundle.entry[" + i + "]"));
        }
        i++;
      }
    } else {
      entries.add(new Entry((Resource) r, null, "the resource"));
    }
    return read(entries, new ArrayList<>());
  }

  /**
   * Reads NDJSON: one FHIR JSON resource on each non-blank line (a Bundle's entries are read). A
   * line that is not a resource is refused (named by its line number) and the other lines are
   * still read.
   */
  public FhirReading readNdjson(Reader ndjson) {
    Objects.requireNonNull(ndjson, "ndjson");
    List<Entry> entries = new ArrayList<>();
    List<FhirIssue> issues = new ArrayList<>();
    IParser parser = parser();
    try (BufferedReader in = new BufferedReader(ndjson)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          IBaseResource r = parser.parseResource(line);
          if (r instanceof Bundle) {
            // A Bundle on a line of its own: its entries are read, as readJson reads them.
            for (Bundle.BundleEntryComponent e : ((Bundle) r).getEntry()) {
              if (e.getResource() != null) {
                entries.add(new Entry(e.getResource(), e.getFullUrl(), "line " + number));
              }
            }
          } else {
            entries.add(new Entry((Resource) r, null, "line " + number));
          }
        } catch (DataFormatException | ClassCastException e) {
          issues.add(new FhirIssue("line " + number, "(the line)", abbreviate(line),
              "one FHIR R4 JSON resource per line (" + abbreviate(String.valueOf(e.getMessage())) + ")"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(entries, issues);
  }

  /** Reads resources already parsed (for callers that hold HAPI objects). */
  public FhirReading read(List<? extends Resource> resources) {
    List<Entry> entries = new ArrayList<>();
    int i = 0;
    for (Resource r : Objects.requireNonNull(resources, "resources")) {
      entries.add(new Entry(Objects.requireNonNull(r, "resources[" + i + "]"), null, "resources[" + i + "]"));
      i++;
    }
    return read(entries, new ArrayList<>());
  }

  private static IParser parser() {
    LenientErrorHandler errors = new LenientErrorHandler(false);
    errors.setErrorOnInvalidValue(false);
    return FhirJson.parser().setParserErrorHandler(errors);
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  /** One resource of the input, with its bundle fullUrl and where it was. */
  private record Entry(Resource resource, String fullUrl, String place) {
    String reference() {
      if (resource.hasIdElement() && resource.getIdElement().hasIdPart()) {
        return resource.fhirType() + "/" + resource.getIdElement().getIdPart();
      }
      if (fullUrl != null && !fullUrl.isEmpty()) {
        return fullUrl;
      }
      return resource.fhirType() + " at " + place;
    }
  }

  /** A refused element of one record; the record's reference is added where it is caught. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final String element;
    final String value;
    final String allowed;

    Refused(String element, Object value, String allowed) {
      super(element, null, false, false);
      this.element = element;
      this.value = String.valueOf(value);
      this.allowed = allowed;
    }
  }

  /** A patient met in the input. */
  private static final class PatientEntry {
    final String id;
    final String reference;
    Optional<LocalDate> birthDate = Optional.empty();
    Optional<When> infusion = Optional.empty();
    boolean developmentalDelay;
    final List<String> delaySources = new ArrayList<>();
    final Map<Object, PeriodRecord> periods = new TreeMap<>(FhirReader::inTimeOrder);
    final Map<Object, When> periodStart = new HashMap<>();
    boolean delayConflict;
    boolean delaySeen;

    PatientEntry(String id, String reference) {
      this.id = id;
      this.reference = reference;
    }
  }

  /** An effective date or date-time as FHIR wrote it. */
  private record When(String text, LocalDate date, OffsetDateTime time) {
    boolean hasTime() {
      return time != null;
    }
  }

  private FhirReading read(List<Entry> entries, List<FhirIssue> issues) {
    int ignored = 0;
    Map<String, PatientEntry> patients = new LinkedHashMap<>();
    List<PatientEntry> order = new ArrayList<>();
    for (Entry e : entries) {
      if (e.resource() instanceof org.hl7.fhir.r4.model.Patient) {
        org.hl7.fhir.r4.model.Patient p = (org.hl7.fhir.r4.model.Patient) e.resource();
        String ref = e.reference();
        String id = p.getIdElement().hasIdPart() ? p.getIdElement().getIdPart() : ref;
        PatientEntry pe = new PatientEntry(id, ref);
        if (p.hasBirthDateElement() && p.getBirthDateElement().getValueAsString() != null) {
          String b = p.getBirthDateElement().getValueAsString();
          try {
            pe.birthDate = Optional.of(LocalDate.parse(b));
          } catch (DateTimeParseException x) {
            issues.add(new FhirIssue(ref, "Patient.birthDate", b, "a full date (YYYY-MM-DD): the age at each "
                + "assessment chooses ICE or CAPD"));
          }
        }
        patients.put(ref, pe);
        if (e.fullUrl() != null && !e.fullUrl().isEmpty()) {
          patients.put(e.fullUrl(), pe);
        }
        order.add(pe);
      }
    }
    // Infusions first, so that every Observation finds its day 0 whatever the order of the input.
    for (Entry e : entries) {
      if (e.resource() instanceof Procedure && isInfusion((Procedure) e.resource())) {
        Procedure pr = (Procedure) e.resource();
        if (pr.getStatus() == Procedure.ProcedureStatus.ENTEREDINERROR) {
          ignored++;
          continue;
        }
        try {
          PatientEntry pe = subject(patients, pr.getSubject().getReference(), "Procedure.subject");
          When w = when(performed(pr), "Procedure.performed[x]");
          if (pe.infusion.isEmpty() || instant(w).isBefore(instant(pe.infusion.get()))) {
            pe.infusion = Optional.of(w);
          }
        } catch (Refused r) {
          issues.add(new FhirIssue(e.reference(), r.element, r.value, r.allowed));
        }
      }
    }
    Map<PatientEntry, List<String>> withoutInfusion = new LinkedHashMap<>();
    for (Entry e : entries) {
      Resource r = e.resource();
      if (r instanceof org.hl7.fhir.r4.model.Patient || (r instanceof Procedure && isInfusion((Procedure) r))) {
        continue;
      }
      if (!(r instanceof Observation)) {
        ignored++;
        continue;
      }
      Observation o = (Observation) r;
      Optional<Element> element;
      try {
        element = element(o);
      } catch (Refused x) {
        issues.add(new FhirIssue(e.reference(), x.element, x.value, x.allowed));
        continue;
      }
      if (element.isEmpty() || o.getStatus() == Observation.ObservationStatus.ENTEREDINERROR
          || o.getStatus() == Observation.ObservationStatus.CANCELLED) {
        ignored++;
        continue;
      }
      try {
        PatientEntry pe = subject(patients, o.getSubject().getReference(), "Observation.subject");
        if (!o.hasValue() && o.hasDataAbsentReason() && !o.hasComponent()) {
          continue; // Not assessed, said explicitly: nothing to record.
        }
        if (element.get() == Element.DEVELOPMENTAL_DELAY) {
          boolean delay = bool(o.getValue());
          if (pe.delaySeen && pe.developmentalDelay != delay) {
            pe.delayConflict = true;
          }
          pe.delaySeen = true;
          pe.developmentalDelay |= delay;
          pe.delaySources.add(e.reference());
          continue;
        }
        When w = when(effective(o), "Observation.effective[x]");
        Optional<When> day0 = pe.infusion.or(() -> infusion.map(i -> new When(i.toString(), i.toLocalDate(), i)));
        if (day0.isEmpty()) {
          withoutInfusion.computeIfAbsent(pe, k -> new ArrayList<>()).add(e.reference());
          continue;
        }
        Object key = periodKey(w);
        PeriodRecord rec = pe.periods.computeIfAbsent(key, k -> new PeriodRecord(describe(w)));
        pe.periodStart.putIfAbsent(key, w);
        record(element.get(), o, e.reference(), rec);
        rec.source(e.reference());
      } catch (Refused x) {
        issues.add(new FhirIssue(e.reference(), x.element, x.value, x.allowed));
      }
    }
    withoutInfusion.forEach((pe, refs) -> issues.add(new FhirIssue(pe.reference,
        "Procedure (code " + IcansConcept.CELL_INFUSION.code() + ", system " + PROJECT + ")", "(missing)",
        "the infusion that is day 0, as a Procedure of this patient or given to the reader; "
            + refs.size() + " Observation(s) of this patient were not read, the first " + refs.get(0))));

    List<FhirAssessment> assessments = new ArrayList<>();
    for (PatientEntry pe : order) {
      if (pe.delayConflict) {
        issues.add(new FhirIssue(String.join(", ", pe.delaySources), IcansConcept.DEVELOPMENTAL_DELAY.code(),
            "true vs false", "one value per patient; taken as true (CAPD) until corrected"));
      }
      if (pe.periods.isEmpty()) {
        continue;
      }
      When day0 = pe.infusion.orElseGet(() -> new When(infusion.orElseThrow().toString(),
          infusion.orElseThrow().toLocalDate(), infusion.orElseThrow()));
      if (pe.birthDate.isEmpty()) {
        issues.add(new FhirIssue(pe.reference, "Patient.birthDate", "(missing)", "a full date (YYYY-MM-DD): the age "
            + "at each assessment chooses ICE or CAPD; " + pe.periods.size() + " assessment(s) of this patient were "
            + "not graded"));
        continue;
      }
      for (Map.Entry<Object, PeriodRecord> pr : pe.periods.entrySet()) {
        When w = pe.periodStart.get(pr.getKey());
        LocalDate date = localDate(w);
        int years = Period.between(pe.birthDate.get(), date).getYears();
        org.icans.model.patient.Patient patient;
        try {
          patient = org.icans.model.patient.Patient.builder().ageYears(years)
              .developmentalDelay(pe.developmentalDelay).build();
        } catch (InvalidValueException x) {
          issues.add(new FhirIssue(pe.reference, "Patient.birthDate", pe.birthDate.get().toString(),
              "a birth date giving an age of 0-120 years at " + date + " (" + years + " years)"));
          continue;
        }
        double day = day(day0, w);
        pr.getValue().build(pe.id, day, patient, issues).ifPresent(a -> assessments.add(
            new FhirAssessment(a, pe.reference, effectiveText(w), pr.getValue().sources)));
      }
    }
    return new FhirReading(assessments, issues, entries.size(), ignored);
  }

  /** Period keys in time order: dates, or instants in UTC (never mixed within one reader). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int inTimeOrder(Object a, Object b) {
    return ((Comparable) a).compareTo(b);
  }

  private static boolean isInfusion(Procedure p) {
    for (Coding c : p.getCode().getCoding()) {
      if (PROJECT.equals(c.getSystem()) && IcansConcept.CELL_INFUSION.code().equals(c.getCode())) {
        return true;
      }
    }
    return false;
  }

  private static Type performed(Procedure p) {
    return p.hasPerformedPeriod() ? p.getPerformedPeriod().getStartElement() : p.getPerformed();
  }

  private static Type effective(Observation o) {
    if (o.hasEffectivePeriod()) {
      return o.getEffectivePeriod().getStartElement();
    }
    return o.getEffective();
  }

  private static PatientEntry subject(Map<String, PatientEntry> patients, String reference, String element)
      throws Refused {
    if (reference == null || reference.isEmpty()) {
      throw new Refused(element, "(missing)", "a reference to a Patient in the same input");
    }
    PatientEntry pe = patients.get(reference);
    if (pe == null) {
      throw new Refused(element, reference, "a reference to a Patient in the same input (Patient/id or its fullUrl)");
    }
    return pe;
  }

  private When when(Type t, String element) throws Refused {
    String text = t instanceof DateTimeType ? ((DateTimeType) t).getValueAsString()
        : t instanceof InstantType ? ((InstantType) t).getValueAsString() : null;
    if (text == null) {
      throw new Refused(element, t == null || t.isEmpty() ? "(missing)" : t.fhirType(),
          "a dateTime or instant (for a period, its start)");
    }
    if (text.length() == 10) {
      if (period.kind() == AssessmentPeriod.Kind.EFFECTIVE_TIME) {
        throw new Refused(element, text, "a date-time with a time and offset: assessments are grouped by effective time");
      }
      try {
        return new When(text, LocalDate.parse(text), null);
      } catch (DateTimeParseException x) {
        throw new Refused(element, text, "a valid date (YYYY-MM-DD)");
      }
    }
    try {
      return new When(text, null, OffsetDateTime.parse(text));
    } catch (DateTimeParseException x) {
      throw new Refused(element, text, "a full date (YYYY-MM-DD) or a date-time with its offset "
          + "(YYYY-MM-DDThh:mm:ss+zz:zz); a year or a month alone is too coarse to place an assessment");
    }
  }

  private OffsetDateTime instant(When w) {
    return w.hasTime() ? w.time() : w.date().atStartOfDay(period.zone()).toOffsetDateTime();
  }

  private LocalDate localDate(When w) {
    if (!w.hasTime()) {
      return w.date();
    }
    return period.kind() == AssessmentPeriod.Kind.CALENDAR_DAY
        ? w.time().atZoneSameInstant(period.zone()).toLocalDate() : w.time().toLocalDate();
  }

  private Object periodKey(When w) {
    return period.kind() == AssessmentPeriod.Kind.CALENDAR_DAY ? localDate(w)
        : w.time().withOffsetSameInstant(ZoneOffset.UTC);
  }

  private String describe(When w) {
    return period.kind() == AssessmentPeriod.Kind.CALENDAR_DAY ? localDate(w).toString() : w.text();
  }

  private String effectiveText(When w) {
    return period.kind() == AssessmentPeriod.Kind.CALENDAR_DAY ? localDate(w).toString() : w.text();
  }

  private double day(When infusionAt, When w) {
    if (period.kind() == AssessmentPeriod.Kind.CALENDAR_DAY) {
      return ChronoUnit.DAYS.between(localDate(infusionAt), localDate(w));
    }
    long seconds = ChronoUnit.SECONDS.between(instant(infusionAt), w.time());
    return seconds / 86400.0;
  }

  /** The elements of an assessment, by the code of their Observation. */
  enum Element {
    ICE, CAPD, CONSCIOUSNESS, SEIZURE, MOTOR, ICP, ATTRIBUTED, DEATH, TEMPERATURE, FEVER_MASKED, HYPOTENSION,
    OXYGEN_DEVICE, OXYGEN_FLOW, WEIGHT, DEVELOPMENTAL_DELAY
  }

  private static final Map<IcansConcept, Element> BY_CONCEPT = Map.ofEntries(
      Map.entry(IcansConcept.ICE_SCORE, Element.ICE), Map.entry(IcansConcept.CAPD_SCORE, Element.CAPD),
      Map.entry(IcansConcept.CONSCIOUSNESS, Element.CONSCIOUSNESS), Map.entry(IcansConcept.SEIZURE, Element.SEIZURE),
      Map.entry(IcansConcept.MOTOR, Element.MOTOR), Map.entry(IcansConcept.ICP, Element.ICP),
      Map.entry(IcansConcept.ATTRIBUTED_TO_OTHER_CAUSE, Element.ATTRIBUTED),
      Map.entry(IcansConcept.DEATH_FROM, Element.DEATH), Map.entry(IcansConcept.FEVER_MASKED, Element.FEVER_MASKED),
      Map.entry(IcansConcept.HYPOTENSION, Element.HYPOTENSION),
      Map.entry(IcansConcept.OXYGEN_DEVICE, Element.OXYGEN_DEVICE),
      Map.entry(IcansConcept.DEVELOPMENTAL_DELAY, Element.DEVELOPMENTAL_DELAY));

  /** Which element an Observation records; empty for an Observation of another kind (ignored). */
  private static Optional<Element> element(Observation o) throws Refused {
    for (Coding c : o.getCode().getCoding()) {
      if (StandardCodes.LOINC.equals(c.getSystem())) {
        switch (String.valueOf(c.getCode())) {
          case StandardCodes.BODY_TEMPERATURE:
            return Optional.of(Element.TEMPERATURE);
          case StandardCodes.BODY_WEIGHT:
            return Optional.of(Element.WEIGHT);
          case StandardCodes.INHALED_OXYGEN_FLOW_RATE:
            return Optional.of(Element.OXYGEN_FLOW);
          default:
            break;
        }
      } else if (PROJECT.equals(c.getSystem())) {
        Optional<IcansConcept> concept = IcansCodeSystem.concept(String.valueOf(c.getCode()));
        if (concept.isEmpty()) {
          throw new Refused("Observation.code.coding.code", c.getCode(), "a code of the icans CodeSystem ("
              + PROJECT + ", docs/fhir/CodeSystem-icans.json)");
        }
        Element e = BY_CONCEPT.get(concept.get());
        if (e != null) {
          return Optional.of(e);
        }
        // The project's other concepts (grades written by this module ...) are not inputs.
      }
    }
    return Optional.empty();
  }

  private void record(Element element, Observation o, String ref, PeriodRecord rec) throws Refused {
    Type v = o.getValue();
    switch (element) {
      case ICE -> {
        IceScore s = ice(o);
        rec.ice.offer(s, "ICE " + s.total() + s.tasks().map(t -> " " + t).orElse(""), ref, null);
      }
      case CAPD -> {
        CapdScore s = capd(o);
        rec.capd.offer(s, s.toString(), ref, null);
      }
      case CONSCIOUSNESS -> {
        var c = concept(v, Vocabulary.CONSCIOUSNESS, "Observation.valueCodeableConcept");
        rec.consciousness.offer(c, Vocabulary.of(c).code(), ref, null);
      }
      case SEIZURE -> {
        var s = concept(v, Vocabulary.SEIZURE, "Observation.valueCodeableConcept");
        rec.seizure.offer(s, Vocabulary.of(s).code(), ref, null);
      }
      case MOTOR -> {
        rec.motorSources.add(ref);
        if (isNone(v)) {
          rec.motorNone = true;
        } else {
          MotorFinding m = concept(v, Vocabulary.MOTOR, "Observation.valueCodeableConcept", "none, ");
          rec.motor.add(m);
        }
      }
      case ICP -> {
        rec.icpSources.add(ref);
        if (isNone(v)) {
          rec.icpNone = true;
        } else {
          IcpFinding f = concept(v, Vocabulary.ICP, "Observation.valueCodeableConcept", "none, ");
          rec.icp.add(f);
        }
      }
      case ATTRIBUTED -> {
        IcansConcept c = projectConcept(v, "Observation.valueCodeableConcept");
        Optional<IcansDomain> d = Vocabulary.DOMAIN.value(c);
        Optional<CrsSign> s = Vocabulary.SIGN.value(c);
        if (d.isPresent()) {
          rec.icansAttributed.add(d.get());
        } else if (s.isPresent()) {
          rec.crsAttributed.add(s.get());
        } else {
          throw new Refused("Observation.valueCodeableConcept", c.code(), "an ICANS domain ("
              + Vocabulary.DOMAIN.allowed() + ") or a CRS sign (" + Vocabulary.SIGN.allowed() + ")");
        }
      }
      case DEATH -> {
        IcansConcept c = projectConcept(v, "Observation.valueCodeableConcept");
        if (c == IcansConcept.ICANS) {
          rec.diedOfIcans = true;
        } else if (c == IcansConcept.CRS) {
          rec.diedOfCrs = true;
        } else {
          throw new Refused("Observation.valueCodeableConcept", c.code(), "icans or crs");
        }
      }
      case TEMPERATURE -> {
        double c = celsius(v);
        rec.temperature.offer(c, c + " Cel", ref, PeriodRecord::max);
      }
      case FEVER_MASKED -> {
        boolean b = bool(v);
        rec.feverMasked.offer(b, String.valueOf(b), ref, null);
      }
      case HYPOTENSION -> {
        var h = concept(v, Vocabulary.HYPOTENSION, "Observation.valueCodeableConcept");
        rec.hypotension.offer(h, Vocabulary.of(h).code(), ref, null);
      }
      case OXYGEN_DEVICE -> {
        var d = concept(v, Vocabulary.OXYGEN, "Observation.valueCodeableConcept");
        rec.oxygenDevice.offer(d, Vocabulary.of(d).code(), ref, null);
        for (ObservationComponentComponent comp : o.getComponent()) {
          if (hasLoinc(comp.getCode(), StandardCodes.INHALED_OXYGEN_FLOW_RATE)) {
            double lpm = litresPerMinute(comp.getValue(), "Observation.component.valueQuantity");
            rec.oxygenFlow.offer(lpm, lpm + " L/min", ref, null);
          }
        }
      }
      case OXYGEN_FLOW -> {
        double lpm = litresPerMinute(v, "Observation.valueQuantity");
        rec.oxygenFlow.offer(lpm, lpm + " L/min", ref, null);
      }
      case WEIGHT -> {
        double kg = kilograms(v);
        rec.weight.offer(kg, kg + " kg", ref, null);
      }
      case DEVELOPMENTAL_DELAY -> throw new IllegalStateException("read per patient");
    }
  }

  private static boolean hasLoinc(CodeableConcept cc, String code) {
    for (Coding c : cc.getCoding()) {
      if (StandardCodes.LOINC.equals(c.getSystem()) && code.equals(c.getCode())) {
        return true;
      }
    }
    return false;
  }

  private static IceScore ice(Observation o) throws Refused {
    Integer total = null;
    if (o.hasValue()) {
      total = integer(o.getValue(), "Observation.valueInteger", 0, IceScore.MAX);
    }
    Map<IcansConcept, Integer> tasks = new HashMap<>();
    for (ObservationComponentComponent c : o.getComponent()) {
      IcansConcept task = componentConcept(c);
      int max = switch (task) {
        case ICE_ORIENTATION -> IceTasks.MAX_ORIENTATION;
        case ICE_NAMING -> IceTasks.MAX_NAMING;
        case ICE_COMMANDS -> IceTasks.MAX_COMMANDS;
        case ICE_WRITING -> IceTasks.MAX_WRITING;
        case ICE_ATTENTION -> IceTasks.MAX_ATTENTION;
        default -> throw new Refused("Observation.component.code", task.code(),
            "an ICE task: ice-orientation, ice-naming, ice-commands, ice-writing, ice-attention");
      };
      tasks.put(task, integer(c.getValue(), "Observation.component(" + task.code() + ").valueInteger", 0, max));
    }
    if (tasks.isEmpty()) {
      if (total == null) {
        throw new Refused("Observation.valueInteger", "(missing)", "the ICE score 0-10, or its five task components");
      }
      return IceScore.ofTotal(total);
    }
    if (tasks.size() != 5) {
      throw new Refused("Observation.component", tasks.size() + " ICE tasks",
          "all five ICE tasks (ice-orientation, ice-naming, ice-commands, ice-writing, ice-attention) or none");
    }
    IceScore s = IceScore.ofTasks(tasks.get(IcansConcept.ICE_ORIENTATION), tasks.get(IcansConcept.ICE_NAMING),
        tasks.get(IcansConcept.ICE_COMMANDS), tasks.get(IcansConcept.ICE_WRITING), tasks.get(IcansConcept.ICE_ATTENTION));
    if (total != null && total != s.total()) {
      throw new Refused("Observation.valueInteger", total, "the sum of the five ICE tasks, " + s.total());
    }
    return s;
  }

  private static CapdScore capd(Observation o) throws Refused {
    boolean unable = false;
    Integer total = null;
    if (o.getValue() instanceof CodeableConcept) {
      IcansConcept c = projectConcept(o.getValue(), "Observation.valueCodeableConcept");
      if (c != IcansConcept.CAPD_UNABLE) {
        throw new Refused("Observation.valueCodeableConcept", c.code(), "capd-unable, or a valueInteger 0-32");
      }
      unable = true;
    } else if (o.hasValue()) {
      total = integer(o.getValue(), "Observation.valueInteger", 0, CapdScore.MAX);
    }
    Map<CapdItem, CapdAnswer> answers = new java.util.EnumMap<>(CapdItem.class);
    for (ObservationComponentComponent c : o.getComponent()) {
      IcansConcept code = componentConcept(c);
      CapdItem item = Vocabulary.CAPD_ITEM.value(code).orElseThrow(() -> new Refused("Observation.component.code",
          code.code(), "a CAPD item: " + Vocabulary.CAPD_ITEM.allowed()));
      answers.put(item, concept(c.getValue(), Vocabulary.CAPD_ANSWER,
          "Observation.component(" + code.code() + ").valueCodeableConcept"));
    }
    if (answers.isEmpty()) {
      if (unable) {
        return CapdScore.unableToPerform();
      }
      if (total == null) {
        throw new Refused("Observation.valueInteger", "(missing)", "the CAPD total 0-32, capd-unable, or the eight item components");
      }
      return CapdScore.ofTotal(total);
    }
    if (unable) {
      throw new Refused("Observation.component", answers.size() + " CAPD answers",
          "no answers with capd-unable: a CAPD that could not be performed has no answers");
    }
    if (answers.size() != CapdItem.values().length) {
      throw new Refused("Observation.component", answers.size() + " CAPD answers", "all eight CAPD items, or none");
    }
    List<CapdAnswer> list = new ArrayList<>();
    for (CapdItem i : CapdItem.values()) {
      list.add(answers.get(i));
    }
    CapdScore s = CapdScore.of(CapdAnswers.of(list));
    if (total != null && total != s.total().getAsInt()) {
      throw new Refused("Observation.valueInteger", total, "the total of the eight CAPD answers, " + s.total().getAsInt());
    }
    return s;
  }

  private static IcansConcept componentConcept(ObservationComponentComponent c) throws Refused {
    for (Coding coding : c.getCode().getCoding()) {
      if (PROJECT.equals(coding.getSystem())) {
        Optional<IcansConcept> k = IcansCodeSystem.concept(String.valueOf(coding.getCode()));
        if (k.isPresent()) {
          return k.get();
        }
        throw new Refused("Observation.component.code", coding.getCode(), "a code of the icans CodeSystem");
      }
    }
    throw new Refused("Observation.component.code", text(c.getCode()), "a coding of the icans CodeSystem (" + PROJECT + ")");
  }

  private static int integer(Type v, String element, int min, int max) throws Refused {
    if (!(v instanceof IntegerType) || ((IntegerType) v).getValue() == null) {
      throw new Refused(element, v == null ? "(missing)" : v.fhirType() + " " + v, "an integer " + min + "-" + max);
    }
    int i = ((IntegerType) v).getValue();
    if (i < min || i > max) {
      throw new Refused(element, i, "an integer " + min + "-" + max);
    }
    return i;
  }

  private static boolean bool(Type v) throws Refused {
    if (!(v instanceof BooleanType) || ((BooleanType) v).getValue() == null) {
      throw new Refused("Observation.valueBoolean", v == null ? "(missing)" : v.fhirType(), "true or false");
    }
    return ((BooleanType) v).getValue();
  }

  private static boolean isNone(Type v) {
    if (v instanceof CodeableConcept) {
      for (Coding c : ((CodeableConcept) v).getCoding()) {
        if (PROJECT.equals(c.getSystem()) && IcansConcept.NONE.code().equals(c.getCode())) {
          return true;
        }
      }
    }
    return false;
  }

  private static IcansConcept projectConcept(Type v, String element) throws Refused {
    if (!(v instanceof CodeableConcept)) {
      throw new Refused(element, v == null ? "(missing)" : v.fhirType(), "a CodeableConcept coded in " + PROJECT);
    }
    for (Coding c : ((CodeableConcept) v).getCoding()) {
      if (PROJECT.equals(c.getSystem())) {
        return IcansCodeSystem.concept(String.valueOf(c.getCode())).orElseThrow(
            () -> new Refused(element + ".coding.code", c.getCode(), "a code of the icans CodeSystem"));
      }
    }
    throw new Refused(element, text((CodeableConcept) v), "a coding in " + PROJECT);
  }

  private static <E extends Enum<E>> E concept(Type v, Vocabulary.Reverse<E> values, String element) throws Refused {
    return concept(v, values, element, "");
  }

  private static <E extends Enum<E>> E concept(Type v, Vocabulary.Reverse<E> values, String element, String also)
      throws Refused {
    IcansConcept c = projectConcept(v, element);
    return values.value(c).orElseThrow(() -> new Refused(element, c.code(), "one of " + also + values.allowed()));
  }

  private static String text(CodeableConcept cc) {
    if (cc.hasCoding()) {
      Coding c = cc.getCodingFirstRep();
      return c.getSystem() + "|" + c.getCode();
    }
    return cc.hasText() ? cc.getText() : "(no coding)";
  }

  private static Quantity quantity(Type v, String element) throws Refused {
    if (!(v instanceof Quantity)) {
      throw new Refused(element, v == null ? "(missing)" : v.fhirType(), "a Quantity with a UCUM unit");
    }
    Quantity q = (Quantity) v;
    if (q.getValue() == null) {
      throw new Refused(element + ".value", "(missing)", "a number");
    }
    if (q.hasComparator()) {
      throw new Refused(element + ".comparator", q.getComparator().toCode(), "no comparator: an exact measurement");
    }
    if (!StandardCodes.UCUM.equals(q.getSystem()) || q.getCode() == null) {
      throw new Refused(element + ".system", q.getSystem() == null ? "(missing)" : q.getSystem(),
          StandardCodes.UCUM + " with a unit code: a number without its unit is never guessed at");
    }
    return q;
  }

  private static double celsius(Type v) throws Refused {
    Quantity q = quantity(v, "Observation.valueQuantity");
    String unit = q.getCode();
    BigDecimal value = q.getValue();
    if (StandardCodes.CELSIUS.equals(unit)) {
      return value.doubleValue();
    }
    if (StandardCodes.FAHRENHEIT.equals(unit)) {
      return Ucum.fahrenheitToCelsius(value).doubleValue();
    }
    throw new Refused("Observation.valueQuantity.code", unit, "a body temperature unit of UCUM: Cel or [degF]");
  }

  private static double litresPerMinute(Type v, String element) throws Refused {
    Quantity q = quantity(v, element);
    return convert(q, StandardCodes.LITRES_PER_MINUTE, element, "L/min, or a UCUM flow unit convertible to it (mL/min)");
  }

  private static double kilograms(Type v) throws Refused {
    Quantity q = quantity(v, "Observation.valueQuantity");
    return convert(q, StandardCodes.KILOGRAMS, "Observation.valueQuantity", "kg, or a UCUM mass unit convertible to it (g, [lb_av])");
  }

  private static double convert(Quantity q, String to, String element, String allowed) throws Refused {
    Optional<String> problem = Ucum.problem(q.getCode());
    if (problem.isPresent()) {
      throw new Refused(element + ".code", q.getCode(), allowed + " (" + problem.get() + ")");
    }
    return Ucum.convert(q.getValue(), q.getCode(), to).orElseThrow(
        () -> new Refused(element + ".code", q.getCode(), allowed)).doubleValue();
  }
}
