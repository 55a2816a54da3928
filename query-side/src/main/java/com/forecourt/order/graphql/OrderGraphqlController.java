package com.forecourt.order.graphql;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import com.forecourt.customer.query.CustomerView;
import com.forecourt.customer.query.FindCustomers;
import com.forecourt.customer.query.FoundCustomers;
import com.forecourt.order.api.CancelOrder;
import com.forecourt.order.api.MarkOrderDelivered;
import com.forecourt.order.api.OrderStatus;
import com.forecourt.order.api.PlaceOrder;
import com.forecourt.order.query.FindOrder;
import com.forecourt.order.query.FindOrders;
import com.forecourt.order.query.OrderFilter;
import com.forecourt.order.query.OrderPage;
import com.forecourt.order.query.OrderStatusChange;
import com.forecourt.order.query.OrderView;
import com.forecourt.order.query.WatchOrder;
import com.forecourt.queryside.graphql.InvalidInputException;
import com.forecourt.queryside.graphql.Paging;
import com.forecourt.queryside.security.Caller;
import com.forecourt.queryside.security.Role;
import graphql.GraphQLContext;
import com.forecourt.vehicle.api.Vin;
import com.forecourt.vehicle.query.FindVehicles;
import com.forecourt.vehicle.query.FoundVehicles;
import com.forecourt.vehicle.query.VehicleView;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Order screens and order commands. Nested customers and cars are batch-loaded for all orders of a response at
 * once; the status subscription is an Axon subscription query fed by the order-details projection. Fields declared
 * {@code @owner} check here that a buyer's order is their own ({@link Caller}).
 */
@Controller
class OrderGraphqlController {

    private static final String THIS_ORDER = "this order";

    private final QueryGateway queries;
    private final CommandGateway commands;

