package com.forecourt.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 by hand over a socket bound to a chosen loopback address (127.0.0.2, 127.0.0.3, …), so that a test that
 * exhausts a per-address limit does not exhaust it for every other test, which all come from 127.0.0.1. Linux routes
 * the whole 127.0.0.0/8 to the loopback interface.
 */
public final class LoopbackHttp {

    private final String sourceAddress;
    private final int port;

    public LoopbackHttp(String sourceAddress, int port) {
        this.sourceAddress = sourceAddress;
        this.port = port;
    }

    /** A response: status, headers (names in lower case) and body as text. */
    public record Response(int status, Map<String, String> headers, String body) {
    }

    /** POSTs a JSON body to {@code /graphql} with the given extra header lines ({@code "Name: value"}). */
    public Response postGraphql(String json, String... headerLines) {
        return send("POST", "/graphql", json.getBytes(StandardCharsets.UTF_8), headerLines);
    }

    /** Sends a JSON request; a body is sent with its Content-Length. */
    public Response send(String method, String path, byte[] body, String... headerLines) {
        return send(method, path, body, "application/json", "application/json", headerLines);
    }

    /** POSTs a body of any content type (a multipart upload, say) and accepts JSON. */
    public Response post(String path, byte[] body, String contentType, String... headerLines) {
        return send("POST", path, body, contentType, "application/json", headerLines);
    }

    /** POSTs an HTML form ({@code application/x-www-form-urlencoded}), as a browser submits one. */
    public Response postForm(String path, String encodedForm, String... headerLines) {
        return send("POST", path, encodedForm.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
                "text/html", headerLines);
    }

    private Response send(String method, String path, byte[] body, String contentType, String accept,
                          String... headerLines) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(sourceAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Connection: close\r\n")
                    .append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Accept: ").append(accept).append("\r\n");
            for (String line : headerLines) {
                head.append(line).append("\r\n");
            }
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer (413) and close before reading the whole body
            }
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (IOException reset) {
            // a connection reset after the response was sent still leaves the response readable
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, body);
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
