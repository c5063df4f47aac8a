/**
 * JMH benchmarks of the hot paths: grading one observation through the object API, the ICE and
 * CAPD totals, the columnar batch API, and the command-line grade path. Run the shaded jar:
 * {@code java -jar icans-benchmarks/target/benchmarks.jar} ({@code -l} lists, {@code -prof gc}
 * adds allocation). Never run as part of the tests.
 */
package org.icans.benchmarks;
