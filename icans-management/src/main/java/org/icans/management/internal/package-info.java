/**
 * Implementation, not exported: the built-in policies as tables of cited action templates (one
 * class per source), the conditions that select rows, the text and JSON renderers, a small JSON
 * writer, and argument checks. Nothing here is API; the module exports only the clinical packages.
 */
package org.icans.management.internal;
