/** Reading one's own writes through consistency tokens, end to end over HTTP. */
package com.forecourt.consistency;
