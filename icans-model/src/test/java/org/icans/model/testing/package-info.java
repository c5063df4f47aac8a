/**
 * Test support shared by the model's tests: assertions on {@link org.icans.model.InvalidValueException}
 * and jqwik generators for range properties. Test sources only, and not exported by the module, so
 * that its public methods may use JUnit and jqwik types.
 */
package org.icans.model.testing;
