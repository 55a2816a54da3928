package com.forecourt.order.projection.jpa;

import com.forecourt.order.query.FindOrder;
import com.forecourt.order.query.FindOrders;
import com.forecourt.order.query.FindOrdersById;
import com.forecourt.order.query.FoundOrders;
import com.forecourt.order.query.OrderFilter;
import com.forecourt.order.query.OrderKey;
import com.forecourt.order.query.OrderPage;
import com.forecourt.order.query.OrderStatusChange;
import com.forecourt.order.query.OrderView;
import com.forecourt.order.query.WatchOrder;
import com.forecourt.readmodel.ReadModelQueries;
import com.forecourt.readmodel.jpa.ReadSnapshot;
import jakarta.persistence.criteria.Predicate;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers the order queries from the order-details tables. A page of any size costs the same few SQL queries: the
 * page, its count, and one query each for the timelines, customers and cars of all orders on it.
 */
@Component
@ReadModelQueries(OrderDetailsProjection.NAME)
class OrderDetailsQueries {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("placedAt"), Sort.Order.desc("orderId"));

    private final OrderDetailsRepository orders;
    private final OrderTimelineRepository timeline;
    private final OrderCustomerRepository customers;
    private final OrderVehicleRepository vehicles;
    /** An order's row, timeline and lookups are read in one snapshot. */
    private final ReadSnapshot snapshot;

    OrderDetailsQueries(OrderDetailsRepository orders, OrderTimelineRepository timeline,
                        OrderCustomerRepository customers, OrderVehicleRepository vehicles,
                        PlatformTransactionManager transactions) {
        this.snapshot = new ReadSnapshot(transactions);
        this.orders = orders;
        this.timeline = timeline;
        this.customers = customers;
        this.vehicles = vehicles;
    }

    @QueryHandler
    OrderView handle(FindOrder query) {
        return snapshot.read(() -> orders.findById(query.orderId()).map(this::view).orElse(null));
    }

    @QueryHandler
    OrderView handle(WatchOrder query) {
        return snapshot.read(() -> orders.findById(query.orderId()).map(this::view).orElse(null));
    }

    @QueryHandler
    FoundOrders handle(FindOrdersById query) {
        return snapshot.read(() -> new FoundOrders(views(orders.findAllById(query.orderIds()))));
    }

    @QueryHandler
    OrderPage handle(FindOrders query) {
        return snapshot.read(() -> page(query));
    }

    private OrderPage page(FindOrders query) {
        Specification<OrderDetails> matching = matching(query.filter());
        Specification<OrderDetails> page = query.after() == null ? matching : matching.and(after(query.after()));
        List<OrderDetails> rows = orders.findBy(page, q -> q.sortBy(NEWEST_FIRST).limit(query.limit() + 1).all());
        boolean hasNext = rows.size() > query.limit();
        List<OrderDetails> shown = hasNext ? rows.subList(0, query.limit()) : rows;
        long total = orders.count(matching);
        return new OrderPage(views(shown), total, hasNext);
    }

    /** The view of one row, with its timeline and lookups. */
    OrderView view(OrderDetails row) {
        return views(List.of(row)).get(0);
    }

    private List<OrderView> views(List<OrderDetails> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(OrderDetails::orderId).toList();
        Map<UUID, List<OrderStatusChange>> changes = new LinkedHashMap<>();
        timeline.findByOrderIdInOrderByChangedAtAscSequenceAsc(ids).forEach(entry ->
                changes.computeIfAbsent(entry.orderId(), id -> new ArrayList<>()).add(entry.toView()));
        Map<UUID, OrderCustomer> customersById = byId(customers.findAllById(distinct(rows, OrderDetails::customerId)),
                OrderCustomer::customerId);
        Map<String, OrderVehicle> vehiclesByVin = byId(vehicles.findAllById(distinct(rows, OrderDetails::vin)),
                OrderVehicle::vin);
        return rows.stream().map(row -> {
            OrderCustomer customer = customersById.get(row.customerId());
            OrderVehicle vehicle = vehiclesByVin.get(row.vin());
            return new OrderView(row.orderId(), row.status(), row.customerId(), row.vin(), row.pricePence(),
                    row.deliveryDate(), row.rejectionReason(), row.placedAt(),
                    List.copyOf(changes.getOrDefault(row.orderId(), List.of())),
                    customer == null ? null : customer.name(), customer == null ? null : customer.email(),
                    vehicle == null ? null : vehicle.make(), vehicle == null ? null : vehicle.model(),
                    vehicle == null ? null : vehicle.year(), vehicle == null ? null : vehicle.pricePence());
        }).toList();
    }

    private static <K> Collection<K> distinct(List<OrderDetails> rows, Function<OrderDetails, K> key) {
        return rows.stream().map(key).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <K, V> Map<K, V> byId(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
    }

    private static Specification<OrderDetails> matching(OrderFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!filter.status().isEmpty()) {
                predicates.add(root.get("status").in(filter.status()));
            }
            if (filter.customerId() != null) {
                predicates.add(cb.equal(root.get("customerId"), filter.customerId()));
            }
            if (filter.vin() != null) {
                predicates.add(cb.equal(root.get("vin"), filter.vin()));
            }
            if (filter.deliveryFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("deliveryDate"), filter.deliveryFrom()));
            }
            if (filter.deliveryTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("deliveryDate"), filter.deliveryTo()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** Orders after the key in newest-first order: placed earlier, or at the same time with a lower id. */
    private static Specification<OrderDetails> after(OrderKey key) {
        return (root, query, cb) -> cb.or(
                cb.lessThan(root.get("placedAt"), key.placedAt()),
                cb.and(cb.equal(root.get("placedAt"), key.placedAt()),
                        cb.lessThan(root.<UUID>get("orderId"), key.id())));
    }
}
