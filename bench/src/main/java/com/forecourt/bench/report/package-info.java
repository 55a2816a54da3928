/** The result of a run, the machine it ran on, and its JSON and Markdown forms. */
package com.forecourt.bench.report;
