package com.forecourt.vehicle.projection.jpa;

import com.forecourt.readmodel.jpa.ReadModelRow;
import com.forecourt.vehicle.api.PhotoFile;
import com.forecourt.vehicle.api.VehiclePhotoAttached;
import com.forecourt.vehicle.query.PhotoView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One photo of a car in the vehicle-listing read model, at its place in the car's gallery. */
@Entity
@Table(name = "vehicle_listing_photo")
class VehicleListingPhoto extends ReadModelRow<String> {

    /** "vin/photoId": a car has a photo once. */
    @Id
    private String id;

    @Override
    public String getId() {
        return id;
    }

    private String vin;
    private String photoId;
    /** 0-based place in the gallery; 0 is the cover. */
    private int position;
    private String contentType;
    private int width;
    private int height;
    private long sizeBytes;
    private String thumbnailId;
    private String thumbnailContentType;
    private int thumbnailWidth;
    private int thumbnailHeight;
    private long thumbnailSizeBytes;
    @Column(name = "attached_at")
    private Instant attachedAt;

    protected VehicleListingPhoto() {
        // for JPA
    }

    VehicleListingPhoto(VehiclePhotoAttached event, int position) {
        PhotoFile photo = event.photo();
        PhotoFile thumbnail = event.thumbnail();
        this.id = event.vin() + "/" + photo.id();
        this.vin = event.vin();
        this.photoId = photo.id();
        this.position = position;
        this.contentType = photo.contentType();
        this.width = photo.width();
        this.height = photo.height();
        this.sizeBytes = photo.sizeBytes();
        this.thumbnailId = thumbnail.id();
        this.thumbnailContentType = thumbnail.contentType();
        this.thumbnailWidth = thumbnail.width();
        this.thumbnailHeight = thumbnail.height();
        this.thumbnailSizeBytes = thumbnail.sizeBytes();
        this.attachedAt = event.attachedAt();
    }

    String vin() {
        return vin;
    }

    String photoId() {
        return photoId;
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    PhotoView toView() {
        return new PhotoView(photoId, contentType, width, height, sizeBytes, thumbnailId, thumbnailWidth,
                thumbnailHeight);
    }
}
