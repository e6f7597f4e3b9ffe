import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Latency of GET requests for the alliances-service benchmarks (JDK only: java HttpBench.java ...).
 *   latency BASE_URL REQUESTS PATH...   sequential requests after a warm-up of REQUESTS/10 (at least 10);
 *                                       prints p50, p99, max and the response size of each path
 */
public class HttpBench {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        if (!"latency".equals(args[0])) {
            throw new IllegalArgumentException("usage: latency BASE_URL REQUESTS PATH...");
        }
        String base = args[1];
        int requests = Integer.parseInt(args[2]);
        for (String path : List.of(args).subList(3, args.length)) {
            int bytes = 0;
            for (int i = 0; i < Math.max(10, requests / 10); i++) {
                bytes = get(base + path);
            }
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                get(base + path);
                micros.add((System.nanoTime() - start) / 1000);
            }
            Collections.sort(micros);
            System.out.printf("%-60s p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  (%d requests, %d bytes)%n", path,
                    micros.get(micros.size() / 2) / 1000.0, micros.get((int) Math.ceil(micros.size() * 0.99) - 1) / 1000.0,
                    micros.get(micros.size() - 1) / 1000.0, requests, bytes);
        }
    }

    static int get(String url) throws Exception {
        HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body().length;
    }
}
