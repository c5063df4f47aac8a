package org.icans.fhir;

import com.google.common.testing.ClassSanityTester;
import java.time.ZoneId;
import java.util.List;
import org.icans.model.testing.FactorySanity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava's {@link ClassSanityTester} over the public static factories of the FHIR module's value
 * types (issue 12, point 6): equal exactly when their arguments are, null refused. {@link
 * FhirReader} is a service, not a value (two readers of the same period are interchangeable but not
 * equal); {@code NullRejectionTest} checks its factory.
 */
class ClassSanityTest {
  static ClassSanityTester tester(Class<?> type) {
    return new ClassSanityTester()
        .setDistinctValues(String.class, "a", "b")
        .setDistinctValues(ZoneId.class, ZoneId.of("UTC"), ZoneId.of("Europe/Paris"))
        .setDistinctValues(AssessmentPeriod.class, AssessmentPeriod.effectiveTime(),
            AssessmentPeriod.calendarDay(ZoneId.of("UTC")));
  }

  @TestFactory
  List<DynamicTest> factoriesGiveEqualValuesExactlyForEqualArgumentsAndRefuseNull() {
    List<Class<?>> values = NullRejectionTest.types().stream().filter(c -> c != FhirReader.class).toList();
    return FactorySanity.tests(values, ClassSanityTest::tester);
  }
}
