/**
 * For tests only: jqwik arbitraries of valid ICANS and CRS observations, patients and assessments,
 * built with the model's own builders, so that every value generated is one the model accepts. Add
 * {@code icans-testing} with test scope, and the jqwik engine to run the properties.
 */
module org.icans.testing {
  requires transitive org.icans.model;
  requires transitive net.jqwik.api;

  exports org.icans.testing;
}
