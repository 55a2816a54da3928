package com.forecourt.vehicle.api;

/** Why a car could not be reserved for an order. */
public enum VehicleUnavailableReason { RESERVED_FOR_ANOTHER_ORDER, SOLD, WITHDRAWN }
