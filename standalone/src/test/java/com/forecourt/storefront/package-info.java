/** The storefront against the running system: its operations, its headers, and buyers' journeys in Chromium. */
package com.forecourt.storefront;
