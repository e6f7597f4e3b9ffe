package org.maillage.diagnostics.diagnostics.service;

/**
 * Names used in explanations.
 *
 * @param territory     "Seine-Saint-Denis"
 * @param reference     "in Île-de-France" or "for France as a whole"
 * @param peers         "départements of France" or "communes of Seine-Saint-Denis"
 */
public record Wording(String territory, String reference, String peers) {
}
