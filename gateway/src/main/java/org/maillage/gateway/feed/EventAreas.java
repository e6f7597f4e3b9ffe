package org.maillage.gateway.feed;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.maillage.commons.events.Topics;
import org.maillage.gateway.caller.AuthenticatedCaller;
import org.maillage.gateway.caller.Scopes;

/** The area an event belongs to (by the topic it came from), and who may read each area: {@code <area>:read}. */
public final class EventAreas {

    public static final Map<String, String> BY_TOPIC = Map.of(
            Topics.ACTORS, "actors",
            Topics.ALLIANCES, "alliances",
            Topics.DIAGNOSTICS, "diagnostics");

    private EventAreas() {
    }

    public static String readScope(String area) {
        return area + ":read";
    }

    /** Whether these scopes (of a caller or of a webhook's owner) may read the events of an area. */
    public static boolean readable(Set<String> scopes, String area) {
        return scopes.contains(Scopes.ADMIN) || scopes.contains(readScope(area));
    }

    public static Set<String> readableBy(AuthenticatedCaller caller) {
        Set<String> areas = new TreeSet<>();
        BY_TOPIC.values().stream().filter(area -> readable(caller.scopes(), area)).forEach(areas::add);
        return areas;
    }
}
