/**
 * Implementation of the patient guidance and the differential: code lookup, text checks and
 * dates, the renderer, the label-era driving advice and the assembly of the documents. Not
 * exported; nothing here is part of the API.
 */
package org.icans.management.guidance.internal;
