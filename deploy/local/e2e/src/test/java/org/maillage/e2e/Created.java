package org.maillage.e2e;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.maillage.testsupport.Eventually;

/**
 * Creates what names actors in a service that learns them from events: the request is sent again while that
 * service does not know them yet, until it answers 201.
 */
public final class Created {

    private static final Duration PROJECTION = Duration.ofSeconds(60);

    private Created() {
    }

    /** The id of what the request created. */
    public static String eventually(Supplier<Response> request, String failure) {
        AtomicReference<String> id = new AtomicReference<>();
        boolean created = Eventually.holds(() -> {
            Response response = request.get();
            id.set(response.statusCode() == 201 ? response.path("id") : null);
            return id.get() != null;
        }, PROJECTION);
        if (!created) {
            throw new IllegalStateException(failure);
        }
        return id.get();
    }
}
