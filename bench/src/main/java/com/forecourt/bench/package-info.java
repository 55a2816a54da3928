/** The benchmark program: options, the run of every scenario in each mode, and its entry point. */
package com.forecourt.bench;
