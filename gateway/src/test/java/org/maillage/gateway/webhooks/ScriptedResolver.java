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

    private record Script(List<InetAddress[]> answers, AtomicInteger lookups) {
    }

    private final Map<String, Script> scripts = new ConcurrentHashMap<>();

    /** {@code host} resolves to each of {@code addresses} (IP literals) in turn. */
    public void script(String host, String... addresses) {
        List<InetAddress[]> answers = new ArrayList<>();
        for (String address : addresses) {
            answers.add(new InetAddress[] {answer(host, address)});
        }
        scripts.put(host, new Script(answers, new AtomicInteger()));
    }

    /** Every lookup of {@code host} answers all of {@code addresses}, in this order. */
    public void scriptOneAnswer(String host, String... addresses) {
        InetAddress[] answer = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            answer[i] = answer(host, addresses[i]);
        }
        scripts.put(host, new Script(List.<InetAddress[]>of(answer), new AtomicInteger()));
    }

    private static InetAddress answer(String host, String address) {
        try {
            // Carries the name, like a real answer; the literal is parsed without any lookup.
            return InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
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
        return script.answers().get(Math.min(lookup, script.answers().size() - 1)).clone();
    }
}
