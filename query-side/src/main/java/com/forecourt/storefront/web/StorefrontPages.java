package com.forecourt.storefront.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.nio.charset.StandardCharsets;

/**
 * The storefront is one page ({@code static/index.html}) whose modules draw each screen from the address. Every
 * address a buyer can bookmark, share or reload answers that page; the browser then shows the screen. Paths of
 * the page's own assets ({@code /app/…}, {@code /vendor/…}, {@code /webjars/…}) are static resources. Keep the
 * list in step with {@link StorefrontPaths} and the router in {@code static/app/router.js}.
 */
@Controller
class StorefrontPages {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

    private final Resource page = new ClassPathResource("static/index.html");
    private final Resource icon = new ClassPathResource("static/app/icon.svg");

    @GetMapping({"/", "/vehicles/{vin}", "/checkout/{vin}", "/orders", "/orders/{id}", "/signup"})
    ResponseEntity<Resource> page() {
        // revalidated on every visit, so a new release is picked up at once; the modules it loads are cached
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache()).body(page);
    }

    /** The shop's icon, for pages that do not name one (the sign-in page) and browsers that ask by habit. */
    @GetMapping("/favicon.ico")
    ResponseEntity<Resource> icon() {
        return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.noCache()).body(icon);
    }
}
