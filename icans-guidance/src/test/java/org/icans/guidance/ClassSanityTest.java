package org.icans.guidance;

import com.google.common.testing.ClassSanityTester;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import org.icans.model.patient.Product;
import org.icans.model.patient.ProductCatalogue;
import org.icans.model.testing.FactorySanity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava's {@link ClassSanityTester} over the public static factories of the guidance value types
 * (issue 12, point 6): equal exactly when their arguments are, null refused. {@link SymptomReport}
 * takes a collection of symptoms in one factory and of codes in another, and {@link BodyTemperature}
 * a number in degrees Celsius in one and Fahrenheit in another (ranges that do not overlap), which
 * the tester's values cannot respect: {@link EqualsTester}s check them instead.
 */
class ClassSanityTest {
  static ClassSanityTester tester(Class<?> type) {
    return new ClassSanityTester()
        .setDistinctValues(String.class, "a", "b")
        .setDistinctValues(org.icans.model.evidence.Citation.class, GuidanceSources.SHEET, GuidanceSources.SHEET_WHAT_IS)
        .setDistinctValues(Product.class, ProductCatalogue.AXICABTAGENE_CILOLEUCEL.product(),
            ProductCatalogue.TISAGENLECLEUCEL.product())
        .setDistinctValues(LocalDate.class, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6));
  }

  @TestFactory
  List<DynamicTest> factoriesGiveEqualValuesExactlyForEqualArgumentsAndRefuseNull() {
    List<Class<?>> types = NullRejectionTest.TYPES.stream().filter(c -> c != SymptomReport.class && c != BodyTemperature.class).toList();
    return FactorySanity.tests(types, ClassSanityTest::tester);
  }

  @Test
  void temperaturesAreEqualExactlyWhenTheirValueAndUnitAre() {
    new EqualsTester()
        .addEqualityGroup(BodyTemperature.celsius(38.5), BodyTemperature.parse("38.5C"), BodyTemperature.celsius(38.5))
        .addEqualityGroup(BodyTemperature.celsius(37.0))
        .addEqualityGroup(BodyTemperature.fahrenheit(101.3), BodyTemperature.parse("101.3F"))
        .addEqualityGroup(BodyTemperature.fahrenheit(100.4))
        .testEquals();
  }

  @Test
  void symptomReportsAreEqualExactlyWhenTheirSymptomsAndTemperatureAre() {
    new EqualsTester()
        .addEqualityGroup(SymptomReport.of(Symptom.FEVER, Symptom.HEADACHE),
            SymptomReport.of(List.of(Symptom.HEADACHE, Symptom.FEVER)), SymptomReport.ofCodes(List.of("fever", "headache")))
        .addEqualityGroup(SymptomReport.of(Symptom.FEVER))
        .addEqualityGroup(SymptomReport.of(Symptom.FEVER).withTemperature(BodyTemperature.celsius(38.5)))
        .addEqualityGroup(SymptomReport.of(Symptom.FEVER).withTemperature(BodyTemperature.celsius(37.0)))
        .testEquals();
  }
}
