package org.maillage.testsupport;

import static io.restassured.RestAssured.given;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads samples of the application's /q/metrics, in Prometheus' text format. */
public final class Scrapes {

    private Scrapes() {
    }

    public static String metrics() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the sample with this name whose labels include {@code labels} (e.g. {@code topic="t"}). */
    public static OptionalDouble sample(String name, String... labels) {
        Matcher line = Pattern.compile("^" + Pattern.quote(name) + "(\\{.*})? (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics());
        while (line.find()) {
            String found = line.group(1) == null ? "" : line.group(1);
            boolean matches = true;
            for (String label : labels) {
                matches &= found.contains(label);
            }
            if (matches) {
                return OptionalDouble.of(Double.parseDouble(line.group(2)));
            }
        }
        return OptionalDouble.empty();
    }

    public static double valueOf(String name, String... labels) {
        return sample(name, labels).orElseThrow(() -> new AssertionError(name + " " + String.join(",", labels)
                + " not in /q/metrics; its samples:\n" + metrics().lines().filter(line -> line.startsWith(name))
                .collect(Collectors.joining("\n"))));
    }
}
