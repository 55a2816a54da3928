package com.forecourt.storefront;

import com.forecourt.testing.BrowserTestSupport;
import com.forecourt.testing.Buyers;
import com.forecourt.testing.Shop;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static com.forecourt.testing.TestVehicles.listing;
import static com.forecourt.testing.TestVehicles.uniqueVin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Buyers in Chromium: signing up and in through the embedded provider, checking out, following the order live,
 * losing a race for a car, cancelling, and only ever seeing their own orders.
 */
class BuyerJourneyIntegrationTest extends BrowserTestSupport {

    /** Days within the checkout's four weeks, one per test, from the 8th day on (other tests open days years ahead). */
    private static final AtomicInteger NEXT_DAY = new AtomicInteger(8);
    private static final By STATUS = By.id("order-status");

    private String car(String make, String model) {
        String vin = uniqueVin();
        staff().document(Shop.LIST).variable("input", listing(vin, make, model, "1.0 SE", 1_495_000,
                "A car to buy in the browser.", List.of("Bluetooth"))).execute()
                .path("listVehicle").entity(String.class).isEqualTo(vin);
        await().ignoreExceptions().atMost(Duration.ofSeconds(15)).untilAsserted(() -> graphql()
                .document("query V($vin: ID!) { vehicle(vin: $vin) { status } }").variable("vin", vin).execute()
                .path("vehicle.status").entity(String.class).isEqualTo("AVAILABLE"));
        return vin;
    }

    /** Opens a delivery day within the checkout's window, and waits until buyers are offered it. */
    private LocalDate deliveryDay() {
        while (true) {
            LocalDate date = LocalDate.now().plusDays(NEXT_DAY.getAndIncrement());
            assertThat(date).as("a free day within four weeks").isBefore(LocalDate.now().plusDays(28));
            GraphQlTester.Response response = staff().document(Shop.OPEN).variable("date", date.toString())
                    .variable("capacity", 20).execute();
            List<ResponseError> refused = new ArrayList<>();
            response.errors().satisfy(refused::addAll);
            if (!refused.isEmpty()) {
                continue; // opened by another test with another capacity
            }
            response.path("openDeliveryDay").entity(String.class).isEqualTo(date.toString());
            await().ignoreExceptions().atMost(Duration.ofSeconds(15)).untilAsserted(() -> graphql()
                    .document("query D($from: Date!, $to: Date!) { availableDeliveryDates(from: $from, to: $to) { date } }")
                    .variable("from", date.toString()).variable("to", date.toString()).execute()
                    .path("availableDeliveryDates[0].date").entity(String.class).isEqualTo(date.toString()));
            return date;
        }
    }

