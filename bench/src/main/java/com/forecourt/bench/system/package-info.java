/** The system under test in-process: stores, the Spring context per mode, and clients to drive it. */
package com.forecourt.bench.system;
