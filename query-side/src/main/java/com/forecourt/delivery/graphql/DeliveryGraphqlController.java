package com.forecourt.delivery.graphql;

import com.forecourt.delivery.api.OpenDeliveryDay;
import com.forecourt.delivery.query.AvailableDeliveryDate;
import com.forecourt.delivery.query.AvailableDeliveryDates;
import com.forecourt.delivery.query.DeliveryDayView;
import com.forecourt.delivery.query.FindAvailableDeliveryDates;
import com.forecourt.delivery.query.DeliverySchedule;
import com.forecourt.delivery.query.FindDeliverySchedule;
import com.forecourt.order.query.FindOrdersById;
import com.forecourt.order.query.FoundOrders;
import com.forecourt.order.query.OrderView;
import com.forecourt.queryside.graphql.InvalidInputException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The delivery schedule, opening delivery days, and the days buyers may choose. */
@Controller
class DeliveryGraphqlController {

    static final int MAX_DAYS = 366;
    static final int MAX_AVAILABLE_DAYS = 60;

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Clock clock;

    DeliveryGraphqlController(QueryGateway queries, CommandGateway commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    @QueryMapping
    CompletableFuture<List<DeliveryDayView>> deliverySchedule(@Argument LocalDate from, @Argument LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("to must be from 0 to " + (MAX_DAYS - 1) + " days after from");
        }
        return queries.query(new FindDeliverySchedule(from, to), ResponseTypes.instanceOf(DeliverySchedule.class))
                .thenApply(DeliverySchedule::days);
    }

    /**
     * Days a buyer can choose at checkout: free slots only, from today (UTC) on, at most {@value #MAX_AVAILABLE_DAYS}
     * days; no order and no other customer's data is read out.
     */
    @QueryMapping
    CompletableFuture<List<AvailableDeliveryDate>> availableDeliveryDates(@Argument LocalDate from, @Argument LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_AVAILABLE_DAYS) {
            throw new InvalidInputException("to must be from 0 to " + (MAX_AVAILABLE_DAYS - 1) + " days after from");
        }
        LocalDate today = LocalDate.now(clock);
        if (to.isBefore(today)) {
            return CompletableFuture.completedFuture(List.of());
        }
        LocalDate start = from.isBefore(today) ? today : from;
        return queries.query(new FindAvailableDeliveryDates(start, to),
                ResponseTypes.instanceOf(AvailableDeliveryDates.class)).thenApply(AvailableDeliveryDates::days);
    }

    @MutationMapping
    CompletableFuture<LocalDate> openDeliveryDay(@Argument LocalDate date, @Argument int capacity) {
        return commands.send(new OpenDeliveryDay(date, capacity)).thenApply(result -> date);
    }

    /** One query for the orders of all days in the response. */
    @BatchMapping(typeName = "DeliveryDay", field = "orders")
    Mono<Map<DeliveryDayView, List<OrderView>>> orders(List<DeliveryDayView> days) {
        List<UUID> ids = days.stream().flatMap(day -> day.orderIds().stream()).distinct().toList();
        if (ids.isEmpty()) {
            Map<DeliveryDayView, List<OrderView>> none = new HashMap<>();
            days.forEach(day -> none.put(day, List.of()));
            return Mono.just(none);
        }
        return Mono.fromFuture(() -> queries.query(new FindOrdersById(ids),
                        ResponseTypes.instanceOf(FoundOrders.class)).thenApply(FoundOrders::orders))
                .map(orders -> {
                    Map<UUID, OrderView> byId = orders.stream()
                            .collect(Collectors.toMap(OrderView::id, Function.identity(), (a, b) -> a));
                    Map<DeliveryDayView, List<OrderView>> joined = new HashMap<>();
                    days.forEach(day -> joined.put(day, day.orderIds().stream().map(byId::get)
                            .filter(Objects::nonNull).toList()));
                    return joined;
                });
    }
}
