package org.maillage.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the schemas cannot see: that the manifests fit the services as the repository builds them and fit
 * together, in each rendered kustomization.
 */
class ManifestConsistencyTest {

    private static final Path ROOT = Repository.ROOT;
    private static final Pattern TOPIC_LITERAL = Pattern.compile("\"(maillage\\.[a-z-]+\\.v\\d+)\"");

    private final Map<String, List<Manifest>> rendered = Repository.rendered();
    private final Map<String, Manifest> secrets = Repository.externalSecrets();

    @Test
    void everyServiceHasADeploymentGivingItEverySettingItNeeds() {
        List<String> services = ServiceSettings.services(ROOT);
        assertEquals(List.of("actors-service", "alliances-service", "diagnostics-service", "gateway"), services);
        forEachKustomization((name, manifests) -> {
            for (String service : services) {
                Manifest deployment = find(manifests, "Deployment", service).orElseThrow(
                        () -> new AssertionError(name + ": no Deployment for " + service));
                Set<String> given = environment(manifests, container(deployment));
                Set<String> missing = new TreeSet<>(ServiceSettings.required(ROOT, service).keySet());
                missing.removeAll(given);
                assertEquals(Set.of(), missing, name + ": " + service + " is not given what it needs");
            }
        });
    }

    @Test
    void theRequiredSettingsAreDerivedFromTheServicesConfiguration() {
        assertEquals(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "kafka.bootstrap.servers",
                "MAILLAGE_IDENTITY_PUBLIC_KEY", "maillage.identity.public-key",
                "QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url",
                "QUARKUS_DATASOURCE_PASSWORD", "quarkus.datasource.password",
                "QUARKUS_DATASOURCE_USERNAME", "quarkus.datasource.username"), ServiceSettings.required(ROOT, "actors-service"));
        Map<String, String> gateway = ServiceSettings.required(ROOT, "gateway");
        assertTrue(gateway.keySet().containsAll(Set.of("MAILLAGE_GATEWAY_UPSTREAMS_ACTORS",
                "MAILLAGE_GATEWAY_UPSTREAMS_ALLIANCES", "MAILLAGE_GATEWAY_UPSTREAMS_DIAGNOSTICS",
                "MAILLAGE_GATEWAY_IDENTITY_PRIVATE_KEY", "MAILLAGE_GATEWAY_SECURITY_BOOTSTRAP_ADMIN_KEY_SHA256")),
                gateway::toString);
        assertFalse(gateway.containsKey("MAILLAGE_IDENTITY_PUBLIC_KEY"), "the gateway checks no identity token");
    }

    @Test
    void containersExposeTheServicesPortsAndProbeSmallRyeHealth() {
        for (String service : ServiceSettings.services(ROOT)) {
            // SmallRye Health's paths, /q/health/…, unless a service moves them.
            java.util.Properties configuration = ServiceSettings.configuration(ROOT, service);
            assertFalse(configuration.containsKey("quarkus.http.non-application-root-path"), service);
            assertFalse(configuration.containsKey("quarkus.smallrye-health.root-path"), service);
        }
        Map<String, String> probes = Map.of("startupProbe", "/q/health/started", "livenessProbe", "/q/health/live",
                "readinessProbe", "/q/health/ready");
        forEachKustomization((name, manifests) -> {
            for (String service : ServiceSettings.services(ROOT)) {
                JsonNode container = container(find(manifests, "Deployment", service).orElseThrow());
                int port = ServiceSettings.httpPort(ROOT, service);
                assertEquals(port, namedPort(container, "http"), name + ": " + service + "'s container port");
                probes.forEach((probe, path) -> {
                    JsonNode get = container.path(probe).path("httpGet");
                    assertEquals(path, get.path("path").asText(), name + ": " + service + " " + probe);
                    JsonNode probePort = get.path("port");
                    assertEquals(port, probePort.isInt() ? probePort.asInt() : namedPort(container, probePort.asText()),
                            name + ": " + service + " " + probe + " port");
                });
                assertTrue(container.path("image").asText().contains("maillage/" + imageName(service)),
                        name + ": " + service + " runs " + container.path("image").asText());
            }
        });
    }

    @Test
    void servicesBudgetsAndAutoscalersPointAtExistingPods() {
        forEachKustomization((name, manifests) -> {
            for (Manifest service : kind(manifests, "Service")) {
                List<Manifest> pods = deploymentsSelectedBy(manifests, service.spec().path("selector"));
                assertEquals(1, pods.size(), name + ": " + service + " selects " + pods);
                for (JsonNode port : service.spec().path("ports")) {
                    JsonNode target = port.path("targetPort");
                    if (target.isTextual()) {
                        namedPort(container(pods.get(0)), target.asText());
                    }
                }
            }
            for (Manifest budget : kind(manifests, "PodDisruptionBudget")) {
                assertEquals(1, deploymentsSelectedBy(manifests, budget.spec().path("selector").path("matchLabels"))
                        .size(), name + ": " + budget);
            }
            for (Manifest autoscaler : kind(manifests, "HorizontalPodAutoscaler")) {
                JsonNode target = autoscaler.spec().path("scaleTargetRef");
                assertTrue(find(manifests, target.path("kind").asText(), target.path("name").asText()).isPresent(),
                        name + ": " + autoscaler);
                assertTrue(autoscaler.spec().path("minReplicas").asInt() <= autoscaler.spec().path("maxReplicas").asInt());
            }
            for (Manifest deployment : kind(manifests, "Deployment")) {
                assertTrue(kind(manifests, "HorizontalPodAutoscaler").stream().anyMatch(autoscaler ->
                        autoscaler.spec().path("scaleTargetRef").path("name").asText().equals(deployment.name())),
                        name + ": nothing scales " + deployment);
                assertTrue(kind(manifests, "PodDisruptionBudget").stream().anyMatch(budget ->
                        selects(budget.spec().path("selector").path("matchLabels"), podLabels(deployment))),
                        name + ": no disruption budget for " + deployment);
                assertFalse(deployment.spec().has("replicas"), name + ": " + deployment + " fights its autoscaler");
            }
        });
    }

    @Test
    void networkPoliciesSelectExistingPodsOnTheirPorts() {
        forEachKustomization((name, manifests) -> {
            List<Pods> pods = pods(manifests);
            for (Manifest policy : kind(manifests, "NetworkPolicy")) {
                List<Pods> selected = selected(pods, policy.spec().path("podSelector").path("matchLabels"));
                assertFalse(selected.isEmpty(), name + ": " + policy + " selects no pod");
                // The operators' pods talk among themselves on ports of their own, which these policies would cut.
                selected.forEach(pod -> assertTrue(pod.ours(), name + ": " + policy + " restricts " + pod.name()));
                for (JsonNode rule : policy.spec().path("ingress")) {
                    for (JsonNode port : rule.path("ports")) {
                        selected.forEach(target -> assertTrue(target.ports().contains(port.path("port").asInt()),
                                name + ": " + policy + " admits port " + port + " that " + target.name() + " does not serve"));
                    }
                    peersExist(name, policy, rule.path("from"), pods, List.of());
                }
                for (JsonNode rule : policy.spec().path("egress")) {
                    peersExist(name, policy, rule.path("to"), pods, rule.path("ports").findValues("port").stream()
                            .map(JsonNode::asInt).toList());
                }
            }
        });
    }

    @Test
    void everyTopicTheServicesUseHasAKafkaTopicAndNoKafkaTopicIsUnused() {
        Set<String> used = topicsInCode();
        JsonNode catalogue = readJson(ROOT.resolve("vocabulary/src/main/resources/org/maillage/vocabulary/events/catalogue.json"));
        catalogue.path("topics").forEach(topic -> used.add(topic.path("name").asText()));
        assertEquals(Set.of("maillage.actors.v1", "maillage.alliances.v1", "maillage.diagnostics.v1"), used);
        forEachKustomization((name, manifests) -> {
            Set<String> declared = new TreeSet<>();
            Map<String, Integer> brokers = brokers(manifests);
            for (Manifest topic : kind(manifests, "KafkaTopic")) {
                declared.add(topic.spec().path("topicName").asText(topic.name()));
                String cluster = topic.body().path("metadata").path("labels").path("strimzi.io/cluster").asText();
                assertTrue(brokers.containsKey(cluster), name + ": " + topic + " names no Kafka cluster");
                int replicas = topic.spec().path("replicas").asInt();
                assertTrue(replicas <= brokers.get(cluster), name + ": " + topic + " has more replicas than brokers");
                assertTrue(topic.spec().path("config").path("min.insync.replicas").asInt() < replicas,
                        name + ": " + topic + " would refuse writes with one broker down");
            }
            assertEquals(used, declared, name);
        });
    }

    @Test
    void everyReferencedSecretAndConfigMapExists() {
        forEachKustomization((name, manifests) -> {
            List<String> missing = new ArrayList<>();
            Set<String> configMaps = new TreeSet<>(kind(manifests, "ConfigMap").stream().map(Manifest::name).toList());
            references(manifests, (kind, reference) -> {
                String[] parts = reference.split("/", 2);
                boolean exists = kind.equals("ConfigMap") ? configMaps.contains(parts[0])
                        && (parts.length == 1 || find(manifests, "ConfigMap", parts[0]).orElseThrow().body().path("data").has(parts[1]))
                        : secrets.containsKey(parts[0]) && (parts.length == 1
                        || secrets.get(parts[0]).body().path("stringData").has(parts[1]));
                if (!exists) {
                    missing.add(kind + " " + reference);
                }
            });
            assertEquals(List.of(), missing, name);
            assertTrue(kind(manifests, "Secret").isEmpty(), name + " applies Secrets");
        });
    }

    @Test
    void overlaysChangeWhatTheyMeanTo() {
        List<Manifest> local = rendered.get("overlays/local");
        kind(local, "HorizontalPodAutoscaler").forEach(hpa -> assertEquals(1, hpa.spec().path("minReplicas").asInt()));
        assertFalse(find(local, "Cluster", "maillage-db").orElseThrow().spec().path("postgresql").has("synchronous"));
        assertEquals("true", find(local, "ConfigMap", "diagnostics-service-config").orElseThrow().body()
                .path("data").path("MAILLAGE_DIAGNOSTICS_DEMO_DATA_ENABLED").asText());
        List<Manifest> production = rendered.get("overlays/production");
        for (Manifest deployment : kind(production, "Deployment")) {
            assertTrue(container(deployment).path("image").asText().startsWith("registry.example.com/maillage/"));
        }
        assertEquals("false", find(production, "ConfigMap", "diagnostics-service-config").orElseThrow().body()
                .path("data").path("MAILLAGE_DIAGNOSTICS_DEMO_DATA_ENABLED").asText(), "no demo data in production");
        rendered.forEach((name, manifests) -> manifests.stream().filter(m -> !name.equals("base")).forEach(manifest ->
                assertEquals("maillage", manifest.body().path("metadata").path("namespace").asText(), manifest.toString())));
    }

    // --- the suite's pods, as the Deployments and the operators make them

    record Pods(String name, Map<String, String> labels, Set<Integer> ports, boolean ours) {
    }

    private static List<Pods> pods(List<Manifest> manifests) {
        List<Pods> pods = new ArrayList<>();
        for (Manifest deployment : kind(manifests, "Deployment")) {
            Set<Integer> ports = new TreeSet<>(container(deployment).path("ports").findValues("containerPort").stream()
                    .map(JsonNode::asInt).toList());
            pods.add(new Pods(deployment.name(), podLabels(deployment), ports, true));
        }
        // CloudNativePG labels its instances with their cluster and spec.inheritedMetadata; Strimzi its nodes with
        // cluster and roles, and copies the labels of the Kafka and of the node pool.
        for (Manifest cluster : kind(manifests, "Cluster")) {
            Map<String, String> labels = labels(cluster.spec().path("inheritedMetadata"));
            labels.put("cnpg.io/cluster", cluster.name());
            pods.add(new Pods(cluster.name(), labels, Set.of(5432), false));
        }
        for (Manifest pool : kind(manifests, "KafkaNodePool")) {
            String cluster = pool.body().path("metadata").path("labels").path("strimzi.io/cluster").asText();
            Manifest kafka = find(manifests, "Kafka", cluster).orElseThrow(() -> new AssertionError(pool + " has no Kafka"));
            Map<String, String> labels = labels(kafka.body().path("metadata"));
            labels.putAll(labels(pool.body().path("metadata")));
            labels.putAll(Map.of("strimzi.io/cluster", cluster, "strimzi.io/kind", "Kafka", "strimzi.io/pool-name",
                    pool.name()));
            pool.spec().path("roles").forEach(role -> labels.put("strimzi.io/" + role.asText() + "-role", "true"));
            Set<Integer> ports = new TreeSet<>(kafka.spec().path("kafka").path("listeners").findValues("port").stream()
                    .map(JsonNode::asInt).toList());
            pods.add(new Pods(pool.name(), labels, ports, false));
        }
        return pods;
    }

    private static void peersExist(String kustomization, Manifest policy, JsonNode peers, List<Pods> pods,
                                   List<Integer> ports) {
        for (JsonNode peer : peers) {
            if (peer.has("podSelector") && !peer.has("namespaceSelector")) {
                List<Pods> selected = selected(pods, peer.path("podSelector").path("matchLabels"));
                assertFalse(selected.isEmpty(), kustomization + ": " + policy + " names peers that do not exist: " + peer);
                for (int port : ports) {
                    assertTrue(selected.stream().anyMatch(target -> target.ports().contains(port)),
                            kustomization + ": " + policy + " allows port " + port + " that no " + peer + " serves");
                }
            }
        }
    }

    private static List<Pods> selected(List<Pods> pods, JsonNode matchLabels) {
        return pods.stream().filter(pod -> selects(matchLabels, pod.labels())).toList();
    }

    private static Map<String, Integer> brokers(List<Manifest> manifests) {
        Map<String, Integer> brokers = new HashMap<>();
        for (Manifest pool : kind(manifests, "KafkaNodePool")) {
            boolean broker = false;
            for (JsonNode role : pool.spec().path("roles")) {
                broker |= role.asText().equals("broker");
            }
            if (broker) {
                brokers.merge(pool.body().path("metadata").path("labels").path("strimzi.io/cluster").asText(),
                        pool.spec().path("replicas").asInt(), Integer::sum);
            }
        }
        return brokers;
    }

    // --- references

    /** Every Secret and ConfigMap the manifests name, as {@code name} or {@code name/key}. */
    private static void references(List<Manifest> manifests, BiConsumer<String, String> reference) {
        for (Manifest deployment : kind(manifests, "Deployment")) {
            JsonNode pod = deployment.spec().path("template").path("spec");
            for (JsonNode container : pod.path("containers")) {
                for (JsonNode source : container.path("envFrom")) {
                    if (source.has("configMapRef")) {
                        reference.accept("ConfigMap", source.path("configMapRef").path("name").asText());
                    }
                    if (source.has("secretRef")) {
                        reference.accept("Secret", source.path("secretRef").path("name").asText());
                    }
                }
                for (JsonNode variable : container.path("env")) {
                    JsonNode from = variable.path("valueFrom");
                    if (from.has("secretKeyRef")) {
                        reference.accept("Secret", from.path("secretKeyRef").path("name").asText() + "/"
                                + from.path("secretKeyRef").path("key").asText());
                    }
                    if (from.has("configMapKeyRef")) {
                        reference.accept("ConfigMap", from.path("configMapKeyRef").path("name").asText() + "/"
                                + from.path("configMapKeyRef").path("key").asText());
                    }
                }
            }
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.has("secret")) {
                    reference.accept("Secret", volume.path("secret").path("secretName").asText());
                }
                if (volume.has("configMap")) {
                    reference.accept("ConfigMap", volume.path("configMap").path("name").asText());
                }
            }
        }
        for (Manifest ingress : kind(manifests, "Ingress")) {
            ingress.spec().path("tls").forEach(tls -> reference.accept("Secret", tls.path("secretName").asText()));
        }
        for (Manifest cluster : kind(manifests, "Cluster")) {
            cluster.spec().path("managed").path("roles").forEach(role ->
                    reference.accept("Secret", role.path("passwordSecret").path("name").asText() + "/password"));
        }
    }

    // --- helpers

    private void forEachKustomization(BiConsumer<String, List<Manifest>> check) {
        rendered.forEach(check);
    }

    private Set<String> environment(List<Manifest> manifests, JsonNode container) {
        Set<String> names = new TreeSet<>();
        container.path("env").forEach(variable -> names.add(variable.path("name").asText()));
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                find(manifests, "ConfigMap", source.path("configMapRef").path("name").asText())
                        .ifPresent(map -> map.body().path("data").fieldNames().forEachRemaining(names::add));
            }
            if (source.has("secretRef")) {
                Optional.ofNullable(secrets.get(source.path("secretRef").path("name").asText()))
                        .ifPresent(secret -> secret.body().path("stringData").fieldNames().forEachRemaining(names::add));
            }
        }
        return names;
    }

    private static JsonNode container(Manifest deployment) {
        JsonNode containers = deployment.spec().path("template").path("spec").path("containers");
        assertEquals(1, containers.size(), deployment + " should run one container");
        return containers.get(0);
    }

    private static int namedPort(JsonNode container, String name) {
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals(name)) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError("No port named " + name + " in " + container.path("name").asText());
    }

    private static Map<String, String> podLabels(Manifest deployment) {
        return labels(deployment.spec().path("template").path("metadata"));
    }

    private static Map<String, String> labels(JsonNode metadata) {
        Map<String, String> labels = new LinkedHashMap<>();
        metadata.path("labels").fields().forEachRemaining(label -> labels.put(label.getKey(), label.getValue().asText()));
        return labels;
    }

    private static boolean selects(JsonNode matchLabels, Map<String, String> labels) {
        if (matchLabels.isMissingNode() || matchLabels.isEmpty()) {
            return false;
        }
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) matchLabels::fields) {
            if (!entry.getValue().asText().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static List<Manifest> deploymentsSelectedBy(List<Manifest> manifests, JsonNode matchLabels) {
        return kind(manifests, "Deployment").stream().filter(d -> selects(matchLabels, podLabels(d))).toList();
    }

    private static List<Manifest> kind(List<Manifest> manifests, String kind) {
        return manifests.stream().filter(manifest -> manifest.kind().equals(kind)).toList();
    }

    private static Optional<Manifest> find(List<Manifest> manifests, String kind, String name) {
        return manifests.stream().filter(manifest -> manifest.is(kind, name)).findFirst();
    }

    private static String imageName(String service) {
        try {
            Matcher name = Pattern.compile("<maillage.image.name>([^<]+)</maillage.image.name>")
                    .matcher(Files.readString(ROOT.resolve(service).resolve("pom.xml")));
            assertTrue(name.find(), service + "'s pom names no image");
            return name.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Topic names written in the code of the services and commons. */
    private static Set<String> topicsInCode() {
        Set<String> topics = new TreeSet<>();
        List<String> modules = new ArrayList<>(ServiceSettings.services(ROOT));
        modules.add("commons");
        for (String module : modules) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher literal = TOPIC_LITERAL.matcher(Files.readString(file));
                    while (literal.find()) {
                        topics.add(literal.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return topics;
    }

    private static JsonNode readJson(Path file) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
