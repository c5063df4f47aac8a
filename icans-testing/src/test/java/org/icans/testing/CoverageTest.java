package org.icans.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.CrsSign;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.crs.OxygenSupport;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.Seizure;
import org.icans.model.patient.CataloguedProduct;
import org.icans.model.patient.Patient;
import org.icans.model.patient.Product;
import org.icans.model.patient.ProductCatalogue;
import org.junit.jupiter.api.Test;

/**
 * Each arbitrary covers what its documentation promises: every value of every domain, not assessed
 * included, appears in a sample. The rarest single value (one ICE task combination) is drawn with
 * a probability of about 1/500, so 20,000 draws miss one with a chance far below 1e-15.
 */
class CoverageTest {
  private static final int DRAWS = 20_000;

  private static <T> List<T> sample(Arbitrary<T> a) {
    return a.sampleStream().limit(DRAWS).collect(Collectors.toList());
  }

  private static <T, V> void assertCovers(Collection<? extends V> expected, List<T> sample, Function<T, V> part,
      String what) {
    Set<V> seen = sample.stream().map(part).collect(Collectors.toSet());
    Set<V> missing = new HashSet<>(expected);
    missing.removeAll(seen);
    assertEquals(Set.of(), missing, what + " never drawn");
  }

  private static <T> List<Optional<T>> notAssessedThen(T[] values) {
    return AllValues.notAssessedThen(List.of(values));
  }

  @Test
  void validIcansObservationsCoverEveryValueOfEveryDomain() {
    List<IcansObservation> s = sample(IcansObservations.valid());
    List<IceScore> ice = new ArrayList<>(AllValues.iceTotals());
    ice.addAll(AllValues.iceTaskScores());
    assertCovers(AllValues.notAssessedThen(ice), s, IcansObservation::ice, "ICE");
    assertCovers(AllValues.notAssessedThen(AllValues.capdTotalsAndUnable()), s, IcansObservation::capd, "CAPD");
    assertTrue(s.stream().anyMatch(o -> o.capd().flatMap(CapdScore::answers).isPresent()), "CAPD from answers");
    assertCovers(notAssessedThen(Consciousness.values()), s, IcansObservation::consciousness, "consciousness");
    assertCovers(notAssessedThen(Seizure.values()), s, IcansObservation::seizure, "seizure");
    assertCovers(AllValues.notAssessedThen(AllValues.motorFindings()), s, IcansObservation::motor, "motor");
    assertCovers(AllValues.notAssessedThen(AllValues.icpFindings()), s, IcansObservation::icp, "ICP");
    assertCovers(AllValues.subsets(IcansDomain.class), s, IcansObservation::attributedToOtherCause, "attributions");
    assertCovers(List.of(false, true), s, IcansObservation::diedOfIcans, "death");
    assertCovers(IcansObservations.edgeCases(), s, o -> o, "edge case");
  }

  @Test
  void fullyAssessedIcansObservationsCoverEveryValueOfEveryDomain() {
    List<IcansObservation> s = sample(IcansObservations.fullyAssessed());
    assertCovers(AllValues.notAssessedThen(AllValues.iceTotals()).subList(1, 12), s, IcansObservation::ice, "ICE");
    assertCovers(AllValues.notAssessedThen(AllValues.capdTotalsAndUnable()).subList(1, 35), s,
        IcansObservation::capd, "CAPD");
    assertCovers(List.of(Consciousness.values()), s, o -> o.consciousness().orElseThrow(), "consciousness");
    assertCovers(List.of(Seizure.values()), s, o -> o.seizure().orElseThrow(), "seizure");
    assertCovers(AllValues.motorFindings(), s, o -> o.motor().orElseThrow(), "motor");
    assertCovers(AllValues.icpFindings(), s, o -> o.icp().orElseThrow(), "ICP");
    assertCovers(AllValues.subsets(IcansDomain.class), s, IcansObservation::attributedToOtherCause, "attributions");
  }

  @Test
  void everyDomainIsLeftOutByWithDomainsNotAssessed() {
    List<IcansObservation> s = sample(IcansObservations.withDomainsNotAssessed());
    assertCovers(List.of(true, false), s, o -> o.ice().isEmpty() && o.capd().isEmpty(), "encephalopathy left out");
    assertCovers(List.of(true, false), s, o -> o.consciousness().isEmpty(), "consciousness left out");
    assertCovers(List.of(true, false), s, o -> o.seizure().isEmpty(), "seizure left out");
    assertCovers(List.of(true, false), s, o -> o.motor().isEmpty(), "motor left out");
    assertCovers(List.of(true, false), s, o -> o.icp().isEmpty(), "ICP left out");
  }