    /** A buyer made through the API (from a loopback address of their own), who signs in in the browser. */
    private Buyers.Buyer buyer() {
        Buyers.Buyer buyer = new Buyers(port).signUp();
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> bearer(new Buyers(port).signIn(buyer).accessToken())
                .document("{ me { id } }").execute().path("me.id").entity(String.class).isEqualTo(buyer.customerId()));
        return buyer;
    }

    private HttpGraphQlTester bearer(String token) {
        return HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port + "/graphql")
                .defaultHeader("Authorization", "Bearer " + token).responseTimeout(Duration.ofSeconds(30)).build());
    }

    /** On the provider's sign-in page: types the e-mail address and password and sends the form. */
    private void signInOnTheProvidersPage(ChromeDriver chrome, String email, String password) {
        waitIn(chrome)
                .until(driver -> driver.getCurrentUrl().endsWith("/login"));
        chrome.findElement(By.id("username")).sendKeys(email);
        chrome.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
    }

    /** Signs in from the header's "Sign in" and waits until the storefront shows the buyer signed in. */
    private void signIn(ChromeDriver chrome, Buyers.Buyer buyer) {
        chrome.findElement(By.xpath("//header//button[normalize-space(.)='Sign in']")).click();
        signInOnTheProvidersPage(chrome, buyer.email(), buyer.password());
        waitIn(chrome).until(driver ->
                !driver.findElements(By.xpath("//header//button[normalize-space(.)='Sign out']")).isEmpty());
    }

    private void choose(ChromeDriver chrome, LocalDate date) {
        waitIn(chrome).until(driver ->
                !driver.findElements(By.cssSelector("input[name=deliveryDate][value='" + date + "']")).isEmpty());
        chrome.findElement(By.cssSelector("input[name=deliveryDate][value='" + date + "']")).click();
    }

    private static void placeOrder(ChromeDriver chrome) {
        chrome.findElement(By.xpath("//button[starts-with(normalize-space(.), 'Place order')]")).click();
    }

    private String waitForOrderPage(ChromeDriver chrome) {
        waitIn(chrome)
                .until(driver -> driver.getCurrentUrl().matches(".*/orders/[0-9a-f-]{36}$"));
        String url = chrome.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static void waitForStatus(ChromeDriver chrome, String status) {
        waitIn(chrome).until(driver ->
                !driver.findElements(STATUS).isEmpty()
                        && status.equals(driver.findElement(STATUS).getAttribute("data-status")));
    }

    @Test
    void canSignUpSignInCheckOutAndWatchTheOrderConfirmWithoutReloading() {
        String vin = car("Ashby", "Tourer");
        LocalDate date = deliveryDay();
        String email = "ada." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String password = "correct horse battery staple";

        open("/vehicles/" + vin);
        shown(By.linkText("Buy this car")).click();
        shown(By.linkText("Create an account")).isDisplayed();
        browser.findElement(By.cssSelector("main a.button[href^='/signup']")).click();
        shown(By.id("signup-name")).sendKeys("Ada Lovelace");
        assertAccessible("the sign-up page");
        browser.findElement(By.id("signup-email")).sendKeys(email);
        browser.findElement(By.id("signup-password")).sendKeys(password);
        browser.findElement(By.id("signup-line1")).sendKeys("12 Engine Lane");
        browser.findElement(By.id("signup-town")).sendKeys("Manchester");
        browser.findElement(By.id("signup-postcode")).sendKeys("m1 1ae");
        browser.findElement(By.xpath("//button[normalize-space(.)='Create account']")).click();

        signInOnTheProvidersPage(browser, email, password);
        shownWithText(By.tagName("h1"), "Buy this car");
        assertThat(browser.getCurrentUrl()).isEqualTo(address("/checkout/" + vin));
        waitForText("12 Engine Lane, Manchester, M1 1AE");
        assertThat(browser.findElement(By.id("checkout-price")).getText()).isEqualTo("£14,950");
        assertThat(browser.findElement(By.id("checkout-credit")).getText()).isEqualTo("£50,000");
        choose(browser, date);
        assertAccessible("the checkout");
        placeOrder(browser);

        String orderId = waitForOrderPage(browser);
        script("window.stillTheSamePage = true;");
        waitForStatus(browser, "CONFIRMED");
        assertThat(script("return window.stillTheSamePage === true;")).isEqualTo(true);
        waitForText("Your order is confirmed.");
        assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText()).contains("Waiting for confirmation",
                "Confirmed");
        assertAccessible("the order page");
        assertThat(consoleErrors()).isEmpty();

        browser.findElement(By.linkText("All my orders")).click();
        shown(By.cssSelector("a[href='/orders/" + orderId + "']"));
        assertAccessible("my orders");
    }

    @Test
    void canSeeTheSecondBuyerOfACarRejectedWithTheReasonInWords() throws Exception {
        String vin = car("Ashby", "Racer");
        LocalDate date = deliveryDay();
        Buyers.Buyer first = buyer();
        Buyers.Buyer second = buyer();
        ChromeDriver other = startChromium(new Dimension(1280, 900));
        try {
            for (ChromeDriver chrome : List.of(browser, other)) {
                chrome.get(address("/checkout/" + vin));
            }
            signIn(browser, first);
            signIn(other, second);
            choose(browser, date);
            choose(other, date);

            placeOrder(browser);
            waitForOrderPage(browser);
            waitForStatus(browser, "CONFIRMED");
            placeOrder(other);
            waitForOrderPage(other);
            waitForStatus(other, "REJECTED");
            waitIn(other).until(driver -> driver.findElement(By.tagName("main")).getText()
                    .contains("£14,950"));

            assertThat(other.findElement(By.id("rejection-reason")).getText())
                    .isEqualTo("Another buyer reserved this car first, or it was taken off sale.");
            assertThat(other.findElement(By.cssSelector("main")).getText()).doesNotContain("VEHICLE_UNAVAILABLE", "{");
            screenshot(other, "BuyerJourneyIntegrationTest-rejected");
            assertThat(consoleErrors(other)).isEmpty();

            waitIn(other).until(driver ->
                    driver.findElement(By.cssSelector("main a[href='/vehicles/" + vin + "']"))).click();
            waitIn(other).until(driver -> driver.findElement(By.tagName("main")).getText()
                    .contains("This car is reserved for another buyer’s order."));
            assertThat(other.findElements(By.linkText("Buy this car"))).isEmpty();
        } finally {
            other.quit();
        }
    }

    @Test
    void cannotOpenAnotherBuyersOrderByItsAddress() {
        String vin = car("Ashby", "Private");
        LocalDate date = deliveryDay();
        Buyers.Buyer owner = buyer();
        Buyers.Buyer stranger = buyer();
        String orderId = UUID.randomUUID().toString();
        bearer(new Buyers(port).signIn(owner).accessToken()).document(Shop.PLACE)
                .variable("input", Map.of("id", orderId, "vin", vin, "deliveryDate", date.toString())).execute()
                .path("placeOrder").entity(String.class).isEqualTo(orderId);

        open("/");
        signIn(browser, stranger);
        open("/orders/" + orderId);

        waitForText("This order belongs to another account.");
        assertThat(browser.findElements(STATUS)).isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Ashby", vin, date.toString());
        assertAccessible("another buyer's order");
    }

    @Test
    void canCancelAnOrderWithAReason() {
        String vin = car("Ashby", "Regret");
        LocalDate date = deliveryDay();
        Buyers.Buyer buyer = buyer();
        String orderId = UUID.randomUUID().toString();
        bearer(new Buyers(port).signIn(buyer).accessToken()).document(Shop.PLACE)
                .variable("input", Map.of("id", orderId, "vin", vin, "deliveryDate", date.toString())).execute()
                .path("placeOrder").entity(String.class).isEqualTo(orderId);

        open("/");
        signIn(browser, buyer);
        browser.findElement(By.linkText("My orders")).click();
        shown(By.cssSelector("a[href='/orders/" + orderId + "']")).click();
        waitForStatus(browser, "CONFIRMED");
        shown(By.xpath("//summary[normalize-space(.)='Cancel this order']")).click();
        shown(By.id("cancel-reason")).sendKeys("Found one nearer home");
        browser.findElement(By.xpath("//button[normalize-space(.)='Cancel order']")).click();

        waitForStatus(browser, "CANCELLED");
        waitForText("Reason: Found one nearer home");
        assertThat(browser.findElements(By.id("cancel-reason"))).isEmpty();
        await().ignoreExceptions().atMost(Duration.ofSeconds(15)).untilAsserted(() -> graphql()
                .document("query V($vin: ID!) { vehicle(vin: $vin) { status } }").variable("vin", vin).execute()
                .path("vehicle.status").entity(String.class).isEqualTo("AVAILABLE"));
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void canCheckOutWithTheKeyboardAlone() {
        String vin = car("Ashby", "Keys");
        LocalDate date = deliveryDay();
        Buyers.Buyer buyer = buyer();

        open("/vehicles/" + vin);
        shown(By.linkText("Buy this car"));
        tabTo(By.linkText("Buy this car"));
        keys(Keys.ENTER);
        shownWithText(By.tagName("h1"), "Buy this car");
        tabTo(By.xpath("//main//button[normalize-space(.)='Sign in']"));
        keys(Keys.ENTER);
        until(driver -> driver.getCurrentUrl().endsWith("/login"));
        assertThat(focused().getAttribute("id")).isEqualTo("username");
        assertAccessible("the sign-in page");
        keys(buyer.email(), Keys.TAB, buyer.password(), Keys.ENTER);
        shown(By.cssSelector("input[name=deliveryDate][value='" + date + "']"));
        tabTo(By.cssSelector("input[name=deliveryDate]"));
        while (!date.toString().equals(focused().getAttribute("value"))) {
            keys(Keys.ARROW_DOWN);
        }
        keys(Keys.SPACE);
        assertThat(focused().isSelected()).isTrue();
        tabTo(By.xpath("//button[starts-with(normalize-space(.), 'Place order')]"));
        keys(Keys.ENTER);

        waitForOrderPage(browser);
        waitForStatus(browser, "CONFIRMED");
        assertThat(focused().getTagName()).isEqualTo("h1");
    }

    @Test
    void canSignOutAndMustGiveThePasswordToSignInAgain() {
        Buyers.Buyer buyer = buyer();
        open("/");
        signIn(browser, buyer);
        browser.findElement(By.linkText("My orders")).click();
        shownWithText(By.tagName("h1"), "My orders");

        browser.findElement(By.xpath("//header//button[normalize-space(.)='Sign out']")).click();
        shown(By.xpath("//header//button[normalize-space(.)='Sign in']"));
        assertThat(browser.findElements(By.linkText("My orders"))).isEmpty();
        open("/orders");
        waitForText("Sign in to see your orders.");
        browser.findElement(By.xpath("//main//button[normalize-space(.)='Sign in']")).click();

        until(driver -> driver.getCurrentUrl().endsWith("/login"));
        assertThat(browser.findElement(By.id("password")).getAttribute("value")).isEmpty();
        assertThat(consoleErrors()).isEmpty();
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Presses Tab until the element is focused; fails if it never is within 60 presses. */
    private void tabTo(By target) {
        WebElement wanted = shown(target);
        for (int presses = 0; presses < 60; presses++) {
            if (focused().equals(wanted)) {
                return;
            }
            keys(Keys.TAB);
        }
        assertThat(focused()).as("reachable with Tab: " + target).isEqualTo(wanted);
    }
}
