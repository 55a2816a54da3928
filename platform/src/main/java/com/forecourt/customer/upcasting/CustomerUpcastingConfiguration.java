package com.forecourt.customer.upcasting;

import com.forecourt.customer.api.CustomerAddressChanged;
import com.forecourt.customer.api.CustomerRegistered;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * The Customer events' upcasters, as beans, ordered by the revision they read (see
 * {@code VehicleUpcastingConfiguration}).
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class CustomerUpcastingConfiguration {

    @Bean
    @Order(1)
    AddressRevision2Upcaster customerRegisteredUpcaster() {
        return new AddressRevision2Upcaster(CustomerRegistered.class.getName());
    }

    @Bean
    @Order(1)
    AddressRevision2Upcaster customerAddressChangedUpcaster() {
        return new AddressRevision2Upcaster(CustomerAddressChanged.class.getName());
    }
}
