package org.maillage.gateway.openapi;

import org.maillage.gateway.config.GatewayConfig;

/**
 * What the merged document says about itself: the suite's title, version and description, and the server it
 * is served from with a description naming its environment.
 */
public record DocumentInfo(String title, String version, String description, String serverUrl,
                           String serverDescription) {

    public static DocumentInfo of(GatewayConfig.OpenApi config) {
        return new DocumentInfo(config.title(), config.version(), config.description(), config.serverUrl(),
                config.serverDescription());
    }

    public DocumentInfo withServer(String url, String description) {
        return new DocumentInfo(title, version, this.description, url, description);
    }
}
