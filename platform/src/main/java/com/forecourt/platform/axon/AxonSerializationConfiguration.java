package com.forecourt.platform.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The Jackson 2 mapper Axon serializes messages, events, tokens and sagas with.
 *
 * <p>Axon 4 is built on Jackson 2 while Spring Boot 4 uses Jackson 3, so this mapper is Axon's own and is
 * registered under the bean name Axon looks up first. Unknown properties are ignored so that a consumer on an
 * older schema keeps reading events a newer producer added fields to; see docs/adr.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class AxonSerializationConfiguration {

    /** The bean name {@code AxonAutoConfiguration} prefers when it builds its Jackson serializers. */
    public static final String AXON_OBJECT_MAPPER = "defaultAxonObjectMapper";

    @Bean(AXON_OBJECT_MAPPER)
    ObjectMapper defaultAxonObjectMapper() {
        return axonObjectMapper();
    }

    /** A fresh mapper with Forecourt's settings, for code that must read or write events outside Axon. */
    public static ObjectMapper axonObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new ParameterNamesModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }
}
