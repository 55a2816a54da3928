package com.forecourt.storefront;

import com.forecourt.testing.BrowserTestSupport;
import com.forecourt.testing.Shop;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static com.forecourt.testing.TestVehicles.listing;
import static com.forecourt.testing.TestVehicles.uniqueVin;
import static com.forecourt.testing.TestVehicles.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An anonymous buyer finds a car: suggestions, a misspelt search, a facet, Back, and the car's page; what the search
 * read from the words typed, as chips and as ticks in their facets; a spelling it suggests; a widened search that
 * says so; a band of a range facet.
 */
class SearchJourneyIntegrationTest extends BrowserTestSupport {

    private static final String SEARCH =
            "query S($text: String) { searchVehicles(query: $text) { total relaxation { kind } } }";
    private static final By RESULTS = By.cssSelector("ol.results > li");
    private static final By RESULT_LINKS = By.cssSelector("ol.results > li h3 a");

    /** Lists a car (the search finds it a moment later: see waitForSearchToFind). */
    private String list(String make, String model, String fuelType, String description) {
        return list(make, model, fuelType, description, 2021);
    }

    private String list(String make, String model, String fuelType, String description, int year) {
        String vin = uniqueVin();
        Map<String, Object> car = with(with(listing(vin, make, model, null, 1_895_000, description,
                List.of("Heated seats")), "fuelType", fuelType), "year", year);
        staff().document(Shop.LIST).variable("input", car).execute().path("listVehicle").entity(String.class)
                .isEqualTo(vin);
        return vin;
    }

