package org.maillage.gateway.openapi;

/** A service answered the documentation request with something other than an OpenAPI document. */
class InvalidDocumentException extends RuntimeException {

    InvalidDocumentException(String message) {
        super(message, null, false, false);
    }
}
