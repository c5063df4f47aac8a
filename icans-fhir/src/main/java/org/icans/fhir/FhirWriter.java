package org.icans.fhir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.icans.grading.course.GradedAssessment;
import org.icans.grading.GradingSources;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.icans.DomainGrade;
import org.icans.grading.icans.IcansGrade;
import org.icans.model.assessment.Assessment;
import org.icans.model.InvalidValueException;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.CrsSign;
import org.icans.model.crs.OxygenSupport;
import org.icans.model.encephalopathy.CapdItem;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.MotorFinding;
import org.icans.model.patient.Patient;

/**
 * Writes grades, and assessments, as FHIR R4.
 *
 * <p><b>Grades.</b> {@link #grades(FhirAssessment)} gives two Observations per assessment: the ASTCT
 * ICANS grade ({@link IcansConcept#ICANS_GRADE}) and the ASTCT CRS grade
 * ({@link IcansConcept#CRS_GRADE}), each with the grade as {@code valueInteger} (or a
 * {@code dataAbsentReason} when nothing gradeable was observed), one {@code component} per ICANS
 * domain or CRS sign (its grade, or whether it decided the grade; attributed to another cause; or
 * {@code not-performed}), a {@code lower-bound} component, {@code method} citing the ASTCT 2019
 * consensus, the library's explanation as a {@code note}, and {@code derivedFrom} the
 * Observations read.
 *
 * <p><b>Assessments.</b> {@link #assessmentBundle} writes what an assessment observed as the
 * Patient, infusion Procedure and Observations that {@link FhirReader} reads back: the FHIR form of
 * the project's CSV rows.
 *
 * <p>Stateless and thread-safe; ids are derived from the content (name-based UUIDs), so the same
 * input writes the same output.
 */
public final class FhirWriter {
  private FhirWriter() {}

  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  /** The ICANS grade Observation, then the CRS grade Observation, of one assessment. */
  public static List<Observation> grades(FhirAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    GradedAssessment g = GradedAssessment.of(assessment.assessment());
    return List.of(icans(g.icans(), assessment), crs(g.crs(), assessment));
  }

  /** A {@code collection} Bundle of the grade Observations of every assessment, in order. */
  public static Bundle gradeBundle(List<FhirAssessment> assessments) {
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    for (FhirAssessment a : Objects.requireNonNull(assessments, "assessments")) {
      for (Observation o : grades(a)) {
        b.addEntry().setFullUrl("urn:uuid:" + o.getIdElement().getIdPart()).setResource(o);
      }
    }
    return b;
  }

  /** FHIR JSON, pretty-printed. */
  public static String json(IBaseResource resource) {
    return FhirJson.pretty(Objects.requireNonNull(resource, "resource"));
  }

  /** FHIR JSON on one line, as NDJSON holds it. */
  public static String compactJson(IBaseResource resource) {
    return FhirJson.compact(Objects.requireNonNull(resource, "resource"));
  }

  private static Observation gradeObservation(IcansConcept code, FhirAssessment a) {
    Observation o = new Observation();
    o.setId(uuid(a.patientReference() + "|" + a.effective() + "|" + code.code()));
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.addCategory(category("survey", "Survey"));
    o.setCode(new CodeableConcept(IcansCodeSystem.coding(code)).setText(code.display()));
    o.setSubject(new Reference(a.patientReference()));
    o.setEffective(new DateTimeType(a.effective()));
    o.setMethod(new CodeableConcept(IcansCodeSystem.coding(IcansConcept.ASTCT_2019))
        .setText(GradingSources.LEE19.reference()));
    for (String source : a.sources()) {
      o.addDerivedFrom(source.contains("/") ? new Reference(source) : new Reference().setDisplay(source));
    }
    return o;
  }

