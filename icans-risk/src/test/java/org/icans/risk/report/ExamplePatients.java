package org.icans.risk.report;

import java.util.List;
import org.icans.model.patient.LabelEra;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.TimePoint;
import org.icans.risk.product.ProductProfiles;
import org.icans.risk.product.RiskFactor;

/**
 * The two synthetic example patients of {@code examples/risk/labs.csv}, built with the API (the
 * file format is the command-line tool's: {@code org.icans.cli.risk.RiskInputCsv}).
 */
final class ExamplePatients {
  private ExamplePatients() {}

  static List<RiskInput> inputs() {
    return List.of(
        RiskInput.builder("P001")
            .product(ProductProfiles.find("axicabtagene ciloleucel").orElseThrow().product())
            .labelEra(LabelEra.fromCode("after_rems_removal"))
            .riskFactor(RiskFactor.fromCode("high_disease_burden"))
            .lymphodepletionStartDay(-5)
            .add(Analyte.LDH, 310, "U/L", TimePoint.ofDay(-5))
            .add(Analyte.CREATININE, 97.24, "umol/L", TimePoint.ofDay(-5))
            .add(Analyte.PLATELETS, 71000, "/uL", TimePoint.ofDay(-5))
            .add(Analyte.CRP, 18, "mg/L", TimePoint.ofDay(-5))
            .add(Analyte.LDH, 290, "U/L", TimePoint.ofDay(0))
            .add(Analyte.CREATININE, 1.0, "mg/dL", TimePoint.ofDay(0))
            .add(Analyte.PLATELETS, 95, "10*9/L", TimePoint.ofDay(0))
            .add(Analyte.CRP, 2.1, "mg/dL", TimePoint.ofDay(0))
            .add(Analyte.TEMPERATURE, 39.2, "Cel", TimePoint.of(1, 30))
            .add(Analyte.IL6, 45, "pg/mL", TimePoint.of(1, 30))
            .recordedCrsGrade(TimePoint.ofDay(1), 1)
            .add(Analyte.LDH, 340, "U/L", TimePoint.ofDay(1))
            .add(Analyte.PLATELETS, 82, "10*3/uL", TimePoint.ofDay(1))
            .add(Analyte.CRP, 85, "mg/L", TimePoint.ofDay(1))
            .add(Analyte.FERRITIN, 2450, "ug/L", TimePoint.ofDay(3))
            .add(Analyte.LDH, 420, "U/L", TimePoint.ofDay(3))
            .add(Analyte.CREATININE, 1.3, "mg/dL", TimePoint.ofDay(3))
            .add(Analyte.PLATELETS, 60, "10*9/L", TimePoint.ofDay(3))
            .add(Analyte.CRP, 150, "mg/L", TimePoint.ofDay(3))
            .tocilizumab(TimePoint.of(4, 80))
            .recordedCrsGrade(TimePoint.ofDay(4), 3)
            .add(Analyte.IL6, 1200, "pg/mL", TimePoint.ofDay(5))
            .build(),
        RiskInput.builder("P002")
            .product(ProductProfiles.find("Abecma").orElseThrow().product())
            .labelEra(LabelEra.fromCode("rems"))
            .lymphodepletionStartDay(-6)
            .add(Analyte.LDH, 5, "ukat/L", TimePoint.ofDay(-6))
            .add(Analyte.PLATELETS, 150, "10*9/L", TimePoint.ofDay(-6))
            .add(Analyte.TEMPERATURE, 100.9, "[degF]", TimePoint.of(0, 20))
            .add(Analyte.IL6, 12, "ng/L", TimePoint.of(0, 20))
            .recordedCrsGrade(TimePoint.ofDay(0), 1)
            .build());
  }
}
