package com.forecourt.order.projection.jpa;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Timeline entries of the order-details projection. */
interface OrderTimelineRepository extends JpaRepository<OrderTimelineEntry, String> {

    /** The timelines of many orders in one query. */
    List<OrderTimelineEntry> findByOrderIdInOrderByChangedAtAscSequenceAsc(Collection<UUID> orderIds);
}
