package com.forecourt.vehicle.query;

/** A facet of the catalogue search: counts per value of one attribute, under every filter but its own. */
public enum VehicleFacet { MAKE, FUEL_TYPE, BODY_TYPE, TRANSMISSION, COLOUR, YEAR, PRICE, MILEAGE }
