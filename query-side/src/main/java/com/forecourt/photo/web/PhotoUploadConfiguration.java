package com.forecourt.photo.web;

import com.forecourt.photo.store.PhotoProperties;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Multipart requests, which only the photo upload takes: Tomcat refuses a body over
 * {@code forecourt.photos.max-upload-size} (by its declared length before reading it, else as it reads), and the
 * body is parsed only when the upload's handler asks for its part (lazily), after the security rules have refused
 * anonymous and unauthorised callers, and inside the handler, whose error handling turns a refusal into
 * PHOTO_TOO_LARGE. Replaces Spring Boot's {@code spring.servlet.multipart.*} defaults (1 MB per file).
 */
@Configuration(proxyBeanMethods = false)
class PhotoUploadConfiguration {

    /** Room for the multipart boundaries and part headers around the file. */
    private static final long FORM_OVERHEAD_BYTES = 64 * 1024;
    /** Parts up to this size stay in memory; larger ones go to a temporary file until read. */
    private static final int IN_MEMORY_BYTES = 1024 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(PhotoProperties properties) {
        long maxUpload = properties.maxUploadSize().toBytes();
        return new MultipartConfigElement("", maxUpload, maxUpload + FORM_OVERHEAD_BYTES, IN_MEMORY_BYTES);
    }

    @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    StandardServletMultipartResolver multipartResolver() {
        StandardServletMultipartResolver resolver = new StandardServletMultipartResolver();
        resolver.setResolveLazily(true);
        return resolver;
    }
}
