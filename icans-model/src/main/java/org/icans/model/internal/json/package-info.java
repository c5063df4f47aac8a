/**
 * The one JSON writer of the library, shared by the modules that render plans, audits and risk
 * reports as JSON ({@code org.icans.management}, {@code org.icans.risk}). Not part of the API: the
 * module exports this package only to those modules. It imports nothing of the exported packages.
 */
package org.icans.model.internal.json;
