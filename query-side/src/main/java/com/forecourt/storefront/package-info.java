/** The buyers' web UI: ES modules and Lit web components in {@code static/}, served from the jar. */
package com.forecourt.storefront;
