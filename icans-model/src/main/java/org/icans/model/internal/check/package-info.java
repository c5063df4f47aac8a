/**
 * Argument checks shared by the modules that take collections from callers. Entry point:
 * {@link org.icans.model.internal.check.Nulls#presentEach(String, java.util.Collection)}. Not part
 * of the API: exported only to {@code org.icans.guidance} and {@code org.icans.management}. It
 * imports nothing of the exported packages.
 */
package org.icans.model.internal.check;
