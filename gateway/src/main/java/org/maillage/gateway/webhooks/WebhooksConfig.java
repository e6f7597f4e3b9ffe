package org.maillage.gateway.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Where webhooks may be sent, how patiently, and when a failing endpoint is given up on. */
@ConfigMapping(prefix = "maillage.gateway.webhooks")
public interface WebhooksConfig {

    /** Allows targets in loopback, private, link-local and other internal ranges: local development only. */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** Allows plain http:// targets: local development only. */
    @WithDefault("false")
    boolean allowHttp();

    /** Delay before each retry after a failed attempt; a delivery fails for good after the last one. */
    @WithDefault("5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retrySchedule();

    /** An endpoint failing without a single success for longer than this is disabled. */
    @WithDefault("3d")
    Duration disableAfter();

    @WithDefault("5s")
    Duration connectTimeout();

    /** Whole exchange with the endpoint, response included. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** A claimed delivery is not claimed again before this; longer than the request timeout. */
    @WithDefault("2m")
    Duration lease();

    @WithDefault("1s")
    Duration pollInterval();

    /** Deliveries sent at the same time by one instance. */
    @WithDefault("16")
    int concurrency();

    @WithDefault("true")
    boolean dispatcherEnabled();

    /** Endpoints an organisation (or, without one, a caller) may register: each event is matched against all. */
    @WithDefault("25")
    int maxEndpointsPerOrganisation();

    /** Delivered and failed deliveries stay in the delivery log this long. */
    @WithDefault("30d")
    Duration logRetention();

    @WithDefault("1h")
    Duration logPurgeInterval();
}
