import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * A small HTTP load tool for the actors-service benchmarks (JDK only: java HttpBench.java ...).
 *   latency BASE_URL REQUESTS PATH...       p50/p99 of each path, sequential requests after a warm-up
 *   rps URL SECONDS CONCURRENCY             requests per second of one GET
 *   token                                   prints the identity token, for other load tools (wrk)
 *   bulk BASE_URL TOTAL BATCH CONCURRENCY TERRITORIES_TSV_GZ   bulk import throughput (actors/s)
 * Requests carry the identity token the gateway would forward, signed with the EC private key (PKCS#8,
 * base64) in BENCH_IDENTITY_PRIVATE_KEY, whose public half the service was started with.
 */
public class HttpBench {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    static final String IDENTITY = identityToken(System.getenv("BENCH_IDENTITY_PRIVATE_KEY"));

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "latency" -> latency(args[1], Integer.parseInt(args[2]), List.of(args).subList(3, args.length));
            case "rps" -> rps(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "token" -> System.out.println(IDENTITY);
            case "bulk" -> bulk(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Path.of(args[5]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void latency(String base, int requests, List<String> paths) throws Exception {
        // A just-started service runs these paths interpreted or half-compiled for a while: cycle through every
        // query first, so that both sizes are measured on compiled code.
        long warmUntil = System.nanoTime() + Duration.ofSeconds(Long.getLong("warmup.seconds", 30)).toNanos();
        while (System.nanoTime() < warmUntil) {
            for (String path : paths) {
                get(base + path);
            }
        }
        for (String path : paths) {
            for (int i = 0; i < Math.max(10, requests / 10); i++) {
                get(base + path);
            }
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                get(base + path);
                micros.add((System.nanoTime() - start) / 1000);
            }
            Collections.sort(micros);
            System.out.printf("%-70s p50 %6.1f ms  p99 %6.1f ms  %2d actors%n", path,
                    micros.get(micros.size() / 2) / 1000.0, micros.get((int) Math.ceil(micros.size() * 0.99) - 1) / 1000.0,
                    actorsOnPage(base + path));
        }
    }

    static void rps(String url, int seconds, int concurrency) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    get(url);
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        System.out.printf("%d requests in %d s: %.0f requests/s (%d connections)%n", done.get(), seconds,
                done.get() / (double) seconds, concurrency);
    }

    static void bulk(String base, int total, int batch, int concurrency, Path territories) throws Exception {
        List<String> communes = communes(territories);
        String run = Long.toString(System.currentTimeMillis(), 36);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<Integer>> posts = new ArrayList<>();
        long start = System.nanoTime();
        for (int from = 0; from < total; from += batch) {
            int first = from;
            int size = Math.min(batch, total - from);
            posts.add(pool.submit(() -> postBulk(base, run, first, size, communes)));
        }
        int created = 0;
        for (Future<Integer> post : posts) {
            created += post.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("%d actors created in %.1f s: %.0f actors/s (batches of %d, %d concurrent)%n",
                created, seconds, created / seconds, batch, concurrency);
    }

    static int postBulk(String base, String run, int first, int size, List<String> communes) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = first; i < first + size; i++) {
            String commune = communes.get((int) (Math.abs((long) i * 2654435761L) % communes.size()));
            body.append("{\"name\":\"Association bench ").append(run).append(' ').append(i)
                    .append("\",\"kind\":\"ASSOCIATION\",\"themes\":[\"SOCIAL_COHESION\"],\"territories\":[{\"code\":\"")
                    .append(commune).append("\"}],\"externalRefs\":[{\"system\":\"bench-").append(run)
                    .append("\",\"id\":\"").append(i).append("\"}]}\n");
        }
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/actors/bulk"))
                .header("X-Maillage-Identity", IDENTITY)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        String text = response.body();
        int at = text.indexOf("\"created\":");
        return Integer.parseInt(text.substring(at + 10, text.indexOf(',', at)).strip());
    }

    static List<String> communes(Path territories) throws Exception {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(territories)), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> line.startsWith("COMMUNE\t")).map(line -> line.split("\t")[1]).toList();
        }
    }

    static void get(String url) throws Exception {
        HttpResponse<Void> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("X-Maillage-Identity", IDENTITY).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
    }

    /** How many actors a page returns: every actor has exactly one {@code world}, nothing else in it has one. */
    static int actorsOnPage(String url) throws Exception {
        String page = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("X-Maillage-Identity", IDENTITY).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        return page.split("\"world\":", -1).length - 1;
    }

    /** An admin identity token valid for an hour: ES256 over the JWT header and claims, r||s signature. */
    static String identityToken(String privateKeyBase64) {
        if (privateKeyBase64 == null) {
            throw new IllegalStateException("BENCH_IDENTITY_PRIVATE_KEY is not set (run.sh sets it)");
        }
        try {
            java.security.PrivateKey key = java.security.KeyFactory.getInstance("EC").generatePrivate(
                    new java.security.spec.PKCS8EncodedKeySpec(java.util.Base64.getMimeDecoder().decode(privateKeyBase64)));
            long now = System.currentTimeMillis() / 1000;
            String claims = "{\"iss\":\"maillage-gateway\",\"aud\":\"maillage-services\",\"sub\":\"bench\",\"kind\":\"api-key\","
                    + "\"scope\":\"admin\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}";
            java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
            String input = base64.encodeToString("{\"alg\":\"ES256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                    + "." + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
            java.security.Signature signature = java.security.Signature.getInstance("SHA256withECDSAinP1363Format");
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + base64.encodeToString(signature.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("BENCH_IDENTITY_PRIVATE_KEY is not an EC private key", e);
        }
    }
}
