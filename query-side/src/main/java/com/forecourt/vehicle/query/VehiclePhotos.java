package com.forecourt.vehicle.query;

import java.util.List;

/** A car's gallery: its photos in display order, the cover first; empty when it has none. */
public record VehiclePhotos(String vin, List<PhotoView> photos) {

    public VehiclePhotos {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
