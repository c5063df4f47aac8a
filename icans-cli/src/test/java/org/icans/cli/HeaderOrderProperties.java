package org.icans.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Column order is free: any permutation of the header gives the same output, for any valid rows. */
class HeaderOrderProperties {
  @Provide
  Arbitrary<List<String>> orders() {
    return Arbitraries.shuffle(ValidRows.COLUMNS);
  }

  @Provide
  Arbitrary<List<Map<String, String>>> rows() {
    return ValidRows.rows().list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 300)
  void anyColumnOrderGivesTheSameGrades(@ForAll("orders") List<String> order,
      @ForAll("rows") List<Map<String, String>> rows) {
    Cli.Result canonical = Cli.grade(ValidRows.file(ValidRows.COLUMNS, rows), "--explain");
    Cli.Result permuted = Cli.grade(ValidRows.file(order, rows), "--explain");
    assertEquals(0, canonical.exit(), canonical.err());
    assertEquals(canonical.out(), permuted.out());
    assertEquals("", permuted.err());
  }

  @Property(tries = 200)
  void anyColumnOrderGivesTheSameSummary(@ForAll("orders") List<String> order,
      @ForAll("rows") List<Map<String, String>> rows) {
    assertEquals(Cli.summarize(ValidRows.file(ValidRows.COLUMNS, rows)).out(),
        Cli.summarize(ValidRows.file(order, rows)).out());
  }
}
