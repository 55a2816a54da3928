/** The Vehicle context's public language: its commands, events and value types. */
package com.forecourt.vehicle.api;
