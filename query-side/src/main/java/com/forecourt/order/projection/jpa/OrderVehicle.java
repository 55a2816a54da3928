package com.forecourt.order.projection.jpa;

import com.forecourt.readmodel.jpa.SequencedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** This projection's own copy of what it shows about a car, fed by vehicle events in the same group. */
@Entity
@Table(name = "order_details_vehicle")
class OrderVehicle extends SequencedRow<String> {

    @Id
    private String vin;

    @Override
    public String getId() {
        return vin;
    }
    private String make;
    private String model;
    @Column(name = "model_year")
    private int year;
    private long pricePence;

    protected OrderVehicle() {
        // for JPA
    }

    OrderVehicle(String vin, String make, String model, int year, long pricePence, long sequence) {
        this.vin = vin;
        this.make = make;
        this.model = model;
        this.year = year;
        this.pricePence = pricePence;
        startAt(sequence);
    }

    boolean repriced(long price, long sequence) {
        if (!advanceTo(sequence)) {
            return false;
        }
        pricePence = price;
        return true;
    }

    String vin() {
        return vin;
    }

    String make() {
        return make;
    }

    String model() {
        return model;
    }

    int year() {
        return year;
    }

    long pricePence() {
        return pricePence;
    }
}
