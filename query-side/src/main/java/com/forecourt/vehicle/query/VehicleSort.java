package com.forecourt.vehicle.query;

/** The orders a buyer can sort search results in. */
public enum VehicleSort { RELEVANCE, PRICE_ASC, PRICE_DESC, YEAR_DESC, MILEAGE_ASC, NEWEST }