    /**
     * Waits until the search finds this many cars by every word of the text: a widened answer (other tests' cars
     * that share one word, before this test's cars are indexed) does not count.
     */
    private void waitForSearchToFind(String text, int total) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            GraphQlTester.Response answer = graphql().document(SEARCH).variable("text", text).execute();
            answer.path("searchVehicles.relaxation").valueIsNull();
            assertThat(answer.path("searchVehicles.total").entity(Integer.class).get()).isEqualTo(total);
        });
    }

    /** A model name of eight letters nobody else lists, so the search finds only this test's cars. */
    private static String uniqueModel() {
        StringBuilder name = new StringBuilder("Zu");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    private void waitForResults(int count) {
        until(driver -> driver.findElements(RESULTS).size() == count
                && driver.findElement(By.id("results-heading")).getText().startsWith(count + " "));
    }

    @Test
    void canFindACarWithATypoNarrowItByAFacetAndOpenItsPage() {
        String petrol = list("Kestrel", "Corvane", "PETROL", "A tidy Corvane with one owner.");
        String diesel = list("Kestrel", "Corvane", "DIESEL", "Economical Corvane, full history.");
        waitForSearchToFind("kestrel corvane", 2);

        open("/");
        WebElement box = shown(By.id("search-text"));
        box.sendKeys("kes");
        shownWithText(By.cssSelector("#search-suggestions [role=option]"), "Kestrel");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "kestral corvan", Keys.ENTER);
        waitForResults(2);
        assertThat(browser.getCurrentUrl()).contains("q=kestral+corvan");
        assertThat(browser.findElements(By.cssSelector("ol.results .highlights em"))).isNotEmpty();
        assertAccessible("the search page with results");
        screenshot(browser, "SearchJourneyIntegrationTest-results");

        WebElement diesels = shown(By.xpath("//fieldset[legend='Fuel']//label[starts-with(normalize-space(.), 'Diesel')]"));
        assertThat(diesels.getText()).contains("(1)");
        diesels.click();
        waitForResults(1);
        assertThat(browser.getCurrentUrl()).contains("fuel=DIESEL");
        assertThat(browser.findElement(RESULT_LINKS).getAttribute("href")).endsWith("/vehicles/" + diesel);

        browser.navigate().back();
        waitForResults(2);
        browser.navigate().forward();
        waitForResults(1);

        browser.findElement(RESULT_LINKS).click();
        shownWithText(By.tagName("h1"), "Kestrel Corvane");
        waitForText(diesel);
        waitForText("Economical Corvane, full history.");
        assertThat(browser.findElement(By.linkText("Buy this car")).getAttribute("href")).endsWith("/checkout/" + diesel);
        assertThat(focused().getText()).isEqualTo("Kestrel Corvane");
        assertAccessible("the vehicle page");
        assertThat(consoleErrors()).isEmpty();
        assertThat(petrol).isNotEqualTo(diesel);
    }

    @Test
    void canShowACarsOwnMarkupAsTextInItsHighlights() {
        String vin = list("Quillon", "Markup", "PETROL", "Sold with <img src=x onerror=alert(1)> <b>bold</b> & more");
        waitForSearchToFind("quillon onerror", 1);

        open("/?q=quillon+onerror");
        waitForResults(1);

        WebElement highlights = shown(By.cssSelector("ol.results .highlights"));
        assertThat(highlights.getText()).contains("<img src=x onerror=alert(1)>", "<b>bold</b> & more");
        assertThat(highlights.findElements(By.cssSelector("img, b"))).isEmpty();
        assertThat(highlights.findElements(By.tagName("em"))).isNotEmpty();
        assertThat(browser.findElement(RESULT_LINKS).getAttribute("href")).endsWith("/vehicles/" + vin);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void canLoadTheFirstPageWithLessThan200KilobytesOfJavaScript() {
        open("/");
        shown(By.id("search-text"));
        until(driver -> !driver.findElements(By.id("results-heading")).isEmpty()
                && driver.findElement(By.id("results-heading")).getText().endsWith("cars"));

        long bytes = javascriptBytes();
        System.out.println("JavaScript of the first page (decoded bytes): " + bytes);

        assertThat(bytes).isPositive().isLessThan(200 * 1024);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void canSearchAtThePhoneWidthWithoutScrollingSideways() throws Exception {
        list("Wrenly", "Pocketa", "HYBRID", "Small and light.");
        waitForSearchToFind("pocketa", 1);
        ChromeDriver phone = startChromium(new Dimension(375, 740));
        try {
            phone.get(address("/?q=pocketa"));
            ChromeDriver desktop = browser;
            browser = phone;
            try {
                waitForResults(1);
                assertThat(browser.findElement(By.cssSelector("details.filters")).getAttribute("open")).isNull();
                assertThat(script("return window.innerWidth;")).isEqualTo(375L);
                assertThat(script("return document.documentElement.scrollWidth;")).isEqualTo(375L);
                assertAccessible("the search page at phone width");
                screenshot(phone, "SearchJourneyIntegrationTest-phone");
            } finally {
                browser = desktop;
            }
        } finally {
            phone.quit();
        }
    }

    @Test
    void canRemoveAWordTheSearchReadAsAFilterByItsChip() {
        String word = searchForTheDieselOfTwoCars();
        WebElement chip = until(driver -> driver.findElements(By.cssSelector(".understood button")).stream()
                .filter(button -> button.getText().contains("Diesel")).findFirst().orElse(null));
        assertAccessible("the search page with what it read from the words");

        chip.sendKeys(Keys.ENTER);

        waitForResults(2);
        assertThat(browser.getCurrentUrl()).endsWith("/?q=" + word);
        assertThat(browser.findElement(By.id("search-text")).getAttribute("value")).isEqualTo(word);
        assertThat(browser.findElements(By.cssSelector(".understood button"))).isEmpty();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void canSeeAFuelReadFromTheWordsTickedInItsFacetAndUntickIt() {
        String word = searchForTheDieselOfTwoCars();
        WebElement label = shown(By.xpath("//fieldset[legend='Fuel']//label[starts-with(normalize-space(.), 'Diesel')]"));
        WebElement diesel = browser.findElement(By.id(label.getAttribute("for")));
        assertThat(diesel.isSelected()).isTrue();

        diesel.click();

        waitForResults(2);
        assertThat(browser.getCurrentUrl()).endsWith("/?q=" + word);
        assertThat(browser.findElements(By.cssSelector(".understood button"))).isEmpty();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void canFollowTheSpellingTheSearchSuggests() {
        String model = uniqueModel();
        String word = model.toLowerCase(Locale.ROOT);
        String vin = list("Kestrel", model, "HYBRID", "A hybrid " + model + ".");
        waitForSearchToFind(word, 1);
        String misspelt = word.substring(0, 4) + (word.charAt(4) == 'q' ? 'x' : 'q') + word.substring(5);
        open("/?q=" + misspelt);
        WebElement suggestion = shown(By.cssSelector(".did-you-mean a"));
        assertThat(suggestion.getText()).isEqualTo(word);

        suggestion.click();

        // the misspelt search found the car too: the suggestion going away shows the new answer has come
        until(driver -> driver.findElements(By.cssSelector(".did-you-mean")).isEmpty());
        waitForResults(1);
        assertThat(browser.getCurrentUrl()).endsWith("/?q=" + word);
        assertThat(browser.findElement(RESULT_LINKS).getAttribute("href")).endsWith("/vehicles/" + vin);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void canSeeThatAMakeIsNotInStockAndThatTheSearchWidened() {
        String model = uniqueModel();
        list("Kestrel", model, "PETROL", "A petrol " + model + ".");
        waitForSearchToFind(model.toLowerCase(Locale.ROOT), 1);

        open("/?q=lamborghini+" + model.toLowerCase(Locale.ROOT));

        WebElement notice = shown(By.cssSelector(".message.widened"));
        assertThat(notice.getText()).contains("We have no Lamborghini for sale at the moment");
        assertThat(browser.findElements(RESULTS)).isNotEmpty();
        assertAccessible("the search page of a widened search");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void canNarrowBySomeYearWithItsCount() {
        String model = uniqueModel();
        String older = list("Kestrel", model, "PETROL", "An older " + model + ".", 2016);
        list("Kestrel", model, "PETROL", "A newer " + model + ".", 2022);
        waitForSearchToFind(model.toLowerCase(Locale.ROOT), 2);
        open("/?q=" + model.toLowerCase(Locale.ROOT));
        waitForResults(2);
        WebElement year = shown(By.xpath("//fieldset[legend='Year']//label[starts-with(normalize-space(.), '2016')]"));
        assertThat(year.getText()).isEqualTo("2016 (1)");

        year.click();

        waitForResults(1);
        assertThat(browser.getCurrentUrl()).contains("minYear=2016", "maxYear=2016");
        assertThat(browser.findElement(RESULT_LINKS).getAttribute("href")).endsWith("/vehicles/" + older);
        shown(By.xpath("//ul[@class='chips']//button[contains(., 'Year 2016')]"));
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void canUseGraphiqlUnderTheContentSecurityPolicy() {
        open("/graphiql");

        shown(By.cssSelector(".graphiql-container"));
        shown(By.cssSelector(".graphiql-query-editor .CodeMirror"));

        assertThat(consoleErrors()).noneMatch(message -> message.contains("Content Security Policy"));
    }

    /** Lists a diesel and a petrol car of a new model and searches for "model diesel"; returns the model's word. */
    private String searchForTheDieselOfTwoCars() {
        String model = uniqueModel();
        String word = model.toLowerCase(Locale.ROOT);
        list("Kestrel", model, "DIESEL", "A diesel " + model + ".");
        list("Kestrel", model, "PETROL", "A petrol " + model + ".");
        waitForSearchToFind(word, 2);
        open("/?q=" + word + "+diesel");
        waitForResults(1);
        return word;
    }
}
