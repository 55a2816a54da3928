/** Zero-downtime rebuilds: the next version built beside the live one by a second processor, then swapped in (ADR 6). */
package com.forecourt.readmodel.rebuild;
