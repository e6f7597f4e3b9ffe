package org.maillage.local.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange over a plain socket, for requests no HTTP client library sends as written: invalid
 * percent-encoding, over-long lines, bytes that are not text. The connection is closed after the answer.
 */
public final class RawHttp {

    /** A response: status, headers (names in lower case) and body as text. */
    public record Response(int status, Map<String, String> headers, String body) {

        public String contentType() {
            String type = headers.get("content-type");
            return type == null ? null : type.split(";", 2)[0].trim();
        }
    }

    private RawHttp() {
    }

    /**
     * Sends a request head ({@code "GET /path HTTP/1.1"} and header lines, without the blank line) and an
     * optional body, adding {@code Host}, {@code Connection: close} and {@code Content-Length}.
     */
    public static Response send(String host, int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(head);
            request.append("\r\nHost: ").append(host).append(':').append(port).append("\r\nConnection: close\r\n");
            if (body != null) {
                request.append("Content-Length: ").append(body.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        in.transferTo(received);
        String text = received.toString(StandardCharsets.UTF_8);
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            throw new IOException("No complete HTTP response: " + text);
        }
        String[] lines = text.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ", 3)[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(headEnd + 4);
        return new Response(status, headers, "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? dechunk(body) : body);
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";", 2)[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }
}