  private static Observation icans(IcansGrade g, FhirAssessment a) {
    Observation o = gradeObservation(IcansConcept.ICANS_GRADE, a);
    if (g.isGraded()) {
      o.setValue(new IntegerType(g.gradeOrMinusOne()));
    } else {
      o.setDataAbsentReason(absent("unknown", "Unknown"));
    }
    for (DomainGrade d : g.domains()) {
      ObservationComponentComponent c = o.addComponent().setCode(code(Vocabulary.of(d.domain())));
      switch (d.status()) {
        case GRADED -> c.setValue(new IntegerType(d.grade().getAsInt()));
        case NOT_ASSESSED -> c.setDataAbsentReason(absent("not-performed", "Not Performed"));
        case ATTRIBUTED_TO_OTHER_CAUSE -> c.setValue(code(IcansConcept.ATTRIBUTED_TO_OTHER_CAUSE));
      }
    }
    o.addComponent().setCode(code(IcansConcept.LOWER_BOUND)).setValue(new BooleanType(!g.isComplete()));
    o.addComponent().setCode(code(IcansConcept.ENCEPHALOPATHY_TOOL)).setValue(code(switch (g.tool()) {
      case ICE -> IcansConcept.ICE_SCORE;
      case CAPD -> IcansConcept.CAPD_SCORE;
    }));
    o.addNote(new Annotation().setText(g.explanation().strip()));
    return o;
  }

  private static Observation crs(CrsGrade g, FhirAssessment a) {
    Observation o = gradeObservation(IcansConcept.CRS_GRADE, a);
    if (g.isGraded()) {
      o.setValue(new IntegerType(g.gradeOrMinusOne()));
    } else {
      o.setDataAbsentReason(absent("unknown", "Unknown"));
    }
    for (CrsSign s : CrsSign.values()) {
      ObservationComponentComponent c = o.addComponent().setCode(code(Vocabulary.of(s)));
      if (g.attributedToOtherCause().contains(s)) {
        c.setValue(code(IcansConcept.ATTRIBUTED_TO_OTHER_CAUSE));
      } else if (g.notAssessed().contains(s)) {
        c.setDataAbsentReason(absent("not-performed", "Not Performed"));
      } else {
        c.setValue(code(g.drivers().contains(s) ? IcansConcept.DECIDED_GRADE : IcansConcept.ASSESSED));
      }
    }
    o.addComponent().setCode(code(IcansConcept.FEVER_MASKED)).setValue(new BooleanType(g.feverMasked()));
    o.addComponent().setCode(code(IcansConcept.LOWER_BOUND)).setValue(new BooleanType(!g.isComplete()));
    o.addNote(new Annotation().setText(g.explanation().strip()));
    return o;
  }