  @Test
  void withAttributionsCoversEveryNonEmptySet() {
    List<IcansObservation> s = sample(IcansObservations.withAttributions());
    assertCovers(AllValues.subsets(IcansDomain.class).subList(1, 32), s, IcansObservation::attributedToOtherCause,
        "ICANS attributions");
    List<CrsObservation> crs = sample(CrsObservations.withAttributions());
    assertCovers(AllValues.subsets(CrsSign.class).subList(1, 8), crs, CrsObservation::attributedToOtherCause,
        "CRS attributions");
  }

  @Test
  void validCrsObservationsCoverEveryElement() {
    List<CrsObservation> s = sample(CrsObservations.valid());
    assertCovers(List.of(true, false), s, o -> o.temperatureCelsius().isEmpty(), "temperature not measured");
    assertCovers(List.of(CrsObservation.MIN_TEMPERATURE_C, Math.nextDown(38.0), 38.0, CrsObservation.MAX_TEMPERATURE_C),
        s.stream().filter(o -> o.temperatureCelsius().isPresent()).collect(Collectors.toList()),
        o -> o.temperatureCelsius().getAsDouble(), "temperature");
    assertCovers(List.of(false, true), s, CrsObservation::feverMasked, "masking");
    assertCovers(notAssessedThen(Hypotension.values()), s, CrsObservation::hypotension, "hypotension");
    assertCovers(notAssessedThen(OxygenDevice.values()), s, o -> o.oxygen().map(OxygenSupport::device), "device");
    assertCovers(AllValues.subsets(CrsSign.class), s, CrsObservation::attributedToOtherCause, "attributions");
    assertCovers(List.of(false, true), s, CrsObservation::diedOfCrs, "death");
    assertCovers(CrsObservations.edgeCases(), s, o -> o, "edge case");
    List<CrsObservation> left = sample(CrsObservations.withSignsNotAssessed());
    assertCovers(List.of(true, false), left, o -> o.temperatureCelsius().isEmpty(), "temperature left out");
    assertCovers(List.of(true, false), left, o -> o.hypotension().isEmpty(), "hypotension left out");
    assertCovers(List.of(true, false), left, o -> o.oxygen().isEmpty(), "oxygen left out");
  }

  @Test
  void oxygenSupportsCoverEveryDeviceWithAndWithoutFlow() {
    List<OxygenSupport> s = sample(OxygenSupports.valid());
    Set<String> expected = new HashSet<>();
    for (OxygenDevice d : OxygenDevice.values()) {
      if (d != OxygenDevice.NASAL_CANNULA) {
        expected.add(d + " without flow");
      }
      if (d != OxygenDevice.NONE && d != OxygenDevice.UNKNOWN_DEVICE) {
        expected.add(d + " with flow");
      }
    }
    assertCovers(expected, s, o -> o.device() + (o.flowLitresPerMinute().isPresent() ? " with flow" : " without flow"),
        "device and flow");
    assertCovers(List.of(6.0, Math.nextUp(6.0)),
        s.stream().filter(o -> o.flowLitresPerMinute().isPresent()).collect(Collectors.toList()),
        o -> o.flowLitresPerMinute().getAsDouble(), "flow at the 6 L/min boundary");
  }

  @Test
  void patientsCoverBothToolsEveryProductAndNoneAndWeights() {
    List<Patient> s = sample(Patients.valid());
    List<Optional<Product>> products = AllValues.notAssessedThen(
        ProductCatalogue.all().stream().map(CataloguedProduct::product).collect(Collectors.toList()));
    assertCovers(products, s, Patient::product, "product");
    assertCovers(List.of(false, true), s, Patient::developmentalDelay, "developmental delay");
    assertCovers(List.of(false, true), s, p -> p.weightKg().isPresent(), "weight known");
    assertCovers(List.of(0.0, Math.nextDown(12.0), 12.0, Patient.MAX_AGE_YEARS), s, Patient::ageYears, "age");
    assertCovers(List.of(true, false), s, p -> p.ageYears() < 12, "under 12");
  }

  @Test
  void assessmentsCoverDaysBeforeAndAfterTheInfusionAndUnusualIdentifiers() {
    List<Assessment> s = sample(Assessments.valid());
    assertCovers(List.of(-1, 0, 1), s, a -> (int) Math.signum(a.day()), "sign of the day");
    assertCovers(List.of(Assessment.MIN_DAY), s, Assessment::day, "first day");
    assertCovers(List.of(true, false), s, a -> a.patientId().matches("[A-Za-z0-9.-]+"), "plain identifier");
    assertTrue(s.stream().anyMatch(a -> a.patientId().contains(",") || a.patientId().contains("\"")),
        "an identifier a CSV writer must quote");
  }
}
