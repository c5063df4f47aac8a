/** Build-time support for the model's value types; not part of the API and not exported. */
package org.icans.model.internal;
