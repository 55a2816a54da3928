package com.forecourt.telemetry;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.forecourt.telemetry.storage.TelemetryRetention;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.LoopbackHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Telemetry end to end: events posted to {@code /telemetry} become documents in the {@code telemetry} alias and
 * nothing else; refused requests keep nothing and say why; the retention job drops an old month; the rate limit
 * answers 429. Each test posts from a loopback address of its own (127.0.0.7x), so that none spends another's
 * allowance, and uses a session id of its own, so that it finds its own documents among the others'.
 */
class TelemetryIntegrationTest extends IntegrationTestSupport {

    private static final String VIN = "WVWZZZAWZLU000001";
    private static final String ALIAS = "telemetry";

    @Autowired
    private ElasticsearchClient elasticsearch;

    @Autowired
    private TelemetryRetention retention;

    private LoopbackHttp from(String address) {
        return new LoopbackHttp(address, port);
    }

    private static byte[] batch(String session, String... events) {
        return ("{\"sessionId\":\"" + session + "\",\"events\":[" + String.join(",", events) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String search(String text, int resultCount) {
        return "{\"type\":\"SearchMade\",\"at\":\"2026-11-30T10:15:30Z\",\"text\":\"" + text + "\",\"sort\":\"RELEVANCE\","
                + "\"filters\":{\"fuelType\":[\"ELECTRIC\"],\"maxPricePence\":2500000},\"resultCount\":" + resultCount + "}";
    }

    private static String offered(LocalDate... freeDays) {
        StringBuilder dates = new StringBuilder();
        for (LocalDate day : freeDays) {
            dates.append(dates.isEmpty() ? "" : ",").append("{\"date\":\"").append(day).append("\",\"freeSlots\":2}");
        }
        return "{\"type\":\"DeliveryDatesOffered\",\"at\":\"2026-11-30T10:16:00Z\",\"vin\":\"" + VIN + "\",\"dates\":["
                + dates + "]}";
    }

    private LoopbackHttp.Response post(LoopbackHttp http, byte[] body) {
        return http.send("POST", "/telemetry", body);
    }

    @SuppressWarnings("rawtypes")
    private List<Map> documentsOf(String session) throws IOException {
        elasticsearch.indices().refresh(r -> r.index(ALIAS));
        return elasticsearch.search(s -> s.index(ALIAS).size(100)
                        .query(q -> q.term(t -> t.field("sessionId").value(session))), Map.class)
                .hits().hits().stream().map(Hit::source).toList();
    }

    @SuppressWarnings("rawtypes")
    private List<Map> awaitDocumentsOf(String session, int count) {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .untilAsserted(() -> assertThat(documentsOf(session)).hasSize(count));
        try {
            return documentsOf(session);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @SuppressWarnings("rawtypes")
    void canFindPostedEventsOfEveryTypeInTheTelemetryAlias() {
        String session = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        LoopbackHttp.Response response = post(from("127.0.0.71"), batch(session, search("tesla model 3", 0),
                "{\"type\":\"VehiclePageViewed\",\"at\":\"2026-11-30T10:15:40Z\",\"vin\":\"" + VIN + "\"}",
                offered(today.plusDays(9), today.plusDays(12)),
                "{\"type\":\"CheckoutAbandoned\",\"at\":\"2026-11-30T10:17:00Z\",\"vin\":\"" + VIN
                        + "\",\"step\":\"DELIVERY_DATE\"}"));

        assertThat(response.status()).isEqualTo(202);
        List<Map> documents = awaitDocumentsOf(session, 4);
        assertThat(documents).extracting(document -> document.get("type")).containsExactlyInAnyOrder("SearchMade",
                "VehiclePageViewed", "DeliveryDatesOffered", "CheckoutAbandoned");
        Map search = documents.stream().filter(d -> "SearchMade".equals(d.get("type"))).findFirst().orElseThrow();
        assertThat(search).containsEntry("text", "tesla model 3").containsEntry("resultCount", 0)
                .containsEntry("clientTime", "2026-11-30T10:15:30Z").containsKey("receivedAt");
        Map offered = documents.stream().filter(d -> "DeliveryDatesOffered".equals(d.get("type"))).findFirst()
                .orElseThrow();
        // 9 days after today, or 8 if the request arrived just after midnight UTC
        assertThat(offered).containsEntry("freeSlotWithin7Days", false);
        assertThat(offered.get("daysToFirstFreeSlot")).isIn(8, 9);
        assertThat(documents).allSatisfy(document -> assertThat(document.keySet())
                .doesNotContain("clientAddress", "userId", "customerId", "email", "name"));
    }

    @Test
    void canFindAZeroResultSearchByItsCount() throws IOException {
        String session = UUID.randomUUID().toString();

        post(from("127.0.0.72"), batch(session, search("lotus elise automatic", 0), search("lotus", 3)));

        awaitDocumentsOf(session, 2);
        long zero = elasticsearch.count(c -> c.index(ALIAS).query(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("sessionId").value(session)))
                .filter(f -> f.term(t -> t.field("resultCount").value(0)))))).count();
        assertThat(zero).isEqualTo(1);
    }

    @Test
    void cannotFindTelemetryInTheEventStore() {
        String session = UUID.randomUUID().toString();

        post(from("127.0.0.73"), batch(session, search("telemetry-only " + session.substring(0, 8), 0)));

        awaitDocumentsOf(session, 1);
        Integer inEventStore = jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like "
                + "'%telemetry%' or convert_from(payload, 'UTF8') like ?", Integer.class, "%" + session + "%");
        assertThat(inEventStore).isZero();
    }

