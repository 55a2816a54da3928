package com.forecourt.vehicle.api;

/** What a vehicle runs on. */
public enum FuelType { PETROL, DIESEL, HYBRID, ELECTRIC }
