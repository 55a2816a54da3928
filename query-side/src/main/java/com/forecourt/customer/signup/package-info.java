/** Buyers signing up: the password rules, the per-address limit, and the customer and login created together. */
package com.forecourt.customer.signup;