    OrderGraphqlController(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /** The GraphQL {@code OrderFilter}. */
    record OrderFilterInput(List<OrderStatus> status, UUID customerId, String vin, LocalDate deliveryFrom,
                            LocalDate deliveryTo) {
    }

    /** The GraphQL {@code PlaceOrderInput}. */
    record PlaceOrderInput(UUID id, UUID customerId, String vin, LocalDate deliveryDate) {
    }

    /** Staff see any order; a buyer their own (declared {@code @owner}: checked here, before the order is returned). */
    @QueryMapping
    CompletableFuture<OrderView> order(@Argument UUID id, GraphQLContext context) {
        Caller caller = Caller.of(context);
        return queries.query(new FindOrder(id), ResponseTypes.instanceOf(OrderView.class))
                .thenApply(order -> {
                    if (order != null) {
                        caller.requireAccessTo(order.customerId(), THIS_ORDER);
                    }
                    return order;
                });
    }

    @QueryMapping
    CompletableFuture<OrderConnection> orders(@Argument OrderFilterInput filter, @Argument Integer first,
                                              @Argument String after) {
        OrderFilter orderFilter = filter == null ? OrderFilter.none() : new OrderFilter(filter.status(),
                filter.customerId(),
                filter.vin() == null ? null : Vin.require(filter.vin()), filter.deliveryFrom(), filter.deliveryTo());
        return page(orderFilter, first, after);
    }

    @SchemaMapping(typeName = "Customer", field = "orders")
    CompletableFuture<OrderConnection> customerOrders(CustomerView customer, @Argument Integer first,
                                                      @Argument String after) {
        return page(new OrderFilter(null, customer.id(), null, null, null), first, after);
    }

    private CompletableFuture<OrderConnection> page(OrderFilter filter, Integer first, String after) {
        int limit = Paging.pageSize(first);
        if (filter.deliveryFrom() != null && filter.deliveryTo() != null
                && filter.deliveryTo().isBefore(filter.deliveryFrom())) {
            throw new InvalidInputException("deliveryTo must not be before deliveryFrom");
        }
        return queries.query(new FindOrders(filter, OrderCursor.decode(after), limit),
                ResponseTypes.instanceOf(OrderPage.class)).thenApply(OrderConnection::of);
    }

    /**
     * Staff place orders for the customer they name; a buyer for themselves: their customer id comes from the
     * token, and naming another customer is FORBIDDEN before any command is sent.
     */
    @MutationMapping
    CompletableFuture<String> placeOrder(@Argument PlaceOrderInput input, GraphQLContext context) {
        Caller caller = Caller.of(context);
        UUID customerId;
        if (caller.has(Role.STAFF)) {
            if (input.customerId() == null) {
                throw new InvalidInputException("input.customerId is required when staff place an order");
            }
            customerId = input.customerId();
        } else {
            customerId = caller.ownCustomerId("Mutation.placeOrder");
            if (input.customerId() != null) {
                caller.requireAccessTo(input.customerId(), "orders of this customer");
            }
        }
        PlaceOrder command = new PlaceOrder(input.id(), customerId, input.vin(),
                input.deliveryDate());
        return commands.send(command).thenApply(result -> command.orderId().toString());
    }

    /**
     * Staff cancel any order; a buyer their own, which is looked up in the order read model first: an order it does
     * not know (yet) is ORDER_NOT_FOUND, another customer's FORBIDDEN, and either way no command is sent.
     */
    @MutationMapping
    CompletableFuture<String> cancelOrder(@Argument UUID orderId, @Argument String reason, GraphQLContext context) {
        Caller caller = Caller.of(context);
        CancelOrder command = new CancelOrder(orderId, reason);
        if (caller.has(Role.STAFF)) {
            return commands.send(command).thenApply(result -> command.orderId().toString());
        }
        return queries.query(new FindOrder(command.orderId()), ResponseTypes.instanceOf(OrderView.class))
                .thenCompose(order -> {
                    if (order == null) {
                        throw new CommandRejectedException(ErrorCode.ORDER_NOT_FOUND,
                                "Order " + command.orderId() + " was not found");
                    }
                    caller.requireAccessTo(order.customerId(), THIS_ORDER);
                    return commands.send(command);
                })
                .thenApply(result -> command.orderId().toString());
    }

    @MutationMapping
    CompletableFuture<String> markOrderDelivered(@Argument UUID orderId) {
        MarkOrderDelivered command = new MarkOrderDelivered(orderId);
        return commands.send(command).thenApply(result -> command.orderId().toString());
    }

    /**
     * Pushes the order after every status change, starting with its current state if the read model knows it,
     * and completes after a final status. Nothing polls: the projector emits on Axon's query update emitter.
     */
    @SubscriptionMapping
    Flux<OrderView> orderStatusChanged(@Argument UUID orderId, GraphQLContext context) {
        UUID id = orderId;
        Caller caller = Caller.of(context);
        return Flux.defer(() -> {
            SubscriptionQueryResult<OrderView, OrderView> result = queries.subscriptionQuery(new WatchOrder(id),
                    ResponseTypes.instanceOf(OrderView.class), ResponseTypes.instanceOf(OrderView.class));
            // a buyer's stream is checked on every element, before it is sent: the order may reach the read model
            // only after the subscription starts, so there may be nothing to check up front
            return result.initialResult().concatWith(result.updates())
                    .doOnNext(order -> caller.requireAccessTo(order.customerId(), THIS_ORDER))
                    .distinctUntilChanged(order -> order.timeline().size())
                    .takeUntil(OrderView::isFinal)
                    .doFinally(signal -> result.cancel());
        });
    }

    /** One query for the customers of all orders in the response. */
    @BatchMapping(typeName = "Order", field = "customer")
    Mono<Map<OrderView, CustomerView>> customer(List<OrderView> orders) {
        List<UUID> ids = List.copyOf(orders.stream().map(OrderView::customerId)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        return Mono.fromFuture(() -> queries.query(new FindCustomers(ids),
                        ResponseTypes.instanceOf(FoundCustomers.class)).thenApply(FoundCustomers::customers))
                .map(customers -> join(orders, customers, CustomerView::id, OrderView::customerId));
    }

    /** One query for the cars of all orders in the response. */
    @BatchMapping(typeName = "Order", field = "vehicle")
    Mono<Map<OrderView, VehicleView>> vehicle(List<OrderView> orders) {
        List<String> vins = List.copyOf(orders.stream().map(OrderView::vin)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        return Mono.fromFuture(() -> queries.query(new FindVehicles(vins),
                        ResponseTypes.instanceOf(FoundVehicles.class)).thenApply(FoundVehicles::vehicles))
                .map(vehicles -> join(orders, vehicles, VehicleView::vin, OrderView::vin));
    }

    private static <K, V> Map<OrderView, V> join(List<OrderView> orders, List<V> values, Function<V, K> key,
                                                 Function<OrderView, K> reference) {
        Map<K, V> byKey = values.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
        Map<OrderView, V> joined = new HashMap<>();
        orders.forEach(order -> {
            V value = byKey.get(reference.apply(order));
            if (value != null) {
                joined.put(order, value);
            }
        });
        return joined;
    }

    @SchemaMapping(typeName = "Order", field = "id")
    String id(OrderView order) {
        return order.id().toString();
    }

    @SchemaMapping(typeName = "Order", field = "placedAt")
    OffsetDateTime placedAt(OrderView order) {
        return order.placedAt().atOffset(ZoneOffset.UTC);
    }

    @SchemaMapping(typeName = "OrderStatusChange", field = "at")
    OffsetDateTime at(OrderStatusChange change) {
        return change.at().atOffset(ZoneOffset.UTC);
    }
}
