package com.forecourt.vehicle.query;

/** Where a car stands in the shop, as the read models see it. */
public enum VehicleStatus { AVAILABLE, RESERVED, SOLD, WITHDRAWN }
