package com.forecourt.storefront.web;

/** The addresses of the storefront that anyone may load: its screens and its own assets. */
public final class StorefrontPaths {

    /**
     * Ant patterns of the screens ({@link StorefrontPages}) and the assets under {@code static/}. A screen for
     * signed-in buyers is public too: the page asks for sign-in itself, and the data behind it is guarded by the API.
     */
    public static final String[] PUBLIC = {"/", "/index.html", "/app/**", "/vendor/**", "/vehicles/*", "/checkout/*",
            "/orders", "/orders/*", "/signup"};

    private StorefrontPaths() {
    }
}
