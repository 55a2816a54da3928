package com.forecourt.queryside.web;

import com.forecourt.photo.web.PhotoUrls;
import com.forecourt.storefront.web.StorefrontSignIn;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Registers {@link SecurityHeaders} before every other filter (Spring Security's chains included), with the policy
 * computed from the storefront's page as served.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeadersConfiguration {

    /** The page whose inline script (the import map) the policy allows. */
    static final String STOREFRONT_PAGE = "static/index.html";

    /**
     * The policy; the storefront may also reach an external sign-in provider ({@code forecourt.storefront.oidc.authority})
     * and show car photos from a CDN ({@code forecourt.photos.base-url}).
     */
    @Bean
    ContentSecurityPolicy contentSecurityPolicy(StorefrontSignIn signIn, PhotoUrls photos) {
        String provider = signIn.authorityOrigin();
        return ContentSecurityPolicy.strict(List.of(read(STOREFRONT_PAGE)),
                provider == null ? List.of() : List.of(provider), photos.origin().stream().toList());
    }

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(ContentSecurityPolicy policy) {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders(policy));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        // error pages are answered on an ERROR dispatch of their own, and may replace the headers
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD,
                DispatcherType.ASYNC);
        return registration;
    }

    private static String read(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The storefront page " + resource + " is missing from the application", e);
        }
    }
}