  /**
   * The FHIR form of assessments: for each patient a {@code Patient} (its id is the patient id; its
   * birth date gives the assessment's age in completed years) and the infusion {@code Procedure}
   * at {@code infusion}; for each assessment, one Observation per element observed, effective at
   * {@code infusion} plus the assessment's day (to the second). Read back with
   * {@link AssessmentPeriod#effectiveTime()}, it gives the same assessments, with the age in
   * completed years.
   *
   * <p>A patient's age and developmental delay are written once, as the Patient's birth date and
   * one Observation: the first assessment of each patient gives them, and every later assessment
   * of that patient must agree (the same delay; the age, in completed years, that the birth date
   * gives at its time). An assessment that does not is refused, not written with its patient's
   * other facts: read back, it would have another age or delay, and so perhaps another
   * encephalopathy tool and grade.
   *
   * @throws InvalidValueException if a patient id is not a FHIR id (1-64 letters, digits, '-', '.'),
   *     if two assessments of one patient fall on the same second (read back, they would be one
   *     assessment, and their Observations would share their ids), or if an assessment's age or
   *     developmental delay disagrees with its patient's first assessment
   */
  public static Bundle assessmentBundle(List<Assessment> assessments, OffsetDateTime infusion) {
    Objects.requireNonNull(assessments, "assessments");
    Objects.requireNonNull(infusion, "infusion");
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    Map<String, String> patients = new LinkedHashMap<>();
    Map<String, Integer> times = new HashMap<>();
    // The birth date of each patient: the latest that gives every one of its assessments its age
    // in completed years, if any does (checked below, assessment by assessment).
    Map<String, Integer> firstOfPatient = new HashMap<>();
    Map<String, Integer> birthSource = new HashMap<>();
    Map<String, LocalDate> births = new HashMap<>();
    for (int i = 0; i < assessments.size(); i++) {
      Assessment a = Objects.requireNonNull(assessments.get(i), "assessments[" + i + "]");
      LocalDate latest = dateOf(a, infusion).minusYears((long) Math.floor(a.patient().ageYears()));
      firstOfPatient.putIfAbsent(a.patientId(), i);
      LocalDate birth = births.get(a.patientId());
      if (birth == null || latest.isBefore(birth)) {
        births.put(a.patientId(), latest);
        birthSource.put(a.patientId(), i);
      }
    }
    for (int i = 0; i < assessments.size(); i++) {
      Assessment a = assessments.get(i);
      String pid = a.patientId();
      OffsetDateTime at = timeOf(a, infusion);
      Integer earlier = times.putIfAbsent(pid + "|" + at, i);
      if (earlier != null) {
        throw new InvalidValueException("assessments[" + i + "]", "patient " + pid + " at " + at.format(DATE_TIME),
            "one assessment per patient and time (to the second); assessments[" + earlier + "] is at that time");
      }
      if (!patients.containsKey(pid)) {
        if (!FHIR_ID.matcher(pid).matches()) {
          throw new InvalidValueException("patientId", pid, "a FHIR id: 1-64 letters, digits, '-' and '.'");
        }
        String fullUrl = "urn:uuid:" + uuid("Patient|" + pid);
        patients.put(pid, "Patient/" + pid);
        org.hl7.fhir.r4.model.Patient p = new org.hl7.fhir.r4.model.Patient();
        p.setId(pid);
        p.setBirthDateElement(new DateType(births.get(pid).toString()));
        b.addEntry().setFullUrl(fullUrl).setResource(p);
        Procedure pr = new Procedure();
        pr.setId(uuid("Procedure|" + pid));
        pr.setStatus(Procedure.ProcedureStatus.COMPLETED);
        pr.setCode(new CodeableConcept(IcansCodeSystem.coding(IcansConcept.CELL_INFUSION)));
        pr.setSubject(new Reference("Patient/" + pid));
        pr.setPerformed(new DateTimeType(infusion.format(DATE_TIME)));
        add(b, pr);
        if (a.patient().developmentalDelay()) {
          Observation o = input(pid, at, IcansConcept.DEVELOPMENTAL_DELAY, "survey", "Patient/" + pid, 0);
          add(b, o.setValue(new BooleanType(true)));
        }
      }
      requireSamePatient(assessments, i, at.toLocalDate(), firstOfPatient.get(pid), birthSource.get(pid),
          births.get(pid));
      for (Observation o : observations(a, at, patients.get(pid))) {
        add(b, o);
      }
    }
    return b;
  }

  /** When an assessment took place: the infusion plus its day, to the second. */
  private static OffsetDateTime timeOf(Assessment a, OffsetDateTime infusion) {
    return infusion.plusSeconds(Math.round(a.day() * 86400));
  }

  private static LocalDate dateOf(Assessment a, OffsetDateTime infusion) {
    return timeOf(a, infusion).toLocalDate();
  }

  /**
   * Refuses assessment {@code i} when its patient's age or delay is not what the FHIR form records
   * for the patient: the delay of its first assessment, and the completed years the birth date
   * gives on this assessment's date (as {@link FhirReader} reads them back).
   */
  private static void requireSamePatient(List<Assessment> assessments, int i, LocalDate date, int first,
      int birthSource, LocalDate birth) {
    Patient patient = assessments.get(i).patient();
    Patient firstPatient = assessments.get(first).patient();
    if (patient.developmentalDelay() != firstPatient.developmentalDelay()) {
      throw new InvalidValueException("assessments[" + i + "].patient.developmentalDelay",
          patient.developmentalDelay(), "the developmental delay of the patient's first assessment, assessments["
              + first + "] (" + firstPatient.developmentalDelay() + "): the FHIR form records it once a patient");
    }
    int years = Period.between(birth, date).getYears();
    if (Math.floor(patient.ageYears()) != years) {
      throw new InvalidValueException("assessments[" + i + "].patient.ageYears", patient.ageYears(),
          "an age of " + years + " completed years on " + date + ", as the birth date " + birth + " gives (the"
              + " latest that gives assessments[" + birthSource + "] its age): the FHIR form records one birth date"
              + " a patient, so a patient's ages must fit one");
    }
  }

