package com.forecourt.photo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.forecourt.testing.LoopbackHttp;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Uploads and downloads of photos over real HTTP, and the images to upload, made with the JDK. */
public final class PhotoUploads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final int port;

    public PhotoUploads(int port) {
        this.port = port;
    }

    /** An answer: status, the {@code Location} header and the body as JSON (missing when empty). */
    public record Answer(int status, String location, String contentType, JsonNode body) {
        String code() {
            return body.path("errors").path(0).path("extensions").path("code").asText(null);
        }
    }

    /** Uploads as the part {@code photo} with this file name and declared type; {@code authorization} may be null. */
    public Answer upload(String vin, byte[] file, String fileName, String declaredType, String authorization) {
        String boundary = "forecourt-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post("/vehicles/" + vin + "/photos", body.toByteArray(), "multipart/form-data; boundary=" + boundary,
                authorization);
    }

    /** A raw POST from 127.0.0.1 that tolerates the server answering before it read the whole body. */
    Answer post(String path, byte[] body, String contentType, String authorization) {
        LoopbackHttp.Response response = authorization == null
                ? new LoopbackHttp("127.0.0.1", port).post(path, body, contentType)
                : new LoopbackHttp("127.0.0.1", port).post(path, body, contentType, "Authorization: " + authorization);
        try {
            JsonNode json = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
            return new Answer(response.status(), response.headers().get("location"),
                    response.headers().get("content-type"), json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** A GET of a path (e.g. a photo's url) with extra headers as name, value pairs; the body as bytes. */
    HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A JPEG photo {@code width} × {@code height}, different every call (its colours are random). */
    public static byte[] aJpeg(int width, int height) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The width and height of an image file. */
    static int[] size(byte[] file) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(file));
            return new int[]{image.getWidth(), image.getHeight()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
