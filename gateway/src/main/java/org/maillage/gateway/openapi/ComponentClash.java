package org.maillage.gateway.openapi;

import java.util.Map;

/**
 * Two or more services define a component under the same name with different content; each got its own
 * prefixed name so no definition silently replaces another.
 *
 * @param component  section and original name, e.g. {@code schemas/Status}
 * @param renamedTo  new name of the component, by service
 */
public record ComponentClash(String component, Map<String, String> renamedTo) {
}
