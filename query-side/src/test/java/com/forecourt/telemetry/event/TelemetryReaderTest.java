package com.forecourt.telemetry.event;

import com.forecourt.vehicle.query.VehicleSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TelemetryReaderTest {

    private static final String SESSION = "8C1F3A52-2C0A-4F4F-8F7E-3B0C2C1F6A11";
    private static final Instant RECEIVED = Instant.parse("2026-11-30T23:59:58Z");
    private static final String VIN = "WVWZZZAWZLU000001";

    private final TelemetryReader reader = new TelemetryReader();

    private TelemetryBatch read(String... events) {
        return reader.read(batch(events), RECEIVED);
    }

    private static byte[] batch(String... events) {
        return ("{\"sessionId\":\"" + SESSION + "\",\"events\":[" + String.join(",", events) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String search(String extra) {
        return "{\"type\":\"SearchMade\",\"at\":\"2026-11-30T23:59:50.123+01:00\",\"resultCount\":0" + extra + "}";
    }

    private void assertRefused(byte[] body, String code, String messagePart) {
        assertThatThrownBy(() -> reader.read(body, RECEIVED))
                .isInstanceOfSatisfying(TelemetryRefusedException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(code);
                    assertThat(refused.getMessage()).contains(messagePart);
                });
    }

    @Test
    void canReadASearchWithItsTextInTheStoredSpellingAndItsFilters() {
        TelemetryBatch batch = read(search(",\"text\":\" Volkswagon  Polo\\u00a0\",\"sort\":\"PRICE_ASC\","
                + "\"filters\":{\"make\":[\" Volkswagen\"],\"fuelType\":[\"PETROL\",\"HYBRID\"],\"maxPricePence\":2000000}"));

        SearchMade search = (SearchMade) batch.events().get(0);
        assertThat(search.text()).isEqualTo("Volkswagon  Polo");
        assertThat(search.sort()).isEqualTo(VehicleSort.PRICE_ASC);
        assertThat(search.resultCount()).isZero();
        assertThat(search.clientTime()).isEqualTo(Instant.parse("2026-11-30T22:59:50.123Z"));
        assertThat(batch.documents().get(0).source())
                .containsEntry("type", "SearchMade")
                .containsEntry("sessionId", SESSION.toLowerCase())
                .containsEntry("clientTime", "2026-11-30T22:59:50.123Z")
                .containsEntry("receivedAt", "2026-11-30T23:59:58Z")
                .containsEntry("hasText", true)
                .containsEntry("filterCount", 3)
                .containsEntry("filters", Map.of("make", List.of("Volkswagen"), "fuelType", List.of("PETROL", "HYBRID"),
                        "maxPricePence", 2000000));
    }

    @Test
    void canReadHowASearchWidenedAndWhatItReadFromTheWords() {
        TelemetryBatch batch = read(search(",\"widened\":\"SIMILAR_MAKES\",\"understood\":[\"MAKE\",\"FUEL_TYPE\"],"
                + "\"filters\":{\"colour\":[\"Red\"],\"minMileage\":10000}"));

        assertThat(batch.documents().get(0).source())
                .containsEntry("widened", "SIMILAR_MAKES")
                .containsEntry("understood", List.of("MAKE", "FUEL_TYPE"))
                .containsEntry("filters", Map.of("colour", List.of("Red"), "minMileage", 10000))
                .containsEntry("filterCount", 2);
    }

    @Test
    void cannotReadAWideningTheSearchDoesNotHave() {
        assertRefused(batch(search(",\"widened\":\"ANYTHING_GOES\"")), TelemetryErrorCodes.BAD_USER_INPUT,
                "widened");
    }

    @Test
    void canReadASearchWithoutTextAsOneThatOnlyFiltered() {
        Map<String, Object> document = read(search("")).documents().get(0).source();

        assertThat(document).containsEntry("hasText", false).containsEntry("filterCount", 0)
                .containsEntry("resultCount", 0).doesNotContainKeys("text", "filters", "sort", "widened", "understood");
    }

    @Test
    void canReadEveryTypeInOneBatch() {
        TelemetryBatch batch = read(search(""),
                "{\"type\":\"VehiclePageViewed\",\"at\":\"2026-11-30T10:00:00Z\",\"vin\":\"wvwzzzawzlu000001\"}",
                "{\"type\":\"DeliveryDatesOffered\",\"at\":\"2026-11-30T10:00:00Z\",\"dates\":[]}",
                "{\"type\":\"CheckoutAbandoned\",\"at\":\"2026-11-30T10:00:00Z\",\"vin\":\"" + VIN
                        + "\",\"step\":\"REVIEW\"}");

        assertThat(batch.events()).extracting(TelemetryEvent::type).containsExactly(TelemetryEventType.SEARCH_MADE,
                TelemetryEventType.VEHICLE_PAGE_VIEWED, TelemetryEventType.DELIVERY_DATES_OFFERED,
                TelemetryEventType.CHECKOUT_ABANDONED);
        assertThat(((VehiclePageViewed) batch.events().get(1)).vin()).isEqualTo(VIN);
        assertThat(batch.documents().get(3).source()).containsEntry("step", "REVIEW").containsEntry("vin", VIN);
    }

    @Test
    void canTellWhetherAFreeSlotWasOfferedWithinSevenDaysOfTheDayReceived() {
        // received on 2026-11-30 (UTC): the 7th is seven days on, the 8th eight
        TelemetryBatch batch = read(
                offered("{\"date\":\"2026-12-07\",\"freeSlots\":2},{\"date\":\"2026-12-01\",\"freeSlots\":0}"),
                offered("{\"date\":\"2026-12-08\",\"freeSlots\":1},{\"date\":\"2026-11-29\",\"freeSlots\":5}"),
                offered(""));

        assertThat(batch.documents().get(0).source()).containsEntry("freeSlotWithin7Days", true)
                .containsEntry("daysToFirstFreeSlot", 7).containsEntry("firstFreeDate", "2026-12-07")
                .containsEntry("offeredDates", 2);
        assertThat(batch.documents().get(1).source()).containsEntry("freeSlotWithin7Days", false)
                .containsEntry("daysToFirstFreeSlot", 8);
        assertThat(batch.documents().get(2).source()).containsEntry("freeSlotWithin7Days", false)
                .containsEntry("offeredDates", 0).doesNotContainKeys("daysToFirstFreeSlot", "firstFreeDate");
        assertThat(((DeliveryDatesOffered) batch.events().get(0)).receivedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    private static String offered(String dates) {
        return "{\"type\":\"DeliveryDatesOffered\",\"at\":\"2026-11-30T10:00:00Z\",\"vin\":\"" + VIN
                + "\",\"dates\":[" + dates + "]}";
    }

    @Test
    void cannotSendAnUnknownEventType() {
        assertRefused(batch("{\"type\":\"PageScrolled\",\"at\":\"2026-11-30T10:00:00Z\"}"),
                TelemetryErrorCodes.UNKNOWN_EVENT_TYPE, "events[0].type");
    }

    @Test
    void cannotSmuggleAFieldTheTypeDoesNotDefine() {
        assertRefused(batch(search(""), search(",\"email\":\"someone@example.com\"")),
                TelemetryErrorCodes.UNKNOWN_FIELD, "events[1] has a field 'email' that SearchMade does not define");
    }

    @Test
    void cannotSmuggleAFieldIntoTheFilters() {
        assertRefused(batch(search(",\"filters\":{\"postcode\":\"SW1A 1AA\"}")),
                TelemetryErrorCodes.UNKNOWN_FIELD, "events[0].filters has a field 'postcode'");
    }

    @Test
    void cannotSmuggleAFieldBesideTheEvents() {
        assertRefused(("{\"sessionId\":\"" + SESSION + "\",\"userId\":\"42\",\"events\":[" + search("") + "]}")
                .getBytes(StandardCharsets.UTF_8), TelemetryErrorCodes.UNKNOWN_FIELD, "has a field 'userId'");
    }

    @Test
    void cannotNameAnUnknownFieldInTheMessageWhenItsNameIsFreeText() {
        assertThatThrownBy(() -> reader.read(batch(search(",\"jo.bloggs@example.com\":1")), RECEIVED))
                .isInstanceOfSatisfying(TelemetryRefusedException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(TelemetryErrorCodes.UNKNOWN_FIELD);
                    assertThat(refused.getMessage()).doesNotContain("bloggs");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"jo.bloggs@example.com", "cars for jo@example", "call 07700 900123",
            "+44 7700 900123", "4111 1111 1111 1111"})
    void cannotSendSearchTextThatLooksLikePersonalData(String text) {
        assertThatThrownBy(() -> reader.read(batch(search(",\"text\":\"" + text + "\"")), RECEIVED))
                .isInstanceOfSatisfying(TelemetryRefusedException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(TelemetryErrorCodes.PERSONAL_DATA_REFUSED);
                    assertThat(refused.getMessage()).startsWith("events[0].text must not hold personal data")
                            .doesNotContain(text);
                });
    }

    @Test
    void cannotSendAMakeFilterThatLooksLikePersonalData() {
        assertRefused(batch(search(",\"filters\":{\"make\":[\"Ford\",\"me@example.com\"]}")),
                TelemetryErrorCodes.PERSONAL_DATA_REFUSED, "events[0].filters.make[1]");
    }

    @Test
    void cannotSendSearchTextLongerThanTheSearchTakes() {
        assertRefused(batch(search(",\"text\":\"" + "a".repeat(201) + "\"")), TelemetryErrorCodes.BAD_USER_INPUT,
                "events[0].text must be at most 200 characters");
    }

    @Test
    void cannotSendSearchTextWithControlCharacters() {
        assertRefused(batch(search(",\"text\":\"polo\\u0000golf\"")), TelemetryErrorCodes.BAD_USER_INPUT,
                "events[0].text must not contain control");
    }

    @Test
    void cannotSendMoreThanFiftyEventsAtOnce() {
        String[] events = new String[51];
        java.util.Arrays.fill(events, search(""));
        assertRefused(batch(events), TelemetryErrorCodes.LIST_TOO_LONG, "events must hold at most 50 items");
    }

    @Test
    void cannotSendAnEmptyBatch() {
        assertRefused(batch(), TelemetryErrorCodes.BAD_USER_INPUT, "events must hold at least 1 items");
    }

    @Test
    void cannotSendAMalformedVin() {
        assertRefused(batch("{\"type\":\"VehiclePageViewed\",\"at\":\"2026-11-30T10:00:00Z\",\"vin\":\"WVWZZZAWZLU00000I\"}"),
                "INVALID_VIN", "events[0].vin");
    }

    @Test
    void cannotSendASessionIdThatIsNotAUuid() {
        assertRefused(("{\"sessionId\":\"jo.bloggs\",\"events\":[" + search("") + "]}").getBytes(StandardCharsets.UTF_8),
                TelemetryErrorCodes.BAD_USER_INPUT, "sessionId must be a UUID");
    }

    @Test
    void cannotSendAClientTimeWithoutAnOffset() {
        assertRefused(batch("{\"type\":\"VehiclePageViewed\",\"at\":\"2026-11-30T10:00:00\",\"vin\":\"" + VIN + "\"}"),
                TelemetryErrorCodes.BAD_USER_INPUT, "events[0].at must be an ISO-8601 date-time");
    }

    @Test
    void cannotSendADateThatDoesNotExist() {
        assertRefused(batch(offered("{\"date\":\"2026-02-30\",\"freeSlots\":1}")), TelemetryErrorCodes.BAD_USER_INPUT,
                "events[0].dates[0].date must be a date");
    }

    @Test
    void cannotSendANegativeResultCount() {
        assertRefused(batch("{\"type\":\"SearchMade\",\"at\":\"2026-11-30T10:00:00Z\",\"resultCount\":-1}"),
                TelemetryErrorCodes.BAD_USER_INPUT, "events[0].resultCount must be at least 0");
    }

    @Test
    void cannotSendAnUnknownSort() {
        assertRefused(batch(search(",\"sort\":\"CHEAPEST\"")), TelemetryErrorCodes.BAD_USER_INPUT,
                "events[0].sort must be one of RELEVANCE, PRICE_ASC");
    }

    @Test
    void cannotRepeatAKey() {
        assertRefused(batch(search(",\"resultCount\":3")), TelemetryErrorCodes.BAD_USER_INPUT,
                "without duplicate keys");
    }

    @Test
    void cannotSendAnythingAfterTheObject() {
        byte[] body = ("{\"sessionId\":\"" + SESSION + "\",\"events\":[" + search("") + "]} {}")
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(body, TelemetryErrorCodes.BAD_USER_INPUT, "one JSON object");
    }

    @Test
    void cannotSendAnArrayInsteadOfABatch() {
        assertRefused("[]".getBytes(StandardCharsets.UTF_8), TelemetryErrorCodes.BAD_USER_INPUT, "one JSON object");
    }
}
