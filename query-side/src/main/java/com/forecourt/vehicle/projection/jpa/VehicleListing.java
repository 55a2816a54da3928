package com.forecourt.vehicle.projection.jpa;

import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.Transmission;
import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.query.VehicleStatus;
import com.forecourt.vehicle.query.VehicleView;
import com.forecourt.readmodel.jpa.SequencedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One row per car in the inventory overview. */
@Entity
@Table(name = "vehicle_listing")
class VehicleListing extends SequencedRow<String> {

    @Id
    private String vin;

    @Override
    public String getId() {
        return vin;
    }
    private String make;
    private String model;
    private String variant;
    @Column(name = "model_year")
    private int year;
    private int mileage;
    @Enumerated(EnumType.STRING)
    private FuelType fuelType;
    @Enumerated(EnumType.STRING)
    private Transmission transmission;
    private String bodyType;
    private String colour;
    private long pricePence;
    private String description;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> features = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    private VehicleStatus status;
    private Instant listedAt;
    /** The order the car is held for while RESERVED or SOLD, else null. */
    private UUID reservedOrderId;
    /** Why staff withdrew the car, when WITHDRAWN. */
    private String withdrawalReason;

    protected VehicleListing() {
        // for JPA
    }

    static VehicleListing listed(VehicleListed event, long sequence) {
        VehicleListing row = new VehicleListing();
        row.vin = event.vin();
        row.make = event.make();
        row.model = event.model();
        row.variant = event.variant();
        row.year = event.year();
        row.mileage = event.mileage();
        row.fuelType = event.fuelType();
        row.transmission = event.transmission();
        row.bodyType = event.bodyType();
        row.colour = event.colour();
        row.pricePence = event.pricePence();
        row.description = event.description();
        row.features = new ArrayList<>(event.features());
        row.status = VehicleStatus.AVAILABLE;
        row.listedAt = event.listedAt();
        row.startAt(sequence);
        return row;
    }

    /**
     * Applies a change made by the event with this aggregate sequence number, unless that event (or a later one)
     * was applied before.
     *
     * @return whether the row changed
     */
    boolean apply(long sequence, java.util.function.Consumer<VehicleListing> change) {
        if (!advanceTo(sequence)) {
            return false;
        }
        change.accept(this);
        return true;
    }

    void price(long newPricePence) {
        this.pricePence = newPricePence;
    }

    void description(String newDescription) {
        this.description = newDescription;
    }

    void withdrawn(String reason) {
        this.status = VehicleStatus.WITHDRAWN;
        this.withdrawalReason = reason;
        this.reservedOrderId = null;
    }

    void reservedFor(UUID orderId) {
        this.status = VehicleStatus.RESERVED;
        this.reservedOrderId = orderId;
    }

    void released() {
        this.status = VehicleStatus.AVAILABLE;
        this.reservedOrderId = null;
    }

    void soldTo(UUID orderId, long soldPricePence) {
        this.status = VehicleStatus.SOLD;
        this.reservedOrderId = orderId;
        this.pricePence = soldPricePence;
    }


    UUID reservedOrderId() {
        return reservedOrderId;
    }

    VehicleView toView() {
        return new VehicleView(vin, make, model, variant, year, mileage, fuelType, transmission, bodyType, colour,
                pricePence, description, List.copyOf(features), status, listedAt);
    }
}
