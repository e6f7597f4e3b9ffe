package org.maillage.gateway.webhooks;

import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DNS server the test controls, as a rebinding one would be: a scripted name gets its answers in turn, the
 * last one from then on, and its lookups are counted. Other names go to the system resolver.
 */
@Alternative
@ApplicationScoped
public class ScriptedResolver implements HostResolver {

    /** Runs the application with this resolver in place of the system one. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(ScriptedResolver.class);
        }
    }

    private record Script(List<InetAddress> answers, AtomicInteger lookups) {
    }

    private final Map<String, Script> scripts = new ConcurrentHashMap<>();

    /** {@code host} resolves to each of {@code addresses} (IP literals) in turn. */
    public void script(String host, String... addresses) {
        List<InetAddress> answers = new ArrayList<>();
        try {
            for (String address : addresses) {
                // Carries the name, like a real answer; the literal is parsed without any lookup.
                answers.add(InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress()));
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
        scripts.put(host, new Script(List.copyOf(answers), new AtomicInteger()));
    }

    public int lookups(String host) {
        return scripts.get(host).lookups().get();
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        Script script = scripts.get(host);
        if (script == null) {
            return InetAddress.getAllByName(host);
        }
        int lookup = script.lookups().getAndIncrement();
        return new InetAddress[] {script.answers().get(Math.min(lookup, script.answers().size() - 1))};
    }
}
