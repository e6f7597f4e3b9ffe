import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Change-feed benchmark client (JDK only: {@code java FeedBench.java ...}); requests carry the identity token
 * in $BENCH_TOKEN (see run.sh).
 * <pre>
 *   drain   URL                 follows /api/v1/actors/changes from the start in pages of 500: p50/p99 per page
 *   list    URL PAGES           the anchor: the first PAGES pages of /api/v1/actors?limit=500, p50/p99 per page
 *   keepup  URL RATE SECONDS    writes RATE actors/s while following the feed: lag from write to feed, p50/p99
 *   write   URL RATE SECONDS    only writes RATE actors/s (the events benchmark measures where they arrive)
 * </pre>
 */
public class FeedBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern CHECKPOINT = Pattern.compile("\"checkpoint\":\"([^\"]+)\"");
    private static final Pattern MORE = Pattern.compile("\"hasMore\":(true|false)");
    private static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern WRITTEN_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final String TOKEN = System.getenv("BENCH_TOKEN");
    private static final int WRITERS = 10;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "drain" -> drain(args[1]);
            case "list" -> list(args[1], Integer.parseInt(args[2]));
            case "keepup" -> keepUp(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "write" -> writeOnly(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void drain(String base) throws Exception {
        List<Double> pages = new ArrayList<>();
        String checkpoint = null;
        long records = 0;
        long start = System.nanoTime();
        boolean more = true;
        while (more) {
            long t = System.nanoTime();
            String body = get(base + "/api/v1/actors/changes?limit=500" + (checkpoint == null ? "" : "&checkpoint=" + checkpoint));
            pages.add((System.nanoTime() - t) / 1e6);
            records += count(ID, body);
            checkpoint = first(CHECKPOINT, body);
            more = Boolean.parseBoolean(first(MORE, body));
            if (pages.size() % 200 == 0) {
                System.out.printf("  %,d changes read, %d pages, p50 so far %.1f ms%n", records, pages.size(), percentile(pages, 50));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("drain: %,d changes in %,d pages, %.1f s (%,.0f changes/s); per page of 500: p50 %.1f ms, p99 %.1f ms%n",
                records, pages.size(), seconds, records / seconds, percentile(pages, 50), percentile(pages, 99));
    }

    private static void list(String base, int count) throws Exception {
        List<Double> pages = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            String body = get(base + "/api/v1/actors?limit=500&includeArchived=true" + (cursor == null ? "" : "&cursor=" + cursor));
            pages.add((System.nanoTime() - t) / 1e6);
            cursor = first(NEXT_CURSOR, body);
            if (cursor == null) {
                break;
            }
        }
        System.out.printf("list (anchor): %d pages of 500; per page: p50 %.1f ms, p99 %.1f ms%n",
                pages.size(), percentile(pages, 50), percentile(pages, 99));
    }

    /** Writes at a fixed rate while a follower polls the feed; lag = seen in the feed − write answered. */
    private static void keepUp(String base, int rate, int seconds) throws Exception {
        String checkpoint = null;
        boolean more = true;
        while (more) { // start from the end of the feed
            String body = get(base + "/api/v1/actors/changes?limit=500" + (checkpoint == null ? "" : "&checkpoint=" + checkpoint));
            checkpoint = first(CHECKPOINT, body);
            more = Boolean.parseBoolean(first(MORE, body));
        }
        Map<String, Long> written = new ConcurrentHashMap<>();
        List<Double> lags = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> writers = startWriters(base, rate, seconds, written, failed);
        int seen = 0;
        int polls = 0;
        long quiet = 0;
        while (true) {
            String body = get(base + "/api/v1/actors/changes?limit=500&checkpoint=" + checkpoint);
            long now = System.nanoTime();
            polls++;
            Matcher ids = ID.matcher(body);
            while (ids.find()) {
                seen++;
                // The write's answer may arrive after its commit is already in the feed: count that as no lag.
                Long at = written.get(ids.group(1));
                lags.add(at == null ? 0.0 : Math.max(0, now - at) / 1e6);
            }
            checkpoint = first(CHECKPOINT, body);
            boolean caughtUp = !Boolean.parseBoolean(first(MORE, body));
            if (now > end && writers.stream().noneMatch(Thread::isAlive) && caughtUp) {
                if (quiet == 0) {
                    quiet = now;
                } else if (now - quiet > 2_000_000_000L) {
                    break;
                }
            }
            if (caughtUp) {
                Thread.sleep(5);
            }
        }
        double elapsed = (end - start) / 1e9;
        System.out.printf("keep-up: %,d writes in %.0f s (%,.0f/s asked %d/s, %d failed), %,d seen in the feed over %,d polls; "
                        + "lag write→feed: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                written.size(), elapsed, written.size() / elapsed, rate, failed.get(), seen, polls,
                percentile(lags, 50), percentile(lags, 99), lags.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        if (seen < written.size()) {
            System.out.printf("MISSED: %d writes never seen in the feed%n", written.size() - seen);
        }
    }

    private static void writeOnly(String base, int rate, int seconds) throws Exception {
        Map<String, Long> written = new ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> writers = startWriters(base, rate, seconds, written, failed);
        for (Thread writer : writers) {
            writer.join();
        }
        System.out.printf("wrote %,d actors in %d s (%,.0f/s asked %d/s), %d failed%n",
                written.size(), seconds, written.size() / (double) seconds, rate, failed.get());
    }

    /** A few writers on kept-alive connections, each at its share of the rate: what a busy back office sends. */
    private static List<Thread> startWriters(String base, int rate, int seconds, Map<String, Long> written,
                                             AtomicInteger failed) {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            long offset = w * (1_000_000_000L / rate);
            Thread writer = new Thread(() -> write(base, rate / WRITERS, start + offset, end, written, failed));
            writer.start();
            writers.add(writer);
        }
        return writers;
    }

    private static void write(String base, int rate, long first, long end, Map<String, Long> written, AtomicInteger failed) {
        long period = 1_000_000_000L / rate;
        for (long next = first; next < end; next += period) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            HttpRequest request = request(base + "/api/v1/actors").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bench " + UUID.randomUUID()
                            + "\",\"kind\":\"ASSOCIATION\"}")).build();
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                Matcher id = WRITTEN_ID.matcher(response.body());
                if (response.statusCode() == 201 && id.find()) {
                    written.put(id.group(1), System.nanoTime());
                } else {
                    failed.incrementAndGet();
                }
            } catch (Exception e) {
                failed.incrementAndGet();
            }
        }
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("X-Maillage-Identity", TOKEN).timeout(Duration.ofSeconds(30));
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(request(url).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String first(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static int count(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