  private static void add(Bundle b, Resource r) {
    b.addEntry().setFullUrl("urn:uuid:" + r.getIdElement().getIdPart()).setResource(r);
  }

  private static List<Observation> observations(Assessment a, OffsetDateTime at, String subject) {
    List<Observation> out = new ArrayList<>();
    String pid = a.patientId();
    IcansObservation i = a.icans();
    i.ice().ifPresent(s -> out.add(ice(input(pid, at, IcansConcept.ICE_SCORE, "survey", subject, 0), s)));
    i.capd().ifPresent(s -> out.add(capd(input(pid, at, IcansConcept.CAPD_SCORE, "survey", subject, 0), s)));
    i.consciousness().ifPresent(c -> out.add(input(pid, at, IcansConcept.CONSCIOUSNESS, "exam", subject, 0)
        .setValue(code(Vocabulary.of(c)))));
    i.seizure().ifPresent(s -> out.add(input(pid, at, IcansConcept.SEIZURE, "exam", subject, 0)
        .setValue(code(Vocabulary.of(s)))));
    i.motor().ifPresent(m -> {
      if (m.asSet().isEmpty()) {
        out.add(input(pid, at, IcansConcept.MOTOR, "exam", subject, 0).setValue(code(IcansConcept.NONE)));
      }
      for (MotorFinding f : m.asSet()) {
        out.add(input(pid, at, IcansConcept.MOTOR, "exam", subject, 1 + f.ordinal()).setValue(code(Vocabulary.of(f))));
      }
    });
    i.icp().ifPresent(m -> {
      if (m.asSet().isEmpty()) {
        out.add(input(pid, at, IcansConcept.ICP, "exam", subject, 0).setValue(code(IcansConcept.NONE)));
      }
      for (IcpFinding f : m.asSet()) {
        out.add(input(pid, at, IcansConcept.ICP, "exam", subject, 1 + f.ordinal()).setValue(code(Vocabulary.of(f))));
      }
    });
    for (IcansDomain d : i.attributedToOtherCause()) {
      out.add(input(pid, at, IcansConcept.ATTRIBUTED_TO_OTHER_CAUSE, "exam", subject, 1 + d.ordinal())
          .setValue(code(Vocabulary.of(d))));
    }
    if (i.diedOfIcans()) {
      out.add(input(pid, at, IcansConcept.DEATH_FROM, "exam", subject, 1).setValue(code(IcansConcept.ICANS)));
    }
    CrsObservation c = a.crs();
    c.temperatureCelsius().ifPresent(t -> {
      Observation o = input(pid, at, null, "vital-signs", subject, 0);
      o.setCode(loinc(StandardCodes.BODY_TEMPERATURE, "Body temperature"));
      out.add(o.setValue(ucum(t, StandardCodes.CELSIUS)));
    });
    if (c.feverMasked()) {
      out.add(input(pid, at, IcansConcept.FEVER_MASKED, "therapy", subject, 0).setValue(new BooleanType(true)));
    }
    c.hypotension().ifPresent(h -> out.add(input(pid, at, IcansConcept.HYPOTENSION, "exam", subject, 0)
        .setValue(code(Vocabulary.of(h)))));
    c.oxygen().ifPresent(s -> out.add(oxygen(input(pid, at, IcansConcept.OXYGEN_DEVICE, "vital-signs", subject, 0), s)));
    for (CrsSign s : c.attributedToOtherCause()) {
      out.add(input(pid, at, IcansConcept.ATTRIBUTED_TO_OTHER_CAUSE, "exam", subject, 10 + s.ordinal())
          .setValue(code(Vocabulary.of(s))));
    }
    if (c.diedOfCrs()) {
      out.add(input(pid, at, IcansConcept.DEATH_FROM, "exam", subject, 2).setValue(code(IcansConcept.CRS)));
    }
    a.patient().weightKg().ifPresent(w -> {
      Observation o = input(pid, at, null, "vital-signs", subject, 1);
      o.setCode(loinc(StandardCodes.BODY_WEIGHT, "Body weight"));
      out.add(o.setValue(ucum(w, StandardCodes.KILOGRAMS)));
    });
    return out;
  }