    @Test
    void cannotPostAnUnknownEventType() {
        LoopbackHttp.Response response = post(from("127.0.0.74"), batch(UUID.randomUUID().toString(),
                "{\"type\":\"BasketViewed\",\"at\":\"2026-11-30T10:00:00Z\"}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":\"UNKNOWN_EVENT_TYPE\"").contains("events[0].type");
    }

    @Test
    void cannotSmuggleAFieldIntoAnEvent() {
        LoopbackHttp.Response response = post(from("127.0.0.74"), batch(UUID.randomUUID().toString(),
                "{\"type\":\"VehiclePageViewed\",\"at\":\"2026-11-30T10:00:00Z\",\"vin\":\"" + VIN
                        + "\",\"customerId\":\"0b7e4a52-2c0a-4f4f-8f7e-3b0c2c1f6a11\"}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":\"UNKNOWN_FIELD\"").contains("customerId");
    }

    @Test
    void cannotPostTooLongSearchText() {
        LoopbackHttp.Response response = post(from("127.0.0.74"),
                batch(UUID.randomUUID().toString(), search("x".repeat(201), 0)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":\"BAD_USER_INPUT\"")
                .contains("events[0].text must be at most 200 characters");
    }

    @Test
    void cannotKeepAnyEventOfABatchWithAnEmailAddressInIt() throws IOException {
        String refused = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();
        LoopbackHttp http = from("127.0.0.75");

        LoopbackHttp.Response response = post(http, batch(refused, search("golf", 12),
                search("jo.bloggs@example.com", 0)));
        post(http, batch(later, search("golf", 12)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":\"PERSONAL_DATA_REFUSED\"").doesNotContain("bloggs");
        // the writer keeps the buffer's order: once the later batch is in, the refused one would be too
        awaitDocumentsOf(later, 1);
        assertThat(documentsOf(refused)).isEmpty();
    }

    @Test
    void cannotPostABodyLargerThanTheLimit() {
        byte[] body = batch(UUID.randomUUID().toString(), search("x".repeat(17_000), 0));

        LoopbackHttp.Response response = post(from("127.0.0.76"), body);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).contains("\"code\":\"REQUEST_TOO_LARGE\"");
    }

    @Test
    void cannotPostAFormInsteadOfJson() {
        LoopbackHttp.Response response = from("127.0.0.76").postForm("/telemetry", "sessionId=x&events=y");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.body()).contains("\"code\":\"BAD_USER_INPUT\"").contains("application/json");
    }

    @Test
    void cannotPostMoreOftenThanTheAddressesAllowance() {
        LoopbackHttp http = from("127.0.0.77");
        byte[] body = batch(UUID.randomUUID().toString(), search("mini", 4));

        // the allowance is 120 a minute, refilled smoothly: well before three times that, one is refused
        LoopbackHttp.Response response = null;
        for (int i = 0; i < 360 && (response == null || response.status() == 202); i++) {
            response = post(http, body);
        }

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.headers()).containsKey("retry-after");
        assertThat(response.body()).contains("\"code\":\"TOO_MANY_REQUESTS\"");
    }

    @Test
    void canDropAMonthOlderThanTheRetention() throws IOException {
        String session = UUID.randomUUID().toString();
        post(from("127.0.0.78"), batch(session, search("morgan", 1)));
        awaitDocumentsOf(session, 1); // the index template is in place once something was written
        elasticsearch.indices().create(c -> c.index("telemetry-2019.01"));
        assertThat(elasticsearch.indices().getAlias(a -> a.name(ALIAS)).result()).containsKey("telemetry-2019.01");

        List<String> dropped = retention.dropExpired();

        assertThat(dropped).containsExactly("telemetry-2019.01");
        assertThat(elasticsearch.indices().exists(e -> e.index("telemetry-2019.01")).value()).isFalse();
        assertThat(documentsOf(session)).hasSize(1);
    }

    @Test
    void cannotBeTakenForAReadModel() {
        String session = UUID.randomUUID().toString();
        post(from("127.0.0.78"), batch(session, search("caterham", 0)));
        awaitDocumentsOf(session, 1);

        List<String> projections = admin().document("{ projections { name } }").execute()
                .path("projections[*].name").entityList(String.class).get();

        assertThat(projections).isNotEmpty().noneMatch(name -> name.contains("telemetry"));
    }

    @Test
    void canCountWhatWasAcceptedAndWritten() {
        String session = UUID.randomUUID().toString();
        post(from("127.0.0.79"), batch(session, search("reliant robin", 0)));
        awaitDocumentsOf(session, 1);

        String metrics = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build()
                .get().uri("/actuator/prometheus").headers(headers -> headers.setBasicAuth("admin", "admin"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).contains("forecourt_telemetry_accepted_total{type=\"SearchMade\"}")
                .contains("forecourt_telemetry_written_total");
    }
}
