import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook endpoint to try deliveries with: it checks each delivery's Standard Webhooks signature with the
 * endpoint's secret, prints what came, and can refuse the first attempts of every message to show retries.
 *
 * <pre>java deploy/local/webhook-receiver/WebhookReceiver.java PORT whsec_... [FAILED_ATTEMPTS]</pre>
 */
public class WebhookReceiver {

    /** Deliveries older or newer than this are refused, as the specification recommends against replays. */
    private static final long TOLERANCE_SECONDS = 300;

    private final byte[] key;
    private final int failedAttempts;
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    WebhookReceiver(String secret, int failedAttempts) {
        if (!secret.startsWith("whsec_")) {
            throw new IllegalArgumentException("The secret starts with whsec_");
        }
        this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        this.failedAttempts = failedAttempts;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java WebhookReceiver.java PORT whsec_... [FAILED_ATTEMPTS]");
            System.exit(2);
        }
        WebhookReceiver receiver = new WebhookReceiver(args[1], args.length > 2 ? Integer.parseInt(args[2]) : 0);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
        server.createContext("/", receiver::handle);
        server.start();
        System.out.println("Listening on http://127.0.0.1:" + args[0] + "/ (Ctrl-C to stop)");
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        int attempt = id == null ? 1 : attempts.merge(id, 1, Integer::sum);
        String verdict = verify(id, timestamp, signatures, body);
        int status = !verdict.equals("valid") ? 400 : attempt <= failedAttempts ? 503 : 204;
        System.out.printf("%s  %s  attempt %d  signature %s  -> %d%n  %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
                id, attempt, verdict, status, new String(body, StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private String verify(String id, String timestamp, String signatures, byte[] body) {
        if (id == null || timestamp == null || signatures == null) {
            return "missing headers";
        }
        long sent = Long.parseLong(timestamp);
        if (Math.abs(Instant.now().getEpochSecond() - sent) > TOLERANCE_SECONDS) {
            return "too old or too new";
        }
        byte[] expected = sign(id + "." + timestamp + "." + new String(body, StandardCharsets.UTF_8));
        for (String signature : signatures.split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                return "valid";
            }
        }
        return "INVALID";
    }

    private byte[] sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