  private static Observation input(String pid, OffsetDateTime at, IcansConcept code, String category,
      String subject, int index) {
    Observation o = new Observation();
    String key = code == null ? "loinc" : code.code();
    o.setId(uuid(pid + "|" + at + "|" + key + "|" + category + "|" + index));
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.addCategory(category(category, switch (category) {
      case "survey" -> "Survey";
      case "exam" -> "Exam";
      case "therapy" -> "Therapy";
      default -> "Vital Signs";
    }));
    if (code != null) {
      o.setCode(new CodeableConcept(IcansCodeSystem.coding(code)));
    }
    o.setSubject(new Reference(subject));
    o.setEffective(new DateTimeType(at.format(DATE_TIME)));
    return o;
  }

  private static Observation ice(Observation o, IceScore s) {
    o.setValue(new IntegerType(s.total()));
    s.tasks().ifPresent(t -> {
      task(o, IcansConcept.ICE_ORIENTATION, t.orientation());
      task(o, IcansConcept.ICE_NAMING, t.naming());
      task(o, IcansConcept.ICE_COMMANDS, t.commands());
      task(o, IcansConcept.ICE_WRITING, t.writing());
      task(o, IcansConcept.ICE_ATTENTION, t.attention());
    });
    return o;
  }

  private static void task(Observation o, IcansConcept task, int points) {
    o.addComponent().setCode(code(task)).setValue(new IntegerType(points));
  }

  private static Observation capd(Observation o, CapdScore s) {
    if (s.isUnableToPerform()) {
      return o.setValue(code(IcansConcept.CAPD_UNABLE));
    }
    o.setValue(new IntegerType(s.total().getAsInt()));
    s.answers().ifPresent(answers -> {
      for (CapdItem item : CapdItem.values()) {
        o.addComponent().setCode(code(Vocabulary.of(item))).setValue(code(Vocabulary.of(answers.answer(item))));
      }
    });
    return o;
  }

  private static Observation oxygen(Observation o, OxygenSupport s) {
    o.setValue(code(Vocabulary.of(s.device())));
    s.flowLitresPerMinute().ifPresent(f -> o.addComponent()
        .setCode(loinc(StandardCodes.INHALED_OXYGEN_FLOW_RATE, "Inhaled oxygen flow rate"))
        .setValue(ucum(f, StandardCodes.LITRES_PER_MINUTE)));
    return o;
  }

  private static Quantity ucum(double value, String unit) {
    return new Quantity().setValue(BigDecimal.valueOf(value)).setUnit(unit).setSystem(StandardCodes.UCUM).setCode(unit);
  }

  private static CodeableConcept loinc(String code, String display) {
    return new CodeableConcept(new Coding(StandardCodes.LOINC, code, display));
  }

  private static CodeableConcept code(IcansConcept c) {
    return new CodeableConcept(IcansCodeSystem.coding(c));
  }

  private static CodeableConcept category(String code, String display) {
    return new CodeableConcept(new Coding(StandardCodes.OBSERVATION_CATEGORY, code, display));
  }

  private static CodeableConcept absent(String code, String display) {
    return new CodeableConcept(new Coding(StandardCodes.DATA_ABSENT_REASON, code, display));
  }

  private static String uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

}
