package org.maillage.local;

/** The command line or the environment asks for something the launcher does not understand. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
