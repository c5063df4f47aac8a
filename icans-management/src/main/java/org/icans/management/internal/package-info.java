/**
 * Implementation, not exported: argument checks that name the field, the value and what is allowed
 * ({@code Args}), and locale-free numbers in text ({@code Num}). A floor below the API: nothing here
 * imports the exported packages.
 */
package org.icans.management.internal;
