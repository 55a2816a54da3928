/** How the query side's event processors run: their transactions. */
package com.forecourt.queryside.processing;
