package org.icans.model;

import java.util.List;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.CrsSign;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.crs.OxygenSupport;
import org.icans.model.encephalopathy.CapdAnswer;
import org.icans.model.encephalopathy.CapdAnswers;
import org.icans.model.encephalopathy.CapdItem;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.encephalopathy.IceTasks;
import org.icans.model.evidence.Citation;
import org.icans.model.evidence.Evidence;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.IcpFindings;
import org.icans.model.icans.MotorFinding;
import org.icans.model.icans.MotorFindings;
import org.icans.model.icans.Seizure;
import org.icans.model.patient.LabelEra;
import org.icans.model.patient.Patient;
import org.icans.model.patient.Product;
import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;
import org.icans.model.testing.NullChecks;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every public constructor and method of the model refuses {@code null} for each of its parameters
 * with a {@link NullPointerException} (issue 14, finding 2), checked class by class with Guava's
 * {@code NullPointerTester} ({@link NullChecks}, which also requires the message to name the
 * parameter): the static factories, and the instance methods of a sample of each value type and of
 * its builder. {@link InvalidValueException}'s refused value may be null (it is shown as "null").
 */
class NullRejectionTest {
  static NullChecks checks() {
    return new NullChecks()
        .setDefault(IceScore.class, IceScore.ofTotal(10))
        .setDefault(IceTasks.class, IceTasks.of(4, 3, 1, 1, 1))
        .setDefault(CapdScore.class, CapdScore.ofTotal(0))
        .setDefault(CapdAnswers.class, CapdAnswers.ofCodes(0, 0, 0, 0, 0, 0, 0, 0))
        .setDefault(CapdAnswer.class, CapdAnswer.ofCode(0))
        .setDefault(MotorFindings.class, MotorFindings.none())
        .setDefault(IcpFindings.class, IcpFindings.none())
        .setDefault(OxygenSupport.class, OxygenSupport.roomAir())
        .setDefault(IcansObservation.class, IcansObservation.notAssessed())
        .setDefault(CrsObservation.class, CrsObservation.notAssessed())
        .setDefault(Patient.class, Patient.aged(40))
        .setDefault(Product.class, product())
        .setDefault(Citation.class, citation());
  }

  static Product product() {
    return Product.of("axicabtagene ciloleucel", TherapyModality.values()[0], TargetAntigen.values()[0]);
  }

  static Citation citation() {
    return Citation.of("KEY", "A reference", "p. 1", Evidence.values()[0]);
  }

  static Assessment assessment() {
    return Assessment.builder().patientId("P1").day(1).patient(Patient.aged(40)).build();
  }

  /** The public types of the model whose static methods and constructors are checked. */
  static final List<Class<?>> TYPES = List.of(Assessment.class,
      CrsObservation.class, CrsSign.class, Hypotension.class, OxygenDevice.class, OxygenSupport.class,
      CapdAnswer.class, CapdAnswers.class, CapdItem.class, CapdScore.class, IceScore.class, IceTasks.class,
      Citation.class, Evidence.class, Consciousness.class, IcansDomain.class, IcansObservation.class,
      IcpFinding.class, IcpFindings.class, MotorFinding.class, MotorFindings.class, Seizure.class,
      LabelEra.class, Patient.class, Product.class, TargetAntigen.class, TherapyModality.class);

  /** A sample of every value type, and a builder of each, whose instance methods are checked. */
  static List<Object> instances() {
    return List.of(assessment(), Assessment.builder(), new InvalidValueException("f", 1, "a"),
        CrsObservation.notAssessed(), CrsObservation.builder(), OxygenSupport.roomAir(), OxygenSupport.builder(),
        CapdAnswers.ofCodes(0, 0, 0, 0, 0, 0, 0, 0), CapdScore.ofTotal(3), IceScore.ofTotal(7),
        IceTasks.of(4, 3, 1, 1, 1), citation(), IcansObservation.notAssessed(), IcansObservation.builder(),
        IcpFindings.none(), MotorFindings.none(), Patient.aged(40), Patient.builder(), product(),
        CapdAnswer.ofCode(2));
  }

  @TestFactory
  List<DynamicTest> staticMethodsAndConstructorsRefuseNull() {
    return TYPES.stream().map(c -> DynamicTest.dynamicTest(c.getSimpleName(), () -> {
      checks().checkStatic(c);
    })).toList();
  }

  @TestFactory
  List<DynamicTest> instanceMethodsRefuseNull() {
    return instances().stream().map(o -> DynamicTest.dynamicTest(o.getClass().getName(),
        () -> checks().checkInstance(o))).toList();
  }
}
