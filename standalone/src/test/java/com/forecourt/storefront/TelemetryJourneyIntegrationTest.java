package com.forecourt.storefront;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.forecourt.testing.BrowserTestSupport;
import com.forecourt.testing.Shop;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.forecourt.testing.TestVehicles.listing;
import static com.forecourt.testing.TestVehicles.uniqueVin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The storefront reports what a buyer searched for and looked at to the analysts' telemetry, in the background. */
class TelemetryJourneyIntegrationTest extends BrowserTestSupport {

    @Autowired
    private ElasticsearchClient elasticsearch;

    @Test
    void canReportASearchThatFoundNothingOneThatWidenedAndACarPageViewed() {
        String vin = uniqueVin();
        staff().document(Shop.LIST).variable("input", listing(vin, "Tellwick", "Metrica", null, 1_095_000,
                "Counted, not named.", List.of())).execute();

        open("/?q=zanzibarine");
        waitForText("No cars match");
        open("/?q=lamborghini+zanzibarine");
        waitForText("We have no Lamborghini");
        open("/vehicles/" + vin); // leaving the search page sent its event, under this tab's session id
        waitForText(vin);
        String session = (String) script("return sessionStorage.getItem('forecourt.telemetry.session');");
        assertThat(session).isNotBlank();
        browser.get("about:blank"); // leaving sends what waits

        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                assertThat(documentsOf(session)).anySatisfy(event -> assertThat(event)
                                .containsEntry("type", "SearchMade").containsEntry("text", "zanzibarine")
                                .containsEntry("resultCount", 0))
                        .anySatisfy(event -> assertThat(event)
                                .containsEntry("type", "SearchMade").containsEntry("text", "lamborghini zanzibarine")
                                .containsEntry("understood", List.of("MAKE")).containsKey("widened"))
                        .anySatisfy(event -> assertThat(event)
                                .containsEntry("type", "VehiclePageViewed").containsEntry("vin", vin)));
    }

    @SuppressWarnings("rawtypes")
    private List<Map> documentsOf(String session) throws IOException {
        elasticsearch.indices().refresh(r -> r.index("telemetry"));
        return elasticsearch.search(s -> s.index("telemetry").size(100)
                        .query(q -> q.term(t -> t.field("sessionId").value(session))), Map.class)
                .hits().hits().stream().map(Hit::source).toList();
    }
}
