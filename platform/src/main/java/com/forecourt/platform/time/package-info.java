/** The single source of "now" for domain code, so tests can pin time. */
package com.forecourt.platform.time;
