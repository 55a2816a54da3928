package com.forecourt.testing;

import org.springframework.graphql.test.tester.GraphQlTester;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.forecourt.testing.TestOrders.aCustomer;
import static com.forecourt.testing.TestOrders.anOrder;
import static com.forecourt.testing.TestOrders.newId;
import static com.forecourt.testing.TestVehicles.listing;
import static com.forecourt.testing.TestVehicles.uniqueVin;

/** Sets up what an order needs through the staff GraphQL API: a customer, a car on sale, an open delivery day. */
public final class Shop {

    public static final String REGISTER = "mutation R($input: RegisterCustomerInput!) { registerCustomer(input: $input) }";
    public static final String LIST = "mutation L($input: ListVehicleInput!) { listVehicle(input: $input) }";
    public static final String OPEN = "mutation O($date: Date!, $capacity: Int!) { openDeliveryDay(date: $date, capacity: $capacity) }";
    public static final String PLACE = "mutation P($input: PlaceOrderInput!) { placeOrder(input: $input) }";

    private final GraphQlTester staff;

    public Shop(GraphQlTester staff) {
        this.staff = staff;
    }

    public String customer(int creditLimitPence) {
        String id = newId();
        staff.document(REGISTER).variable("input", aCustomer(id, creditLimitPence)).execute()
                .path("registerCustomer").entity(String.class).isEqualTo(id);
        return id;
    }

    public String vehicle(String make, String model, int pricePence) {
        String vin = uniqueVin();
        staff.document(LIST).variable("input", listing(vin, make, model, null, pricePence, "Test car " + vin,
                List.of())).execute().path("listVehicle").entity(String.class).isEqualTo(vin);
        return vin;
    }

    public LocalDate deliveryDay(int capacity) {
        LocalDate date = TestOrders.uniqueDeliveryDate();
        staff.document(OPEN).variable("date", date.toString()).variable("capacity", capacity).execute()
                .path("openDeliveryDay").entity(String.class).isEqualTo(date.toString());
        return date;
    }

    public String order(String customerId, String vin, LocalDate date) {
        String id = newId();
        GraphQlTester.Response response = staff.document(PLACE)
                .variable("input", anOrder(id, customerId, vin, date)).execute();
        response.path("placeOrder").entity(String.class).isEqualTo(id);
        return id;
    }

    /** Raw access for tests that look at errors. */
    public GraphQlTester.Response execute(String document, Map<String, Object> variables) {
        GraphQlTester.Request<?> request = staff.document(document);
        variables.forEach(request::variable);
        return request.execute();
    }
}
