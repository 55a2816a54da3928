package com.forecourt.queryside.security;

/** The roles of the API. ADMIN does not imply STAFF: an administrator's account lists both. */
public enum Role {
    /** Sales and delivery staff: every mutation, customers, orders, the delivery schedule. */
    STAFF,
    /** Operators: projection administration (rebuild, replay, dead letters) and the actuator endpoints. */
    ADMIN;

    /** The granted authority Spring Security checks, {@code ROLE_STAFF} or {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
