package org.maillage.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String contentType() {
            String type = headers.get("content-type");
            return type == null ? null : type.split(";", 2)[0].trim();
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

    private RawHttp() {
    }

    /**
     * Sends a request head ({@code "GET /path HTTP/1.1"} and header lines, without the blank line) and an
     * optional body, adding {@code Host}, {@code Connection: close} and {@code Content-Length}.
     */
    public static Response send(String host, int port, String head, byte[] body) throws IOException {
        return send(null, host, port, head, body);
    }

    /** The same, from a chosen local address ({@code null} for any), e.g. one of the 127.0.0.0/8 loopback block. */
    public static Response send(InetAddress from, String host, int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket()) {
            if (from != null) {
                socket.bind(new InetSocketAddress(from, 0));
            }
            socket.connect(new InetSocketAddress(host, port), 10_000);
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
        byte[] received = in.readAllBytes();
        int headEnd = indexOf(received, HEAD_END, 0);
        if (headEnd < 0) {
            throw new IOException("No complete HTTP response: " + new String(received, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(received, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ", 3)[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(received, headEnd + HEAD_END.length, received.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    /** Chunk sizes count bytes, so the body is reassembled before it is decoded. */
    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, CRLF, at);
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";", 2)[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + CRLF.length, size);
            at = lineEnd + CRLF.length + size + CRLF.length;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] wanted, int from) {
        for (int i = from; i <= data.length - wanted.length; i++) {
            if (Arrays.equals(data, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        return -1;
    }
}
