package org.maillage.kubernetes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built-in kinds checked against fabric8's Kubernetes model, strictly: the model keeps unknown fields in
 * {@code additionalProperties} instead of failing, so every object of the result is walked and any field kept
 * there is reported, with its path; scalars of the wrong type are refused rather than coerced.
 */
final class KubernetesSchemas {

    private static final Map<String, Class<?>> KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private KubernetesSchemas() {
    }

    static boolean covers(Manifest manifest) {
        return KINDS.containsKey(manifest.apiVersion() + "/" + manifest.kind());
    }

    /** The problems of one manifest; empty when it conforms. */
    static List<String> problems(Manifest manifest) {
        Class<?> type = KINDS.get(manifest.apiVersion() + "/" + manifest.kind());
        if (type == null) {
            return List.of(manifest + ": no schema for " + manifest.apiVersion() + " " + manifest.kind());
        }
        Object model;
        try {
            model = MAPPER.treeToValue(manifest.body(), type);
        } catch (Exception e) {
            return List.of(manifest + ": " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        walk(model, "", problems);
        return problems.stream().map(problem -> manifest + ": unknown field " + problem).toList();
    }

    private static void walk(Object node, String path, List<String> problems) {
        if (node == null) {
            return;
        }
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", problems);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> walk(value, path + "." + key, problems));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value = invoke(getter, node);
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> problems.add(path + "." + key));
                }
            } else if (value != null && (value instanceof List<?> || value instanceof Map<?, ?>
                    || value.getClass().getName().startsWith("io.fabric8."))) {
                walk(value, path + "." + field, problems);
            }
        }
    }

    private static Object invoke(Method getter, Object node) {
        try {
            return getter.invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + getter, e);
        }
    }
}
