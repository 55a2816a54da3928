package com.forecourt.vehicle.upcasting;

import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * The Vehicle events' upcasters, as beans: the JDBC event storage engine ({@code PostgresStorageConfiguration})
 * and, with Axon Server, Axon's configurer chain every {@code EventUpcaster} bean in order. Upcasters of one event
 * are ordered by the revision they read, so that 1→2 runs before 2→3.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class VehicleUpcastingConfiguration {

    @Bean
    @Order(1)
    VehicleListedUpcaster vehicleListedUpcaster() {
        return new VehicleListedUpcaster();
    }
}
