package org.maillage.commons.idempotency;

import java.util.Map;

/** A response recorded for replay: status, content type, the headers that matter, body bytes. */
record StoredResponse(int status, String contentType, Map<String, String> headers, byte[] body) {
}
