package com.forecourt.storefront.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /app/config.json}: what the page needs to know of its deployment before it signs anyone in, as
 * {@code {"authority": "https://…" or null for this application, "clientId": "storefront"}}.
 */
@RestController
@EnableConfigurationProperties(StorefrontSignIn.class)
class StorefrontConfiguration {

    private final StorefrontSignIn signIn;

    StorefrontConfiguration(StorefrontSignIn signIn) {
        this.signIn = signIn;
    }

    @GetMapping("/app/config.json")
    ResponseEntity<Map<String, Object>> config() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("authority", signIn.getAuthority() == null ? null : signIn.getAuthority().toString());
        config.put("clientId", signIn.getClientId());
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(config);
    }
}
