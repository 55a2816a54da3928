package com.forecourt.queryside.graphql;

import com.forecourt.common.input.Identifiers;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

import java.util.UUID;

/**
 * Customer and order ids are {@code ID} arguments and input fields in the schema, which existing clients declare as
 * {@code $id: ID!}, and {@link UUID}s in the controllers, which parse nothing: the argument binder converts them, and
 * only from the standard 8-4-4-4-12 form ({@link Identifiers}). Spring's own conversion would also take a shortened
 * {@code 1-1-1-1-1} and silently turn it into another id. A refused id is BAD_USER_INPUT.
 */
@Configuration(proxyBeanMethods = false)
class StrictIdArguments {

    @Bean
    static BeanPostProcessor strictIdArgumentBinding() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof AnnotatedControllerConfigurer controllers) {
                    controllers.configureBinder(options -> options.conversionService(conversions()));
                }
                return bean;
            }
        };
    }

    /** Boot's conversions, with UUIDs read strictly. */
    static ConversionService conversions() {
        return new StrictUuids(ApplicationConversionService.getSharedInstance());
    }

    /**
     * Reads text as a UUID through {@link Identifiers#uuid}, whose refusal travels to the client as it is. It is not
     * a converter registered on a conversion service on purpose: Spring's type conversion treats a converter's failure
     * as "try the default property editor next", which for UUIDs is the lenient {@link UUID#fromString}.
     */
    private record StrictUuids(ConversionService delegate) implements ConversionService {

        @Override
        public boolean canConvert(Class<?> sourceType, Class<?> targetType) {
            return delegate.canConvert(sourceType, targetType);
        }

        @Override
        public boolean canConvert(TypeDescriptor sourceType, TypeDescriptor targetType) {
            return delegate.canConvert(sourceType, targetType);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T convert(Object source, Class<T> targetType) {
            return (T) convert(source, TypeDescriptor.forObject(source), TypeDescriptor.valueOf(targetType));
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source instanceof String text && targetType.getType() == UUID.class) {
                return Identifiers.uuid("An id", text);
            }
            return delegate.convert(source, sourceType, targetType);
        }
    }
}
