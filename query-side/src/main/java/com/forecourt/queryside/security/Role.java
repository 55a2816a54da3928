package com.forecourt.queryside.security;

/**
 * The roles of the API, as the schema's {@code Role} enum names them in {@code @requires(role: …)}. ADMIN does not
 * imply STAFF: an administrator's account lists both. CUSTOMER is a buyer, who sees and changes their own data only.
 */
public enum Role {
    /** Sales and delivery staff: every mutation, customers, orders, the delivery schedule. */
    STAFF,
    /** Operators: projection administration (rebuild, replay, dead letters) and the actuator endpoints. */
    ADMIN,
    /** A buyer signed in through OpenID Connect: their own customer, orders and checkout (fields marked {@code @owner}). */
    CUSTOMER;

    /** The granted authority Spring Security checks, {@code ROLE_STAFF}, {@code ROLE_ADMIN} or {@code ROLE_CUSTOMER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
