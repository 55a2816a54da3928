/** The scenarios of docs/benchmarks.md and the load driver that times them. */
package com.forecourt.bench.scenario;
