package org.maillage.local;

/** The suite could not start; the message tells the user what happened and what to do. */
public class StartupException extends Exception {

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
