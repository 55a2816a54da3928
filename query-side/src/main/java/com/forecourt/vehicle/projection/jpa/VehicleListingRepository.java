package com.forecourt.vehicle.projection.jpa;

import org.springframework.data.jpa.repository.JpaRepository;

interface VehicleListingRepository extends JpaRepository<VehicleListing, String> {
}
