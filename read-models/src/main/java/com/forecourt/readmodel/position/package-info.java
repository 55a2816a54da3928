/** Positions in the event stream: its ends, the processors' tokens, event times, and whether a token is caught up. */
package com.forecourt.readmodel.position;
