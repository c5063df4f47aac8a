package org.icans.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.icans.cli.risk.RiskInputCsv;
import org.icans.management.ManagementPolicies;
import org.icans.management.ManagementPolicy;
import org.icans.management.Plan;
import org.icans.management.Situation;
import org.icans.risk.report.RiskAssessor;
import org.icans.risk.report.RiskInput;
import org.icans.risk.report.RiskReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a management plan (every built-in policy, varied grades, ages and weights) and a
 * patient's risk report (the two synthetic patients of the risk module's example input). Neither
 * is a hot path; the figures say what a decision-support call costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlanAndRiskBenchmark {
  private static final int SIZE = 256;

  private final ManagementPolicy[] policies = new ManagementPolicy[SIZE];
  private final Situation[] situations = new Situation[SIZE];
  private List<RiskInput> riskInputs;
  private int next;

  @Setup
  public void setUp() throws IOException {
    List<ManagementPolicy> all = ManagementPolicies.all();
    SplittableRandom r = new SplittableRandom(11);
    for (int i = 0; i < SIZE; i++) {
      policies[i] = all.get(r.nextInt(all.size()));
      situations[i] = Situation.of(r.nextInt(5), r.nextInt(5), 18 + r.nextInt(70), 40 + r.nextInt(90));
    }
    try (InputStream in = PlanAndRiskBenchmark.class.getResourceAsStream("risk-input.csv")) {
      riskInputs = RiskInputCsv.read(in).inputs();
    }
  }

  /** One plan: a policy applied to a situation. */
  @Benchmark
  public Plan plan() {
    int i = next++ & (SIZE - 1);
    return policies[i].plan(situations[i]);
  }

  /** One risk report: scores, warnings, product baseline and expected window for one patient. */
  @Benchmark
  public RiskReport riskReport() {
    return RiskAssessor.assess(riskInputs.get(next++ & 1));
  }
}
