/**
 * Real PostgreSQL and Elasticsearch servers run as child processes, for the embedded default run and the tests.
 */
package com.forecourt.embedded;
