/** System tests of telemetry: the endpoint, the telemetry index and its retention, on the real stores. */
package com.forecourt.telemetry;
