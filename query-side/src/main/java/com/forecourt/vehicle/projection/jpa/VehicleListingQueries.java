package com.forecourt.vehicle.projection.jpa;

import com.forecourt.readmodel.ReadModelQueries;
import com.forecourt.vehicle.query.FindVehicle;
import com.forecourt.vehicle.query.FindVehiclePhotos;
import com.forecourt.vehicle.query.FoundVehiclePhotos;
import com.forecourt.vehicle.query.PhotoView;
import com.forecourt.vehicle.query.VehiclePhotos;
import com.forecourt.vehicle.query.FindVehicles;
import com.forecourt.vehicle.query.FoundVehicles;
import com.forecourt.vehicle.query.VehicleView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Answers the vehicle lookups and galleries from the vehicle-listing read model ({@link VehicleListingProjection}). */
@Component
@ReadModelQueries(VehicleListingProjection.NAME)
class VehicleListingQueries {

    private final VehicleListingRepository listings;
    private final VehicleListingPhotoRepository photos;

    VehicleListingQueries(VehicleListingRepository listings, VehicleListingPhotoRepository photos) {
        this.listings = listings;
        this.photos = photos;
    }

    @QueryHandler
    VehicleView handle(FindVehicle query) {
        return listings.findById(query.vin()).map(VehicleListing::toView).orElse(null);
    }

    /** One SQL query for any number of cars. */
    @QueryHandler
    FoundVehicles handle(FindVehicles query) {
        return new FoundVehicles(listings.findAllById(query.vins()).stream().map(VehicleListing::toView).toList());
    }

    /** One SQL query for the galleries of any number of cars; every VIN asked for gets one, empty without photos. */
    @QueryHandler
    FoundVehiclePhotos handle(FindVehiclePhotos query) {
        Map<String, List<PhotoView>> galleries = new LinkedHashMap<>();
        new LinkedHashSet<>(query.vins()).forEach(vin -> galleries.put(vin, new ArrayList<>()));
        if (!galleries.isEmpty()) {
            photos.findByVinInOrderByVinAscPositionAsc(galleries.keySet()).forEach(photo ->
                    galleries.computeIfAbsent(photo.vin(), vin -> new ArrayList<>()).add(photo.toView()));
        }
        return new FoundVehiclePhotos(galleries.entrySet().stream()
                .map(gallery -> new VehiclePhotos(gallery.getKey(), gallery.getValue()))
                .toList());
    }
}
