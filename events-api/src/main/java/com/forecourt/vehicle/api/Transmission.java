package com.forecourt.vehicle.api;

/** How a vehicle changes gear. */
public enum Transmission { MANUAL, AUTOMATIC }
