package org.icans.model;

import com.google.common.testing.ClassSanityTester;
import java.util.Arrays;
import java.util.List;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.encephalopathy.CapdAnswer;
import org.icans.model.encephalopathy.CapdAnswers;
import org.icans.model.encephalopathy.IceTasks;
import org.icans.model.testing.FactorySanity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava's {@link ClassSanityTester} over every public static factory of the model's value types
 * (issue 12, point 6): equal arguments give equal values, different arguments different values, and
 * a null argument is refused. The distinct values it needs lie inside every range the factories
 * accept (0 and 1 for the integer tasks and answers, eight CAPD answers, devices that may take a flow and
 * need none), so that each factory is exercised, not refused.
 */
class ClassSanityTest {
  static ClassSanityTester tester() {
    return new ClassSanityTester()
        .setDistinctValues(int.class, 0, 1)
        .setDistinctValues(double.class, 1.0, 2.0)
        .setDistinctValues(String.class, "a", "b")
        .setDistinctValues(int[].class, new int[8], new int[] {1, 0, 0, 0, 0, 0, 0, 0})
        .setDistinctValues(CapdAnswer[].class, answers(CapdAnswer.ofCode(0)), answers(CapdAnswer.ofCode(1)))
        // The only factory taking a List is CapdAnswers.of(List<CapdAnswer>).
        .setDistinctValues(List.class, Arrays.asList(answers(CapdAnswer.ofCode(0))),
            Arrays.asList(answers(CapdAnswer.ofCode(1))))
        .setDistinctValues(CapdAnswers.class, CapdAnswers.ofCodes(0, 0, 0, 0, 0, 0, 0, 0),
            CapdAnswers.ofCodes(1, 0, 0, 0, 0, 0, 0, 0))
        .setDistinctValues(IceTasks.class, IceTasks.of(4, 3, 1, 1, 1), IceTasks.of(0, 0, 0, 0, 0))
        // Devices that take a flow and need none: both factories of OxygenSupport accept them.
        .setDistinctValues(OxygenDevice.class, OxygenDevice.FACEMASK, OxygenDevice.HIGH_FLOW_NASAL_CANNULA);
  }

  private static CapdAnswer[] answers(CapdAnswer first) {
    CapdAnswer[] a = new CapdAnswer[8];
    Arrays.fill(a, CapdAnswer.ofCode(0));
    a[0] = first;
    return a;
  }

  @TestFactory
  List<DynamicTest> factoriesGiveEqualValuesExactlyForEqualArgumentsAndRefuseNull() {
    return FactorySanity.tests(NullRejectionTest.TYPES, ClassSanityTest::tester);
  }
}
