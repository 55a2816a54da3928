/** The one input policy for text, e-mail addresses, postcodes and identifiers, shared by the edge and the domain. */
package com.forecourt.common.input;
