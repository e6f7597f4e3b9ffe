package org.maillage.gateway.openapi;

/** What the merged document says about itself: the suite's title, version and description and the public URL. */
public record DocumentInfo(String title, String version, String description, String serverUrl) {
}
