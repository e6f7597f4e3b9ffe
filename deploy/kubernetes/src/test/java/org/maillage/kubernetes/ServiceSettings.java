package org.maillage.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The settings a deployed service must be given, read from the service's own configuration rather than kept in
 * a list here: what it ships with only makes sense on a developer's machine (values and {@code @WithDefault}s
 * naming localhost, the datasource's local credentials), {@code ${…}} expressions without a default, config
 * mapping members with neither a default nor {@code Optional}, and the identity key the services check calls
 * with (commons' IdentityConfig: without it every call is refused) unless {@code maillage.identity.required}
 * is off. Each is named as the environment variable that sets it.
 */
final class ServiceSettings {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)(:[^}]*)?}");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)");
    private static final Pattern INTERFACE = Pattern.compile("^\\s*(?:public\\s+)?interface\\s+(\\w+)");
    private static final Pattern MEMBER = Pattern.compile("^\\s*([\\w.]+(?:<.+>)?)\\s+(\\w+)\\(\\);");
    private static final Pattern WITH_DEFAULT = Pattern.compile("@WithDefault\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
    /** A default named by a constant, such as the identity contract's issuer: its value is never a local one. */
    private static final Pattern WITH_CONSTANT_DEFAULT = Pattern.compile("@WithDefault\\(([A-Za-z_][\\w.]*)\\)");
    private static final Pattern WITH_NAME = Pattern.compile("@WithName\\(\"([^\"]+)\"\\)");

    /**
     * What the gateway can do without for a single instance but not once replicated: its identity key pair (a
     * per-run pair otherwise, so each replica would sign with a key the services do not know), and the bootstrap
     * admin key's hash (without it a fresh installation cannot create its first key).
     */
    private static final Map<String, List<String>> REPLICATED = Map.of("gateway", List.of(
            "maillage.gateway.identity.private-key", "maillage.gateway.identity.public-key",
            "maillage.gateway.security.bootstrap-admin-key-sha256"));

    private ServiceSettings() {
    }

    /** The Quarkus applications of the build: modules of the root pom with an application.properties. */
    static List<String> services(Path root) {
        try {
            String pom = Files.readString(root.resolve("pom.xml"));
            List<String> services = new ArrayList<>();
            Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
            while (module.find()) {
                if (Files.isRegularFile(root.resolve(module.group(1)).resolve("src/main/resources/application.properties"))) {
                    services.add(module.group(1));
                }
            }
            return services;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties configuration(Path root, String service) {
        Properties properties = load(root.resolve("commons/src/main/resources/META-INF/microprofile-config.properties"));
        properties.putAll(load(root.resolve(service).resolve("src/main/resources/application.properties")));
        return properties;
    }

    /** Environment variable → the configuration key it sets, for every setting the service must be given. */
    static Map<String, String> required(Path root, String service) {
        Properties properties = configuration(root, service);
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%")) {
                continue;
            }
            String value = properties.getProperty(key);
            if (value.contains("localhost") || key.endsWith(".username") || key.endsWith(".password")) {
                keys.add(key);
            }
            Matcher expression = EXPRESSION.matcher(value);
            while (expression.find()) {
                if (expression.group(2) == null && !properties.containsKey(expression.group(1))) {
                    keys.add(expression.group(1));
                }
            }
        }
        for (Path source : mappingSources(root, service)) {
            mappingMembers(source).forEach((key, member) -> {
                if (member.required() && !properties.containsKey(key)) {
                    keys.add(key);
                }
            });
        }
        if (!"false".equals(properties.getProperty("maillage.identity.required"))) {
            keys.add("maillage.identity.public-key");
        }
        keys.addAll(REPLICATED.getOrDefault(service, List.of()));
        Map<String, String> byVariable = new TreeMap<>();
        keys.forEach(key -> byVariable.put(environmentVariable(key), key));
        return byVariable;
    }

    static int httpPort(Path root, String service) {
        return Integer.parseInt(configuration(root, service).getProperty("quarkus.http.port"));
    }

    /** SmallRye Config's rule: upper case, and every character that is not a letter or digit becomes '_'. */
    static String environmentVariable(String key) {
        return key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    record Member(Optional<String> defaultValue, String type) {
        boolean required() {
            if (defaultValue.isPresent()) {
                return defaultValue.get().contains("localhost");
            }
            return !type.startsWith("Optional") && !type.startsWith("Map<") && !type.startsWith("List<");
        }
    }

    /**
     * The leaf members of a {@code @ConfigMapping} interface by full key: group members (nested interfaces of the
     * same file) are followed, maps of groups are not (their keys are the user's).
     */
    static Map<String, Member> mappingMembers(Path source) {
        List<String> lines = lines(source);
        String prefix = null;
        String rootInterface = null;
        Map<String, Map<String, String[]>> interfaces = new HashMap<>();
        Deque<String> open = new ArrayDeque<>();
        List<String> annotations = new ArrayList<>();
        for (String line : lines) {
            Matcher mapping = MAPPING.matcher(line);
            if (mapping.find()) {
                prefix = mapping.group(1);
            }
            Matcher declaration = INTERFACE.matcher(line);
            if (declaration.find()) {
                open.push(declaration.group(1));
                interfaces.put(declaration.group(1), new java.util.LinkedHashMap<>());
                if (rootInterface == null) {
                    rootInterface = declaration.group(1);
                }
                continue;
            }
            if (line.strip().equals("}") && !open.isEmpty() && line.indexOf('}') <= 4 * (open.size() - 1)) {
                open.pop();
                continue;
            }
            // An annotation, or the continuation of a default split over lines ("…" + "…").
            if (line.strip().startsWith("@") || (!annotations.isEmpty() && line.strip().startsWith("+"))) {
                annotations.add(line.strip());
                continue;
            }
            Matcher member = MEMBER.matcher(line);
            if (member.find() && !open.isEmpty()) {
                String joined = String.join(" ", annotations).replaceAll("\"\\s*\\+\\s*\"", "");
                Matcher withDefault = WITH_DEFAULT.matcher(joined);
                Matcher withConstantDefault = WITH_CONSTANT_DEFAULT.matcher(joined);
                Matcher withName = WITH_NAME.matcher(joined);
                String name = withName.find() ? withName.group(1) : kebab(member.group(2));
                String defaultValue = withDefault.find() ? withDefault.group(1).replace("\\\"", "\"")
                        : withConstantDefault.find() ? withConstantDefault.group(1) : null;
                interfaces.get(open.peek()).put(name, new String[] {member.group(1), defaultValue});
            }
            if (!line.strip().startsWith("*") && !line.strip().startsWith("/")) {
                annotations.clear();
            }
        }
        Map<String, Member> members = new TreeMap<>();
        if (prefix != null) {
            collect(prefix, rootInterface, interfaces, members);
        }
        return members;
    }

    private static void collect(String prefix, String type, Map<String, Map<String, String[]>> interfaces,
                                Map<String, Member> members) {
        interfaces.get(type).forEach((name, member) -> {
            String memberType = member[0];
            if (interfaces.containsKey(memberType)) {
                collect(prefix + "." + name, memberType, interfaces, members);
            } else if (!memberType.matches("Map<\\w+, *(\\w+)>") || !interfaces.containsKey(
                    memberType.replaceAll("Map<\\w+, *(\\w+)>", "$1"))) {
                members.put(prefix + "." + name, new Member(Optional.ofNullable(member[1]), memberType));
            }
        });
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static List<Path> mappingSources(Path root, String service) {
        List<Path> sources = new ArrayList<>();
        for (Path directory : List.of(root.resolve("commons/src/main/java"), root.resolve(service).resolve("src/main/java"))) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.filter(file -> file.toString().endsWith(".java"))
                        .filter(file -> lines(file).stream().anyMatch(line -> MAPPING.matcher(line).find()))
                        .forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
