package com.forecourt.photo;

import com.forecourt.common.input.Identifiers;
import com.forecourt.photo.image.EncodedImage;
import com.forecourt.photo.store.PhotoProperties;
import com.forecourt.testing.Buyers;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.Redelivery;
import com.forecourt.testing.Shop;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Car photos end to end over real HTTP: a staff upload is checked by its content, stored, attached by an event, shown
 * by GraphQL (on the car's page and on search hits, batch-loaded from PostgreSQL) and served with immutable cache
 * headers; every refusal is a JSON error with its code, and stores nothing and sends no event.
 */
class VehiclePhotosIntegrationTest extends IntegrationTestSupport {

    private static final String STAFF = PhotoUploads.basic("staff", "staff");
    private static final String ADMIN = PhotoUploads.basic("admin", "admin");
    private static final String ATTACHED = "com.forecourt.vehicle.api.VehiclePhotoAttached";
    private static final String GALLERY = "query G($vin: ID!) { vehicle(vin: $vin) { photos { id url contentType"
            + " width height sizeBytes thumbnailUrl thumbnailWidth thumbnailHeight } coverPhoto { id } } }";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private PhotoProperties properties;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TransactionManager transactions;

    private PhotoUploads http;
    private Shop shop;

    @BeforeEach
    void setUp() {
        http = new PhotoUploads(port);
        shop = new Shop(staff());
    }

    @Test
    void canUploadAPhotoAndFindItOnTheCarsPageAndDownloadIt() {
        String vin = shop.vehicle("Volkswagen", "Golf", 1_500_000);

        PhotoUploads.Answer answer = http.upload(vin, PhotoUploads.aJpeg(2400, 1800), "front.jpg", "image/jpeg",
                STAFF);

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        String id = answer.body().path("photo").path("id").asText();
        assertThat(Identifiers.isPhotoId(id)).isTrue();
        assertThat(answer.location()).isEqualTo("/photos/" + id);
        assertThat(answer.body().path("photo").path("width").asInt()).isEqualTo(2048);
        assertThat(answer.body().path("photo").path("height").asInt()).isEqualTo(1536);
        assertThat(attachedEvents(vin)).isEqualTo(1);

        Map<String, Object> photo = awaitGallery(vin, 1).get(0);
        assertThat(photo).containsEntry("id", id).containsEntry("url", "/photos/" + id)
                .containsEntry("contentType", "image/jpeg").containsEntry("width", 2048)
                .containsEntry("thumbnailWidth", 320).containsEntry("thumbnailHeight", 240);

        HttpResponse<byte[]> file = http.get("/photos/" + id);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(EncodedImage.sha256(file.body())).isEqualTo(id);
        assertThat(file.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(file.headers().firstValue("ETag")).contains("\"" + id + "\"");
        assertThat(file.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(file.headers().firstValue("Content-Length")).contains(Integer.toString(file.body().length));

        HttpResponse<byte[]> thumbnail = http.get((String) photo.get("thumbnailUrl"));
        assertThat(PhotoUploads.size(thumbnail.body())).containsExactly(320, 240);
    }

    @Test
    void canFindPhotosOnSearchHitsWithoutTheSearchIndexHoldingThem() {
        String make = "Photomake" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String vin = shop.vehicle(make, "Arteon", 2_100_000);
        String id = http.upload(vin, PhotoUploads.aJpeg(1200, 900), "side.jpg", "image/jpeg", STAFF)
                .body().path("photo").path("id").asText();
        awaitGallery(vin, 1);

        // until the car is in the search index its hit, and so the path, does not exist yet
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> graphql().document("query S($make: String!) { "
                        + "searchVehicles(filter: {make: [$make]}) { hits { vehicle { vin coverPhoto { id thumbnailUrl } } } "
                        + "} }")
                .variable("make", make).execute()
                .path("searchVehicles.hits[0].vehicle.coverPhoto.id").entity(String.class).isEqualTo(id));
    }

    @Test
    void canUploadTheSamePhotoTwiceAndKeepOneFileAndOneEvent() {
        String vin = shop.vehicle("Skoda", "Superb", 1_900_000);
        byte[] jpeg = PhotoUploads.aJpeg(1024, 768);
        PhotoUploads.Answer first = http.upload(vin, jpeg, "a.jpg", "image/jpeg", STAFF);
        long files = storedFiles();

        PhotoUploads.Answer second = http.upload(vin, jpeg, "a-copy.jpg", "image/jpeg", STAFF);

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().path("photo").path("id").asText())
                .isEqualTo(first.body().path("photo").path("id").asText());
        assertThat(attachedEvents(vin)).isEqualTo(1);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void canRevalidateAPhotoWithoutDownloadingItAgain() {
        String vin = shop.vehicle("Seat", "Leon", 1_300_000);
        String id = http.upload(vin, PhotoUploads.aJpeg(800, 600), "leon.jpg", "image/jpeg", STAFF)
                .body().path("photo").path("id").asText();

        HttpResponse<byte[]> revalidated = http.get("/photos/" + id, "If-None-Match", "\"" + id + "\"");

        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("ETag")).contains("\"" + id + "\"");
    }

    @Test
    void canUploadAsAdmin() {
        String vin = shop.vehicle("Cupra", "Born", 3_000_000);

        PhotoUploads.Answer answer = http.upload(vin, PhotoUploads.aJpeg(640, 480), "born.jpg", "image/jpeg", ADMIN);

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void canMakeAnotherPhotoTheCoverAndRemoveOne() {
        String vin = shop.vehicle("Audi", "A3", 2_200_000);
        String front = upload(vin);
        String side = upload(vin);
        String back = upload(vin);
        awaitGallery(vin, 3);

        staff().document("mutation M($vin: ID!, $id: ID!) { moveVehiclePhoto(vin: $vin, photoId: $id, position: 0) }")
                .variable("vin", vin).variable("id", back).execute().path("moveVehiclePhoto").entity(String.class)
                .isEqualTo(vin);
        staff().document("mutation R($vin: ID!, $id: ID!) { removeVehiclePhoto(vin: $vin, photoId: $id) }")
                .variable("vin", vin).variable("id", front).execute().path("removeVehiclePhoto").entity(String.class)
                .isEqualTo(vin);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(gallery(vin).stream().map(photo -> photo.get("id")))
                .containsExactly(back, side));
        graphql().document(GALLERY).variable("vin", vin).execute().path("vehicle.coverPhoto.id").entity(String.class)
                .isEqualTo(back);
    }

    /** ADR 4: every event of the car again in one batch, then its first events newest first; the gallery stays. */
    @Test
    void canIgnoreRepeatedAndOlderPhotoEvents() {
        String vin = shop.vehicle("Mazda", "MX-5", 2_600_000);
        String first = upload(vin);
        upload(vin);
        String third = upload(vin);
        staff().document("mutation M($vin: ID!, $id: ID!) { moveVehiclePhoto(vin: $vin, photoId: $id, position: 0) }")
                .variable("vin", vin).variable("id", third).execute().path("moveVehiclePhoto").hasValue();
        staff().document("mutation R($vin: ID!, $id: ID!) { removeVehiclePhoto(vin: $vin, photoId: $id) }")
                .variable("vin", vin).variable("id", first).execute().path("removeVehiclePhoto").hasValue();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(galleryRows(vin)).hasSize(2)
                .first().asString().contains(third));
        List<Map<String, Object>> before = galleryRows(vin);

        Redelivery redelivery = new Redelivery(eventStore, processing, transactions, jdbc);
        List<TrackedEventMessage<?>> events = redelivery.storedEvents(vin);
        redelivery.deliver("vehicle-listing", events);
        for (int i = events.size() - 2; i >= 1; i--) {
            redelivery.deliver("vehicle-listing", List.of(events.get(i)));
        }

        assertThat(galleryRows(vin)).isEqualTo(before);
    }

    @Test
    void cannotUploadTextDisguisedAsAJpeg() {
        String vin = shop.vehicle("Ford", "Focus", 900_000);
        byte[] text = "<html><body><script>alert('not a photo')</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        long files = storedFiles();

        PhotoUploads.Answer answer = http.upload(vin, text, "front.jpg", "image/jpeg", STAFF);

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.code()).isEqualTo("UNSUPPORTED_PHOTO_TYPE");
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(attachedEvents(vin)).isZero();
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void cannotUploadMoreThanTheSizeLimit() {
        String vin = shop.vehicle("Ford", "Puma", 1_100_000);
        byte[] huge = new byte[(int) properties.maxUploadSize().toBytes() + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;

        PhotoUploads.Answer answer = http.upload(vin, huge, "huge.jpg", "image/jpeg", STAFF);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.code()).isEqualTo("PHOTO_TOO_LARGE");
        assertThat(attachedEvents(vin)).isZero();
    }

    @Test
    void cannotUploadAPhotoOfACarThatWasNeverListed() {
        String vin = com.forecourt.testing.TestVehicles.uniqueVin();

        PhotoUploads.Answer answer = http.upload(vin, PhotoUploads.aJpeg(640, 480), "ghost.jpg", "image/jpeg", STAFF);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("VEHICLE_NOT_FOUND");
    }

    @Test
    void cannotUploadAPhotoOfAWithdrawnCar() {
        String vin = shop.vehicle("Fiat", "Panda", 500_000);
        staff().document("mutation W($vin: ID!) { withdrawVehicle(vin: $vin, reason: \"Scrapped\") }")
                .variable("vin", vin).execute().path("withdrawVehicle").hasValue();

        PhotoUploads.Answer answer = http.upload(vin, PhotoUploads.aJpeg(640, 480), "panda.jpg", "image/jpeg", STAFF);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("VEHICLE_NOT_ON_SALE");
    }

    @Test
    void cannotUploadWithAMalformedVin() {
        PhotoUploads.Answer answer = http.upload("WVWZZZ1KZAW00000O", PhotoUploads.aJpeg(640, 480), "a.jpg",
                "image/jpeg", STAFF);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("INVALID_VIN");
    }

    @Test
    void cannotUploadWithoutThePhotoPart() {
        String vin = shop.vehicle("Kia", "Ceed", 1_000_000);

        PhotoUploads.Answer answer = http.post("/vehicles/" + vin + "/photos",
                "{\"photo\":\"front.jpg\"}".getBytes(StandardCharsets.UTF_8), "application/json", STAFF);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void cannotUploadAnonymously() {
        String vin = shop.vehicle("Kia", "Niro", 1_400_000);

        PhotoUploads.Answer answer = http.upload(vin, PhotoUploads.aJpeg(640, 480), "niro.jpg", "image/jpeg", null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(attachedEvents(vin)).isZero();
    }

    @Test
    void cannotUploadAsABuyer() {
        String vin = shop.vehicle("Kia", "Sportage", 2_400_000);
        Buyers buyers = new Buyers(port);
        String token = buyers.signIn(buyers.signUp()).accessToken();

        PhotoUploads.Answer answer = http.upload(vin, PhotoUploads.aJpeg(640, 480), "mine.jpg", "image/jpeg",
                "Bearer " + token);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo("FORBIDDEN");
        assertThat(attachedEvents(vin)).isZero();
    }

    @Test
    void cannotDownloadAPhotoNobodyUploaded() {
        String unknown = EncodedImage.sha256("no such photo".getBytes(StandardCharsets.UTF_8));

        HttpResponse<byte[]> answer = http.get("/photos/" + unknown);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("\"code\":\"PHOTO_NOT_FOUND\"");
    }

    @Test
    void cannotDownloadByAnIdThatIsNoPhotoId() {
        String upperCase = EncodedImage.sha256("x".getBytes(StandardCharsets.UTF_8)).toUpperCase();

        List<Integer> statuses = Stream.of("/photos/" + upperCase, "/photos/..%2f..%2fpostgres.pgpass",
                        "/photos/%2e%2e", "/photos/abc")
                .map(path -> http.get(path).statusCode()).toList();

        assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(400, 404));
        assertThat(statuses.get(0)).isEqualTo(404);
    }

    private String upload(String vin) {
        PhotoUploads.Answer answer = http.upload(vin, PhotoUploads.aJpeg(800, 600), "p.jpg", "image/jpeg", STAFF);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer.body().path("photo").path("id").asText();
    }

    private List<Map<String, Object>> awaitGallery(String vin, int size) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(gallery(vin)).hasSize(size));
        return gallery(vin);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> gallery(String vin) {
        Object photos = graphql().document(GALLERY).variable("vin", vin).execute().path("vehicle.photos")
                .entity(Object.class).get();
        return photos == null ? List.of() : (List<Map<String, Object>>) photos;
    }

    private List<Map<String, Object>> galleryRows(String vin) {
        return jdbc.queryForList("select p.photo_id, p.position, p.thumbnail_id, p.attached_at::text, l.last_sequence"
                + " from vehicle_listing_photo p join vehicle_listing l on l.vin = p.vin where p.vin = ?"
                + " order by p.position", vin);
    }

    private int attachedEvents(String vin) {
        Integer count = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type = ?", Integer.class, vin, ATTACHED);
        return count == null ? 0 : count;
    }

    private long storedFiles() {
        Path directory = properties.filesystem().directory();
        if (!Files.exists(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
