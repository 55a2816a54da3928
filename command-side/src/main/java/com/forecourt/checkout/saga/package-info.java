/** The checkout saga: holds car, credit and delivery slot for a placed order, then confirms or rejects it. */
package com.forecourt.checkout.saga;
