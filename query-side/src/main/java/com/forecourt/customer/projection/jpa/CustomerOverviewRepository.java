package com.forecourt.customer.projection.jpa;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

/** Rows of the customer-overview projection. */
interface CustomerOverviewRepository extends JpaRepository<CustomerOverview, UUID> {
}
