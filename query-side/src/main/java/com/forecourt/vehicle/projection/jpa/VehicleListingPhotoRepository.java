package com.forecourt.vehicle.projection.jpa;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

/** The photos of the vehicle-listing read model. */
interface VehicleListingPhotoRepository extends JpaRepository<VehicleListingPhoto, String> {

    /** One car's gallery, in order. */
    List<VehicleListingPhoto> findByVinOrderByPosition(String vin);

    /** The galleries of many cars in one query, each in order. */
    List<VehicleListingPhoto> findByVinInOrderByVinAscPositionAsc(Collection<String> vins);
}
