package org.maillage.gateway.openapi;

/** A service whose document could not be had, and a reason fit for public eyes. */
public record UnavailableSource(String service, String reason) {
}
