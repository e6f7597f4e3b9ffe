package org.maillage.commons.events;

import java.util.Map;
import java.util.TreeMap;
import org.maillage.commons.health.Heartbeat;

/**
 * What this instance's consumer loop last saw: how many records each subscribed topic's partitions assigned
 * here are behind their end, and when the loop last went round. Written by the loop's thread, read by the
 * meters and health checks.
 */
public final class ConsumerProgress {

    private final String group;
    private final Heartbeat heartbeat = new Heartbeat();
    private volatile Map<String, Long> lagByTopic = Map.of();

    ConsumerProgress(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }

    public Heartbeat heartbeat() {
        return heartbeat;
    }

    /** Records behind per topic, 0 for a topic with no partition assigned here or none behind. */
    public Map<String, Long> lagByTopic() {
        return lagByTopic;
    }

    public long lag(String topic) {
        return lagByTopic.getOrDefault(topic, 0L);
    }

    void lagByTopic(Map<String, Long> lag) {
        lagByTopic = Map.copyOf(new TreeMap<>(lag));
    }
}
