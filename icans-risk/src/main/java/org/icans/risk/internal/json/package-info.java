/** A small streaming JSON writer (not exported): the library takes no JSON dependency. */
package org.icans.risk.internal.json;
