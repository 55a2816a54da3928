package com.forecourt.order.projection.search;

import com.forecourt.order.api.OrderPlaced;
import com.forecourt.order.projection.search.OrderSearchLookups.CustomerLookup;
import com.forecourt.order.projection.search.OrderSearchLookups.VehicleLookup;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An order's search document from placing to its end, without a store. */
class OrderDocumentTest {

    private static final UUID ORDER = UUID.fromString("7d4b2c1e-5f6a-4b3c-9d8e-1f2a3b4c5d6e");
    private static final UUID CUSTOMER = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    private static final Instant PLACED = Instant.parse("2061-03-04T10:00:00Z");
    private static final OrderPlaced PLACED_EVENT = new OrderPlaced(ORDER, CUSTOMER, "WVWZZZ1JZXW000001",
            LocalDate.of(2061, 3, 9), PLACED);

    private static OrderDocument placed() {
        return OrderDocument.placed(PLACED_EVENT, Optional.of(new CustomerLookup("Ada Lovelace", "ada@example.com")),
                Optional.of(new VehicleLookup("Volkswagen", "Golf", 2019, 1_450_000L)));
    }

    @Test
    void canPlaceAnOrderWithItsCustomerAndCarAsTheyWere() {
        OrderDocument document = placed();

        assertThat(document.status()).isEqualTo("PENDING");
        assertThat(document.customerName()).isEqualTo("Ada Lovelace");
        assertThat(document.make()).isEqualTo("Volkswagen");
        assertThat(document.year()).isEqualTo(2019);
        assertThat(document.listPricePence()).isEqualTo(1_450_000L);
        assertThat(document.pricePence()).isNull();
    }

    @Test
    void canPlaceAnOrderWhoseCustomerAndCarAreUnknownToTheLookups() {
        OrderDocument document = OrderDocument.placed(PLACED_EVENT, Optional.empty(), Optional.empty());

        assertThat(document.customerId()).isEqualTo(CUSTOMER.toString());
        assertThat(document.customerName()).isNull();
        assertThat(document.make()).isNull();
        assertThat(document.vin()).isEqualTo("WVWZZZ1JZXW000001");
    }

    @Test
    void canConfirmAndDeliverAnOrderKeepingWhatItKnewBefore() {
        OrderDocument delivered = placed()
                .confirmed(1_400_000L, LocalDate.of(2061, 3, 10), PLACED.plusSeconds(60))
                .delivered(PLACED.plusSeconds(90 * 60));

        assertThat(delivered.status()).isEqualTo("DELIVERED");
        assertThat(delivered.pricePence()).isEqualTo(1_400_000L);
        assertThat(delivered.deliveryDate()).isEqualTo(LocalDate.of(2061, 3, 10));
        assertThat(delivered.confirmedAt()).isEqualTo(PLACED.plusSeconds(60));
        assertThat(delivered.minutesToDelivery()).isEqualTo(90);
        assertThat(delivered.customerEmail()).isEqualTo("ada@example.com");
    }

    @Test
    void canRejectAnOrderWithItsReasonAndTime() {
        OrderDocument rejected = placed().rejected("CREDIT_LIMIT_EXCEEDED", PLACED.plusSeconds(5));

        assertThat(rejected.status()).isEqualTo("REJECTED");
        assertThat(rejected.rejectionReason()).isEqualTo("CREDIT_LIMIT_EXCEEDED");
        assertThat(rejected.rejectedAt()).isEqualTo(PLACED.plusSeconds(5));
        assertThat(rejected.placedAt()).isEqualTo(PLACED);
    }

    @Test
    void canCancelAnOrderWithItsReasonAndTime() {
        OrderDocument cancelled = placed().cancelled("Changed my mind", PLACED.plusSeconds(7));

        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(cancelled.cancellationReason()).isEqualTo("Changed my mind");
        assertThat(cancelled.cancelledAt()).isEqualTo(PLACED.plusSeconds(7));
    }
}
