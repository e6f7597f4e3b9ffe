package org.maillage.gateway.webhooks;

/** A webhook target the gateway will not call; the message says why, for the partner to read. */
public class TargetRefusedException extends Exception {

    public TargetRefusedException(String reason) {
        // No stack trace: a refusal is an answer for the caller, not a fault to debug.
        super(reason, null, false, false);
    }
}
