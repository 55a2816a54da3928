/** Infrastructure both sides share; nothing domain-specific lives here. */
package com.forecourt.platform;
