package org.maillage.gateway.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetGuardTest {

    private final TargetGuard strict = new TargetGuard(false, false, new SystemHostResolver());

    @Test
    void refusesInternalTargets() {
        for (String url : new String[] {"https://127.0.0.1/h", "https://localhost/h", "https://10.1.2.3/h",
                "https://172.16.0.1/h", "https://192.168.1.1/h", "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/h", "https://0.0.0.0/h", "https://224.0.0.1/h", "https://[::1]/h",
                "https://[fd12:3456::1]/h", "https://[fc00::1]/h", "https://[fe80::1]/h", "https://[::]/h",
                "https://[::ffff:10.0.0.1]/h", "https://[64:ff9b::a00:1]/h"}) {
            Optional<String> refusal = strict.refusal(URI.create(url));
            assertTrue(refusal.isPresent(), url + " should be refused");
        }
    }

    @Test
    void refusesOtherSchemesAndUserInformation() {
        assertEquals(Optional.of("must be an https URL"), strict.refusal(URI.create("http://93.184.215.14/h")));
        assertEquals(Optional.of("must be an https URL"), strict.refusal(URI.create("ftp://93.184.215.14/h")));
        assertTrue(strict.refusal(URI.create("https://user:pw@93.184.215.14/h")).isPresent());
    }

    @Test
    void acceptsPublicTargets() {
        assertEquals(Optional.empty(), strict.refusal(URI.create("https://93.184.215.14/hooks")));
        assertEquals(Optional.empty(), strict.refusal(URI.create("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/h")));
    }

    @Test
    void configurationMayAllowLocalTargetsAndHttp() {
        TargetGuard local = new TargetGuard(true, true, new SystemHostResolver());
        assertEquals(Optional.empty(), local.refusal(URI.create("http://127.0.0.1:8099/hooks")));
        assertEquals(Optional.empty(), local.refusal(URI.create("https://10.0.0.5/hooks")));
        assertTrue(local.refusal(URI.create("ftp://127.0.0.1/hooks")).isPresent());
    }

    @Test
    void resolvesOnceAndHandsBackTheAddressItApproved() throws Exception {
        ScriptedResolver dns = new ScriptedResolver();
        dns.script("hooks.partner.test", "203.0.113.10", "10.0.0.1");
        VettedTarget target = new TargetGuard(false, false, dns).vet(URI.create("https://hooks.partner.test:8443/h?x=1"));
        assertEquals(List.of(InetAddress.getByName("203.0.113.10")), target.addresses());
        assertEquals(1, dns.lookups("hooks.partner.test"));
        assertEquals(8443, target.port());
        assertEquals("/h?x=1", target.requestUri());
        assertEquals(443, new VettedTarget(URI.create("https://h.test"), target.addresses()).port());
        assertEquals("/", new VettedTarget(URI.create("https://h.test"), target.addresses()).requestUri());
    }

    @Test
    void handsBackEveryAddressOfTheAnswerInItsOrder() throws Exception {
        ScriptedResolver dns = new ScriptedResolver();
        dns.scriptOneAnswer("hooks.partner.test", "203.0.113.11", "203.0.113.10", "2001:db8::7");
        VettedTarget target = new TargetGuard(false, false, dns).vet(URI.create("https://hooks.partner.test/h"));
        assertEquals(List.of(InetAddress.getByName("203.0.113.11"), InetAddress.getByName("203.0.113.10"),
                InetAddress.getByName("2001:db8::7")), target.addresses());
    }

    @Test
    void oneInternalAddressInTheAnswerRefusesTheName() {
        TargetGuard guard = new TargetGuard(false, false, host -> new InetAddress[] {
                InetAddress.getByName("203.0.113.10"), InetAddress.getByName("10.0.0.1")});
        TargetRefusedException refused = assertThrows(TargetRefusedException.class,
                () -> guard.vet(URI.create("https://hooks.partner.test/h")));
        assertTrue(refused.getMessage().startsWith("resolves to 10.0.0.1, "), refused.getMessage());
    }

    @Test
    void allowingPrivateTargetsStillResolvesTheName() throws Exception {
        ScriptedResolver dns = new ScriptedResolver();
        dns.script("hooks.partner.test", "10.0.0.5");
        TargetGuard local = new TargetGuard(true, true, dns);
        assertEquals(List.of(InetAddress.getByName("10.0.0.5")),
                local.vet(URI.create("http://hooks.partner.test/h")).addresses());
        assertEquals(1, dns.lookups("hooks.partner.test"));
        TargetGuard unresolvable = new TargetGuard(true, true, host -> {
            throw new UnknownHostException(host);
        });
        assertEquals(Optional.of("host nowhere.partner.test cannot be resolved"),
                unresolvable.refusal(URI.create("http://nowhere.partner.test/h")));
    }
}
