/** The event contract at run time: every event is checked against its committed JSON Schema before it is stored. */
package com.forecourt.platform.contract;
