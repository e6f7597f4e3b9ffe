package org.maillage.local;

import java.time.Duration;

/** Hears how the start-up of {@link LocalSuite} goes. */
public interface StartupListener {

    /** A component answers at {@code address}, {@code sinceStart} after {@link LocalSuite#start()} began. */
    void ready(String component, String address, Duration sinceStart);

    /** Something the user should know that is not an error: a first-time setup step, a leftover cleaned up. */
    void notice(String message);

    static StartupListener silent() {
        return new StartupListener() {
            @Override
            public void ready(String component, String address, Duration sinceStart) {
            }

            @Override
            public void notice(String message) {
            }
        };
    }
}
