package org.icans.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.crs.CrsGrader;
import org.icans.grading.icans.IcansGrade;
import org.icans.grading.icans.IcansGrader;
import org.icans.management.action.Action;
import org.icans.management.action.Basis;
import org.icans.management.action.CareSetting;
import org.icans.management.action.Caution;
import org.icans.management.action.CautionTopic;
import org.icans.management.action.Interpretation;
import org.icans.management.action.LevelOfCare;
import org.icans.management.action.Medication;
import org.icans.management.action.Monitoring;
import org.icans.management.action.Precaution;
import org.icans.management.action.Strength;
import org.icans.management.action.SupportiveCare;
import org.icans.management.action.Topic;
import org.icans.management.action.Workup;
import org.icans.management.action.WorkupTest;
import org.icans.management.dosing.Ceiling;
import org.icans.management.dosing.Dose;
import org.icans.management.dosing.DoseBasis;
import org.icans.management.dosing.DoseInterval;
import org.icans.management.dosing.DoseRule;
import org.icans.management.dosing.Drug;
import org.icans.management.testing.Situations;
import org.icans.model.assessment.Assessment;
import org.icans.model.evidence.Citation;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;
import org.icans.model.patient.Product;
import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;
import org.icans.model.testing.ApiTypes;
import org.icans.model.testing.NullChecks;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public constructor and method of every public type in the packages icans-management
 * exports refuses {@code null} for each of its parameters with a {@link NullPointerException}
 * naming it (issue 14, "nulls"), checked type by type with Guava's {@code NullPointerTester}
 * ({@link NullChecks}, which also requires the message to be the parameter's name). The types are
 * read from the module descriptor and the compiled classes, so a new public type is checked without
 * being listed here: it fails {@link #everyTypeWithInstanceMethodsHasASample()} until it has a
 * sample, and {@link #everyParameterTypeHasADefault()} until its parameters' types have defaults.
 */
class NullRejectionTest {
  private static final Product PRODUCT = Situations.AXI_CEL;
  private static final Situation SITUATION = Situations.adult(PRODUCT, 2, 1);
  private static final ManagementPolicy POLICY = ManagementPolicies.require("asco-2021");
  private static final Plan PLAN = POLICY.plan(SITUATION);
  private static final Basis BASIS = Basis.of(ManagementSources.ASCO21);
  private static final DoseRule RULE = DoseRule.builder(Drug.TOCILIZUMAB, "8 mg/kg IV, max 800 mg").mgPerKg(8)
      .capMg(800).everyHours(8).build();
  private static final Dose DOSE = RULE.doseFor(70);
  private static final Assessment ASSESSMENT = Assessment.builder().patientId("P1").day(1).patient(Patient.aged(40))
      .build();
  private static final IcansObservation OBSERVATION = IcansObservation.notAssessed();
  private static final LocalDate DAY_0 = LocalDate.of(2025, 9, 3);

  /**
   * The values used for the parameters that are not the one set to {@code null}, by type (types
   * {@link NullChecks} does not fill itself: strings, primitives, arrays, enums, lists, sets,
   * optionals).
   */
  private static final Map<Class<?>, Object> DEFAULTS = defaults();

  private static Map<Class<?>, Object> defaults() {
    Map<Class<?>, Object> d = new LinkedHashMap<>();
    d.put(Situation.class, SITUATION);
    d.put(ManagementPolicy.class, POLICY);
    d.put(Plan.class, PLAN);
    d.put(Basis.class, BASIS);
    d.put(Citation.class, ManagementSources.ASCO21);
    d.put(Interpretation.class, new Interpretation("read as", ManagementSources.CHOICE_REFRACTORY));
    d.put(Precaution.class, new Precaution("A precaution.", ManagementSources.SAFE_LP));
    d.put(DoseRule.class, RULE);
    d.put(Dose.class, DOSE);
    d.put(DoseInterval.class, DoseInterval.hours(8));
    d.put(Duration.class, Duration.ofHours(8));
    d.put(Product.class, PRODUCT);
    d.put(Patient.class, Patient.aged(40));
    d.put(Assessment.class, ASSESSMENT);
    d.put(IcansObservation.class, OBSERVATION);
    d.put(IcansGrade.class, IcansGrader.grade(ASSESSMENT));
    d.put(CrsGrade.class, CrsGrader.grade(ASSESSMENT));
    d.put(LocalDate.class, DAY_0);
    d.put(Collection.class, List.of());
    return d;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static NullChecks checks() {
    NullChecks c = new NullChecks();
    DEFAULTS.forEach((type, value) -> c.setDefault((Class) type, value));
    return c;
  }

  /**
   * A sample of every public type with instance methods, whose instance methods are checked (an
   * enum's constants are taken by themselves; so is every built-in policy).
   */
  static Map<Class<?>, List<Object>> samples() {
    Map<Class<?>, List<Object>> s = new LinkedHashMap<>();
    Medication medication = PLAN.medications().get(0);
    s.put(ManagementPolicy.class, List.copyOf(ManagementPolicies.all()));
    s.put(Plan.class, List.of(PLAN));
    s.put(PlanComparison.class, List.of(ManagementPolicies.compareAll(SITUATION)));
    s.put(PolicyScope.class, List.of(POLICY.scope()));
    s.put(Situation.class, List.of(SITUATION));
    s.put(Situation.Builder.class, List.of(SITUATION.toBuilder()));
    s.put(Silence.class, List.of(new Silence(Topic.GENERAL, Silence.Reason.NOT_STATED, "nothing", "A2")));
    s.put(Gap.class, List.of(new Gap(Topic.GENERAL, "a gap", List.of())));
    s.put(Action.class, List.of(medication));
    s.put(Basis.class, List.of(BASIS));
    s.put(Caution.class, List.of(new Caution(CautionTopic.DRIVING, "Do not drive.", BASIS)));
    s.put(Interpretation.class, List.of(DEFAULTS.get(Interpretation.class)));
    s.put(LevelOfCare.class, List.of(new LevelOfCare(CareSetting.INTENSIVE_CARE_UNIT, Optional.empty(), BASIS)));
    s.put(Medication.class, List.of(medication));
    s.put(Monitoring.class, List.of(new Monitoring("ICE", "every 8 h", OptionalInt.of(3), Optional.empty(), BASIS)));
    s.put(Precaution.class, List.of(DEFAULTS.get(Precaution.class)));
    s.put(SupportiveCare.class, List.of(new SupportiveCare("Aspiration precautions.", Topic.SUPPORTIVE_CARE, BASIS)));
    s.put(Workup.class, List.of(new Workup(WorkupTest.EEG, Optional.empty(), BASIS)));
    s.put(AuditFinding.class, List.of(new AuditFinding(AuditRule.REVIEW_REQUIRED, Severity.ADVISORY, "A finding.",
        Optional.empty(), Optional.empty())));
    s.put(org.icans.management.AuditReport.class, List.of(PlanAudit.audit(PLAN)));
    s.put(Ceiling.class, List.of(new Ceiling(800, DoseBasis.PER_DOSE, Ceiling.Origin.RULE, Optional.empty())));
    s.put(Dose.class, List.of(DOSE, Dose.stated(RULE, OptionalDouble.empty(), 400, 400)));
    s.put(DoseInterval.class, List.of(DoseInterval.hours(6, 12)));
    s.put(DoseRule.class, List.of(RULE));
    s.put(DoseRule.Builder.class, List.of(DoseRule.builder(Drug.DEXAMETHASONE, "10 mg IV every 6 h")));
    return s;
  }

  /** The public types of the packages the module exports, from its descriptor and compiled classes. */
  static List<Class<?>> exportedTypes() {
    return ApiTypes.exported(Plan.class);
  }

  private static List<Object> samplesOf(Class<?> type, Map<Class<?>, List<Object>> samples) {
    if (type.isEnum()) {
      return Arrays.asList(type.getEnumConstants());
    }
    List<Object> of = new ArrayList<>();
    for (Object o : samples.getOrDefault(type, List.of())) {
      of.add(type.isInterface() && !exported(o.getClass()) ? through(type, o) : o);
    }
    return of;
  }

  private static boolean exported(Class<?> c) {
    return c.getModule().isExported(c.getPackageName());
  }

  /**
   * The object seen through its public interface only: an implementation in a package the module
   * does not export (the built-in policies) cannot be called reflectively from outside the module,
   * and a caller reaches it only through the interface anyway.
   */
  private static Object through(Class<?> api, Object target) {
    return Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, (proxy, method, args) -> {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }

  private static boolean hasInstanceMethods(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .anyMatch(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()));
  }

  @Test
  void theExportedTypesAreFound() {
    List<Class<?>> types = exportedTypes();
    for (Class<?> c : List.of(Plan.class, Situation.Builder.class, Medication.class, PlanAudit.class, DoseRule.class,
        DoseRule.Builder.class, Ceiling.Origin.class)) {
      assertTrue(types.contains(c), c.getName());
    }
    assertFalse(types.stream().anyMatch(c -> c.getPackageName().endsWith(".internal")), types::toString);
    assertFalse(types.stream().anyMatch(c -> c.getSimpleName().equals("Gaps")), "Gaps is package-private");
  }

  @Test
  void everyTypeWithInstanceMethodsHasASample() {
    Map<Class<?>, List<Object>> samples = samples();
    List<String> missing = new ArrayList<>();
    for (Class<?> c : exportedTypes()) {
      if (hasInstanceMethods(c) && samplesOf(c, samples).isEmpty()) {
        missing.add(c.getName());
      }
    }
    assertEquals(List.of(), missing, "add a sample of each to NullRejectionTest.samples()");
  }

  /**
   * Every reference parameter of every checked constructor and method has a value to use when
   * another parameter is the null one: without it, {@link NullChecks} would leave the method's
   * message unchecked.
   */
  @Test
  void everyParameterTypeHasADefault() {
    Map<Class<?>, List<Object>> samples = samples();
    Set<String> missing = new TreeSet<>();
    for (Class<?> c : exportedTypes()) {
      List<Executable> all = new ArrayList<>(List.of(c.getConstructors()));
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !(m.getName().equals("equals") && m.getParameterCount() == 1)
            && !(c.isEnum() && m.getName().equals("valueOf"))) {
          all.add(m);
        }
      }
      for (Executable e : all) {
        for (Class<?> p : e.getParameterTypes()) {
          if (!hasDefault(p)) {
            missing.add(p.getName() + " (" + e + ")");
          }
        }
      }
    }
    assertEquals(Set.of(), missing, "add a default for each to NullRejectionTest.defaults()");
    assertFalse(samples.isEmpty());
  }

  private static boolean hasDefault(Class<?> p) {
    return p.isPrimitive() || p.isArray() || p.isEnum() || p == String.class || DEFAULTS.containsKey(p)
        || p == List.class || p == Iterable.class || p == Set.class || p == Optional.class
        || p == OptionalDouble.class || p == OptionalInt.class;
  }

  /** A null element of a list, set or array is named by its place ({@code actions[1]}), as in the model. */
  @TestFactory
  List<DynamicTest> nullElementsAreNamedByTheirPlace() {
    Map<String, org.junit.jupiter.api.function.Executable> calls = new LinkedHashMap<>();
    Silence silence = new Silence(Topic.GENERAL, Silence.Reason.NOT_STATED, "nothing", "A2");
    calls.put("actions[1]", () -> Plan.of(POLICY, SITUATION, withNull(PLAN.actions().get(0)), List.of(), List.of()));
    calls.put("silences[1]", () -> Plan.of(POLICY, SITUATION, List.of(), withNull(silence), List.of()));
    calls.put("notes[1]", () -> Plan.of(POLICY, SITUATION, List.of(), List.of(), withNull("a note")));
    calls.put("policies[1]", () -> PlanComparison.of(SITUATION, withNull(POLICY)));
    calls.put("ids[1]", () -> ManagementPolicies.compare(SITUATION, withNull("asco-2021")));
    calls.put("statedBy[1]", () -> new Gap(Topic.GENERAL, "a gap", withNull("asco-2021")));
    calls.put("precautions[1]", () -> new Basis(ManagementSources.ASCO21, Strength.RECOMMENDED, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        withNull((Precaution) DEFAULTS.get(Precaution.class))));
    calls.put("modalities[1]", () -> PolicyScope.of(new LinkedHashSet<>(withNull(TherapyModality.CAR_T_CELL)),
        Set.of(AgeGroup.ADULT)));
    calls.put("ageGroups[1]", () -> PolicyScope.of(Set.of(TherapyModality.CAR_T_CELL),
        new LinkedHashSet<>(withNull(AgeGroup.ADULT))));
    calls.put("antigens[1]", () -> POLICY.scope().withTargets(TargetAntigen.CD19, null));
    calls.put("names[1]", () -> POLICY.scope().withProducts("teclistamab", null));
    return calls.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(),
        () -> assertEquals(c.getKey(), assertThrows(NullPointerException.class, c.getValue()).getMessage())))
        .toList();
  }

  /** A modifiable list of {@code first} and then {@code null}. */
  private static <T> List<T> withNull(T first) {
    return new ArrayList<>(Arrays.asList(first, null));
  }

  @TestFactory
  List<DynamicTest> staticMethodsAndConstructorsRefuseNull() {
    return exportedTypes().stream()
        .map(c -> DynamicTest.dynamicTest(c.getName(), () -> checks().checkStatic(c))).toList();
  }

  private static List<Executable> staticMembers(Class<?> c) {
    List<Executable> all = new ArrayList<>(List.of(c.getConstructors()));
    for (Method m : c.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
          && !(c.isEnum() && m.getName().equals("valueOf"))) {
        all.add(m);
      }
    }
    return all;
  }

  @TestFactory
  List<DynamicTest> instanceMethodsRefuseNull() {
    Map<Class<?>, List<Object>> samples = samples();
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> c : exportedTypes()) {
      List<Object> of = samplesOf(c, samples);
      for (int i = 0; i < of.size(); i++) {
        Object o = of.get(i);
        tests.add(DynamicTest.dynamicTest(c.getName() + " " + i, () -> checks().checkInstance(o)));
      }
    }
    return tests;
  }
}
