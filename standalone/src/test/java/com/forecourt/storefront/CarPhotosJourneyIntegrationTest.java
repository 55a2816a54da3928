package com.forecourt.storefront;

import com.forecourt.photo.PhotoUploads;
import com.forecourt.testing.BrowserTestSupport;
import com.forecourt.testing.Shop;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;

import static com.forecourt.testing.TestVehicles.listing;
import static com.forecourt.testing.TestVehicles.uniqueVin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A buyer sees the photos staff uploaded: the cover as a thumbnail in the results, the gallery on the car's page. */
class CarPhotosJourneyIntegrationTest extends BrowserTestSupport {

    private static final String GALLERY = "query G($vin: ID!) { vehicle(vin: $vin) { photos { id } } }";
    private static final String SEARCH = "query S($text: String) { searchVehicles(query: $text) { total } }";

    @Test
    void canSeeACarsCoverInTheResultsAndBrowseItsPhotosOnItsPage() {
        String vin = uniqueVin();
        staff().document(Shop.LIST).variable("input", listing(vin, "Fenwick", "Gallerio", null, 1_495_000,
                "Photographed in daylight.", List.of("Parking sensors"))).execute();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(graphql().document(SEARCH)
                .variable("text", "fenwick gallerio").execute().path("searchVehicles.total").entity(Integer.class).get())
                .isEqualTo(1));
        PhotoUploads uploads = new PhotoUploads(port);
        String staff = PhotoUploads.basic("staff", "staff");
        for (int photo = 0; photo < 2; photo++) {
            assertThat(uploads.upload(vin, PhotoUploads.aJpeg(800, 600), "car.jpg", "image/jpeg", staff).status())
                    .isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(graphql().document(GALLERY)
                .variable("vin", vin).execute().path("vehicle.photos").entityList(Object.class).get()).hasSize(2));

        open("/?q=fenwick+gallerio");
        WebElement cover = shown(By.cssSelector("ol.results > li img.cover"));
        until(driver -> loaded(cover));
        screenshot(browser, "CarPhotosJourneyIntegrationTest-results");

        browser.findElement(By.cssSelector("ol.results > li h3 a")).click();
        WebElement photo = shown(By.cssSelector(".gallery img.photo"));
        until(driver -> loaded(photo));
        assertThat(photo.getAttribute("alt")).isEqualTo("Photo 1 of 2 of the Fenwick Gallerio");
        String first = photo.getAttribute("src");
        List<WebElement> thumbnails = browser.findElements(By.cssSelector(".gallery .thumbnail"));
        assertThat(thumbnails).hasSize(2);
        thumbnails.get(1).click();
        until(driver -> driver.findElement(By.cssSelector(".gallery img.photo")).getAttribute("alt")
                .equals("Photo 2 of 2 of the Fenwick Gallerio"));
        assertThat(browser.findElement(By.cssSelector(".gallery img.photo")).getAttribute("src")).isNotEqualTo(first);
        assertThat(thumbnails.get(1).getAttribute("aria-pressed")).isEqualTo("true");
        assertAccessible("the vehicle page with photos");
        screenshot(browser, "CarPhotosJourneyIntegrationTest-gallery");
        assertThat(consoleErrors()).isEmpty();
    }

    /** Whether the browser fetched and decoded the image (the Content-Security-Policy let it). */
    private boolean loaded(WebElement image) {
        return Boolean.TRUE.equals(script("return arguments[0].complete && arguments[0].naturalWidth > 0;", image));
    }
}
