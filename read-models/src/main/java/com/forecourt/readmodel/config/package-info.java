/** The runtime's settings, one properties record per concern, and the one scheduler its loops run on. */
package com.forecourt.readmodel.config;
