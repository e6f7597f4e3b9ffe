package org.maillage.e2e.hostile;

import java.nio.charset.StandardCharsets;

/**
 * One malformed request derived from the contract: what it breaks, and the request as sent.
 *
 * @param target      path and query, already percent-encoded (or deliberately not)
 * @param contentType null to send no Content-Type
 * @param body        null to send no body
 */
record HostileRequest(String label, String method, String target, String contentType, byte[] body) {

    static HostileRequest of(String label, String method, String target, String contentType, String body) {
        return new HostileRequest(label, method, target, contentType,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        String shown = target.length() > 160 ? target.substring(0, 160) + "…(" + target.length() + ")" : target;
        return method + " " + shown + " [" + label + "]";
    }
}
